import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FACILITATION,
  applyFacilitatorCommand,
  facilitatorCommand,
  participantsCanWrite,
  timerRemainingMs,
  type FacilitatorCommand,
} from './facilitation';

const run = (commands: [FacilitatorCommand, number][]) =>
  commands.reduce((state, [command, now]) => applyFacilitatorCommand(state, command, now), DEFAULT_FACILITATION);

describe('timer', () => {
  it('starts, pauses, resumes and adds a minute on the server clock', () => {
    const started = run([[{ type: 'timer.start', durationMs: 120_000 }, 1_000]]);
    expect(timerRemainingMs(started.timer, 31_000)).toBe(90_000);
    const paused = run([
      [{ type: 'timer.start', durationMs: 120_000 }, 1_000],
      [{ type: 'timer.pause' }, 31_000],
    ]);
    expect(timerRemainingMs(paused.timer, 999_999)).toBe(90_000);
    const resumed = applyFacilitatorCommand(paused, { type: 'timer.start' }, 100_000);
    expect(timerRemainingMs(resumed.timer, 110_000)).toBe(80_000);
    const longer = applyFacilitatorCommand(resumed, { type: 'timer.addMinute' }, 110_000);
    expect(timerRemainingMs(longer.timer, 110_000)).toBe(140_000);
  });

  it('never goes below zero and restarts from full once elapsed', () => {
    const started = run([[{ type: 'timer.start', durationMs: 60_000 }, 0]]);
    expect(timerRemainingMs(started.timer, 90_000)).toBe(0);
    const again = applyFacilitatorCommand(started, { type: 'timer.start' }, 90_000);
    expect(timerRemainingMs(again.timer, 90_000)).toBe(60_000);
  });

  it('resets to its duration, stopped', () => {
    const reset = run([
      [{ type: 'timer.start', durationMs: 60_000 }, 0],
      [{ type: 'timer.reset', durationMs: 300_000 }, 10_000],
    ]);
    expect(reset.timer).toEqual({ durationMs: 300_000, endsAt: null, remainingMs: 300_000 });
  });
});

describe('board state', () => {
  it('locks and closes the board for participants', () => {
    expect(participantsCanWrite(DEFAULT_FACILITATION)).toBe(true);
    expect(participantsCanWrite(run([[{ type: 'lock.set', locked: true }, 0]]))).toBe(false);
    expect(participantsCanWrite(run([[{ type: 'phase.set', phase: 'closed' }, 0]]))).toBe(false);
  });

  it('configures and reveals votes', () => {
    const state = run([
      [{ type: 'votes.configure', perParticipant: 5, allowStacking: true, hideTotals: false }, 0],
      [{ type: 'votes.reveal', revealed: true }, 0],
    ]);
    expect(state.votes).toEqual({ perParticipant: 5, allowStacking: true, hideTotals: false, totalsRevealed: true });
  });

  it('validates commands at the boundary', () => {
    expect(facilitatorCommand.safeParse({ type: 'phase.set', phase: 'vote' }).success).toBe(false);
    expect(facilitatorCommand.safeParse({ type: 'timer.start', durationMs: 10 }).success).toBe(false);
    expect(facilitatorCommand.safeParse({ type: 'focus.set', focus: { kind: 'card', id: 'c1' } }).success).toBe(true);
    expect(facilitatorCommand.safeParse({ type: 'lock.set', locked: true, extra: 1 }).success).toBe(false);
  });
});
