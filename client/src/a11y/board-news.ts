/**
 * What a screen reader user is told of the facilitator's changes: the differences between
 * two facilitation states, as sentences. Pure, so that every rule is tested without a browser.
 */
import type { FacilitationState } from '@shared/facilitation';
import { currentStep } from '../facilitation/steps';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface BoardWords {
  t: Translate;
  cardText: (id: string) => string | undefined;
  columnTitle: (id: string) => string | undefined;
}

/** A spotlit card is named by its first words: enough to find it, short enough to be heard. */
const EXCERPT_CHARS = 60;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const cut = flat.slice(0, EXCERPT_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > EXCERPT_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}

const totalsVisible = (state: FacilitationState) => !state.votes.hideTotals || state.votes.totalsRevealed;

function spotlightNews(before: FacilitationState, after: FacilitationState, { t, cardText, columnTitle }: BoardWords): string | null {
  const [a, b] = [before.focus, after.focus];
  if (a?.kind === b?.kind && a?.id === b?.id) return null;
  if (!b) return t('announce.spotlightOff');
  if (b.kind === 'card') return t('announce.spotlightCard', { text: excerpt(cardText(b.id) ?? '') });
  return t('announce.spotlightColumn', { column: columnTitle(b.id) ?? '' });
}

export function facilitationNews(before: FacilitationState, after: FacilitationState, words: BoardWords): string[] {
  const { t } = words;
  const news: (string | null)[] = [
    // The step as the facilitator's panel names it: showing the results is a step of its own.
    currentStep(before) !== currentStep(after) ? t('announce.phase', { phase: t(`facilitation.stepNames.${currentStep(after)}`) }) : null,
    before.locked !== after.locked ? t(after.locked ? 'announce.locked' : 'announce.unlocked') : null,
    before.privateWriting !== after.privateWriting ? t(after.privateWriting ? 'announce.privateOn' : 'announce.privateOff') : null,
    totalsVisible(before) !== totalsVisible(after) ? t(totalsVisible(after) ? 'announce.totalsShown' : 'announce.totalsHidden') : null,
    spotlightNews(before, after, words),
  ];
  return news.filter((line): line is string => line !== null);
}
