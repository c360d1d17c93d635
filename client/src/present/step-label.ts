/**
 * What the room reads as "the step we are at", in words, derived from the facilitation state:
 * the phase alone says "Vote", the room needs "Vote : 3 points chacun".
 */
import type { FacilitationState, VoteSettings } from '@shared/facilitation';

/** An i18n key under `present.steps` and its values. */
export interface StepLabel {
  key: 'writing' | 'privateWriting' | 'grouping' | 'voting' | 'votingStacked' | 'discussion' | 'closed' | 'results';
  count?: number;
}

/** Totals the room may see: shown from the start, or revealed by the facilitator. */
export function totalsVisibleToRoom(votes: VoteSettings): boolean {
  return !votes.hideTotals || votes.totalsRevealed;
}

/**
 * The projector ranks the cards once the facilitator has revealed the totals, or after the vote
 * (discussion, closed) when totals are visible; during a vote with open totals it keeps the
 * board, where people are still choosing.
 */
export function showsResults(state: FacilitationState, anyVote: boolean): boolean {
  if (!anyVote || !totalsVisibleToRoom(state.votes)) return false;
  return state.votes.totalsRevealed || state.phase === 'discussion' || state.phase === 'closed';
}

export function stepLabel(state: FacilitationState, results: boolean): StepLabel {
  if (results) return { key: 'results' };
  switch (state.phase) {
    case 'writing':
      return { key: state.privateWriting ? 'privateWriting' : 'writing' };
    case 'voting':
      return { key: state.votes.allowStacking ? 'votingStacked' : 'voting', count: state.votes.perParticipant };
    default:
      return { key: state.phase };
  }
}
