/**
 * The facilitation state's plain parts, read by the browser: phases, the timer, and whether
 * participants may write. Apart from the command schema of facilitation.ts (which re-exports
 * them) so that the browser does not download zod.
 */
import type { FacilitationState } from './facilitation';

export const PHASES = ['writing', 'grouping', 'voting', 'discussion', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

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
