/**
 * The facilitation state's plain parts, read by the browser: phases, the timer, and whether
 * participants may write. Apart from the command schema of facilitation.ts (which re-exports
 * them) so that the browser does not download zod.
 */
import type { FacilitationState } from './facilitation';

export const PHASES = ['writing', 'grouping', 'voting', 'discussion', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

const MINUTE_MS = 60_000;
/** The longest a timer may run: the server refuses more, the facilitator's fields stop there. */
export const TIMER_MAX_MS = 4 * 60 * MINUTE_MS;
/** The most dots one person may hold in a vote. */
export const VOTE_POINTS_MAX = 20;

/** A running timer has `endsAt` (server clock); a paused or stopped one keeps `remainingMs`. */
export interface TimerState {
  durationMs: number;
  endsAt: number | null;
  remainingMs: number;
}

export function timerRemainingMs(timer: TimerState, now: number): number {
  return timer.endsAt === null ? timer.remainingMs : Math.max(0, timer.endsAt - now);
}

/** Whether participants may change the board's cards now. */
export function participantsCanWrite(state: FacilitationState): boolean {
  return !state.locked && state.phase !== 'closed';
}
