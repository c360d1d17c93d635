/** Dot voting: pure rules shared by the server (which enforces them) and the client (which explains them). */
import type { VoteSettings } from './facilitation';

export interface Vote {
  participantId: string;
  cardId: string;
}

export type VoteRefusal = 'budget_spent' | 'already_voted' | 'no_vote_to_withdraw';

/** Why a participant may not cast one more vote on `cardId`, or null if they may. */
export function checkCast(settings: VoteSettings, mine: readonly Vote[], cardId: string): VoteRefusal | null {
  if (mine.length >= settings.perParticipant) return 'budget_spent';
  if (!settings.allowStacking && mine.some((v) => v.cardId === cardId)) return 'already_voted';
  return null;
}

/** Votes per card; a null prototype, so that a card named "constructor" counts from 0. */
export function tally(votes: readonly Vote[]): Record<string, number> {
  const totals: Record<string, number> = Object.create(null);
  for (const v of votes) totals[v.cardId] = (totals[v.cardId] ?? 0) + 1;
  return totals;
}
