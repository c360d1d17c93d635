import { describe, expect, it } from 'vitest';
import { DEFAULT_FACILITATION, type FacilitationState } from '@shared/facilitation';
import { excerpt, facilitationNews, type BoardWords } from './board-news';

const words: BoardWords = {
  t: (key, options) => (options ? `${key} ${JSON.stringify(options)}` : key),
  cardText: (id) => (id === 'c1' ? 'Pas de fiche synthétique' : undefined),
  columnTitle: (id) => (id === 'k1' ? 'Ce qui marche' : undefined),
};
const news = (change: Partial<FacilitationState>, from: FacilitationState = DEFAULT_FACILITATION) =>
  facilitationNews(from, { ...from, ...change }, words);

describe('facilitation news', () => {
  it('says nothing when nothing a participant notices changed', () => {
    expect(news({})).toEqual([]);
    expect(news({ timer: { durationMs: 60_000, endsAt: 1, remainingMs: 60_000 } })).toEqual([]);
  });

  it('names the new step, the lock and private writing', () => {
    expect(news({ phase: 'voting' })).toEqual(['announce.phase {"phase":"facilitation.stepNames.voting"}']);
    // Named as in the facilitator's panel: totals shown make the results step, closing the closing one.
    const voting = { ...DEFAULT_FACILITATION, phase: 'voting' as const };
    expect(news({ votes: { ...voting.votes, totalsRevealed: true } }, voting)).toEqual([
      'announce.phase {"phase":"facilitation.stepNames.results"}',
      'announce.totalsShown',
    ]);
    expect(news({ phase: 'discussion' }, { ...voting, votes: { ...voting.votes, totalsRevealed: true } })).toEqual([]);
    expect(news({ phase: 'closed' })).toEqual(['announce.phase {"phase":"facilitation.stepNames.closed"}']);
    expect(news({ locked: true, privateWriting: true })).toEqual(['announce.locked', 'announce.privateOn']);
    expect(news({ locked: false }, { ...DEFAULT_FACILITATION, locked: true })).toEqual(['announce.unlocked']);
  });

  it('tells when vote totals become visible or hidden, whichever setting caused it', () => {
    const hidden = DEFAULT_FACILITATION;
    expect(news({ votes: { ...hidden.votes, totalsRevealed: true } })).toEqual(['announce.totalsShown']);
    expect(news({ votes: { ...hidden.votes, hideTotals: false } })).toEqual(['announce.totalsShown']);
    const shown = { ...hidden, votes: { ...hidden.votes, hideTotals: false } };
    expect(news({ votes: { ...shown.votes, totalsRevealed: true } }, shown)).toEqual([]);
  });

  it('names the spotlit card by its text, the spotlit column by its title, and its end', () => {
    expect(news({ focus: { kind: 'card', id: 'c1' } })).toEqual(['announce.spotlightCard {"text":"Pas de fiche synthétique"}']);
    const onCard = { ...DEFAULT_FACILITATION, focus: { kind: 'card' as const, id: 'c1' } };
    expect(news({ focus: { kind: 'card', id: 'c1' } }, onCard)).toEqual([]);
    expect(news({ focus: { kind: 'column', id: 'k1' } }, onCard)).toEqual(['announce.spotlightColumn {"column":"Ce qui marche"}']);
    expect(news({ focus: null }, onCard)).toEqual(['announce.spotlightOff']);
  });
});

describe('excerpt', () => {
  it('keeps a short text whole, on one line', () => {
    expect(excerpt('  Statut mal\nconnu  ')).toBe('Statut mal connu');
  });

  it('cuts a long text at a word, with an ellipsis', () => {
    const long = 'Les élus connaissent mal le statut de SCIC et ses avantages pour les collectivités locales';
    const cut = excerpt(long);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(61);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.at(-2)).not.toBe(' ');
  });
});
