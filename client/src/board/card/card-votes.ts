/** One card's share of the votes, read as numbers so that a vote elsewhere re-renders nothing here. */
import { useCallback, useSyncExternalStore } from 'react';
import type { VotesView } from '@shared/protocol';
import type { BoardSession } from '../store/board-session';

/** Votes per card come from the server as JSON: a card id such as "constructor" must read 0. */
export function countOf(counts: Readonly<Record<string, number>> | null | undefined, id: string): number {
  if (!counts || !Object.hasOwn(counts, id)) return 0;
  const n = counts[id];
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

function useVotesValue<T>(session: BoardSession, read: (votes: VotesView | null) => T): T {
  const get = useCallback(() => read(session.votes.get()), [session, read]);
  return useSyncExternalStore(session.votes.subscribe, get);
}

export interface CardVotes {
  /** Null while totals are hidden from this person. */
  total: number | null;
  mine: number;
  remaining: number;
  /** Votes are open on this board at all (the session knows them). */
  known: boolean;
  /** The rules allow one more vote on this card: points left, and stacking on or none given here yet. */
  canCast: boolean;
}

export function useCardVotes(session: BoardSession, id: string): CardVotes {
  const total = useVotesValue(session, useCallback((v: VotesView | null) => (v?.totals ? countOf(v.totals, id) : null), [id]));
  const mine = useVotesValue(session, useCallback((v: VotesView | null) => countOf(v?.mine, id), [id]));
  const remaining = useVotesValue(session, remainingOf);
  const known = useVotesValue(session, isKnown);
  const stacking = useSyncExternalStore(session.meta.subscribe, () => session.meta.get().state?.state.votes.allowStacking ?? false);
  return { total, mine, remaining, known, canCast: remaining > 0 && (stacking || mine === 0) };
}

const remainingOf = (v: VotesView | null) => v?.remaining ?? 0;
const isKnown = (v: VotesView | null) => v !== null;
