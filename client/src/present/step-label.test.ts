import { describe, expect, it } from 'vitest';
import { DEFAULT_FACILITATION, type FacilitationState } from '@shared/facilitation';
import { showsResults, stepLabel } from './step-label';

const state = (change: Partial<FacilitationState>, votes: Partial<FacilitationState['votes']> = {}): FacilitationState => ({
  ...DEFAULT_FACILITATION,
  ...change,
  votes: { ...DEFAULT_FACILITATION.votes, ...votes },
});

describe('the step in words', () => {
  it('says whether writing is individual', () => {
    expect(stepLabel(state({ phase: 'writing' }), false)).toEqual({ key: 'writing' });
    expect(stepLabel(state({ phase: 'writing', privateWriting: true }), false)).toEqual({ key: 'privateWriting' });
  });

  it('gives a vote its budget, and says when points may be stacked', () => {
    expect(stepLabel(state({ phase: 'voting' }, { perParticipant: 3 }), false)).toEqual({ key: 'voting', count: 3 });
    expect(stepLabel(state({ phase: 'voting' }, { perParticipant: 5, allowStacking: true }), false)).toEqual({ key: 'votingStacked', count: 5 });
  });

  it('names the other phases, and the results once they are shown', () => {
    expect(stepLabel(state({ phase: 'grouping' }), false)).toEqual({ key: 'grouping' });
    expect(stepLabel(state({ phase: 'closed' }), false)).toEqual({ key: 'closed' });
    expect(stepLabel(state({ phase: 'voting' }), true)).toEqual({ key: 'results' });
  });
});

describe('when the projector ranks the cards', () => {
  it('never without votes, nor while totals are hidden from the room', () => {
    expect(showsResults(state({ phase: 'discussion' }, { hideTotals: false }), false)).toBe(false);
    expect(showsResults(state({ phase: 'discussion' }, { hideTotals: true, totalsRevealed: false }), true)).toBe(false);
  });

  it('once totals are revealed, even during the vote', () => {
    expect(showsResults(state({ phase: 'voting' }, { hideTotals: true, totalsRevealed: true }), true)).toBe(true);
  });

  it('after the vote when totals are open, but not while people still vote', () => {
    expect(showsResults(state({ phase: 'voting' }, { hideTotals: false }), true)).toBe(false);
    expect(showsResults(state({ phase: 'discussion' }, { hideTotals: false }), true)).toBe(true);
    expect(showsResults(state({ phase: 'closed' }, { hideTotals: false }), true)).toBe(true);
  });
});
