import { describe, expect, it } from 'vitest';
import { applyFacilitatorCommand, DEFAULT_FACILITATION, type FacilitationState, type FacilitatorCommand } from '@shared/facilitation';
import { closingCommands, currentStep, groupingCommands, nextStep, resultsCommands, revealCommands, votingCommands, writingCommands } from './steps';

const state = (change: Partial<FacilitationState>, votes: Partial<FacilitationState['votes']> = {}): FacilitationState => ({
  ...DEFAULT_FACILITATION,
  ...change,
  votes: { ...DEFAULT_FACILITATION.votes, ...votes },
});

/** What the server holds once every command is applied, as it applies them. */
const after = (from: FacilitationState, commands: FacilitatorCommand[]) => commands.reduce((s, c) => applyFacilitatorCommand(s, c, 0), from);

describe('the current step', () => {
  it('follows the phase; totals revealed make a vote its results', () => {
    expect(currentStep(state({ phase: 'writing', privateWriting: true }))).toBe('writing');
    expect(currentStep(state({ phase: 'grouping' }))).toBe('grouping');
    expect(currentStep(state({ phase: 'voting' }))).toBe('voting');
    expect(currentStep(state({ phase: 'voting' }, { totalsRevealed: true }))).toBe('results');
    expect(currentStep(state({ phase: 'discussion' }))).toBe('results');
    expect(currentStep(state({ phase: 'closed' }))).toBe('closed');
  });

  it('points to the next one: the reveal only after private writing', () => {
    expect(nextStep(state({ phase: 'writing', privateWriting: true }))).toBe('reveal');
    expect(nextStep(state({ phase: 'writing' }))).toBe('grouping');
    expect(nextStep(state({ phase: 'voting' }))).toBe('results');
    expect(nextStep(state({ phase: 'discussion' }))).toBe('closed');
    expect(nextStep(state({ phase: 'closed' }))).toBeNull();
  });
});

describe("each step's action", () => {
  it('starts private writing before the phase changes, and the timer last', () => {
    const from = state({ phase: 'voting', locked: true });
    const commands = writingCommands(from, { durationMs: 300_000, private: true });
    expect(commands).toEqual([
      { type: 'privateWriting.set', enabled: true },
      { type: 'phase.set', phase: 'writing' },
      { type: 'lock.set', locked: false },
      { type: 'timer.start', durationMs: 300_000 },
    ]);
    expect(after(from, commands)).toMatchObject({ phase: 'writing', privateWriting: true, locked: false, timer: { endsAt: 300_000 } });
  });

  it('never leaves private drafts behind: leaving private writing reveals them first', () => {
    const writing = state({ phase: 'writing', privateWriting: true });
    const reveal = [{ type: 'drafts.reveal' }, { type: 'privateWriting.set', enabled: false }];
    expect(revealCommands(writing)).toEqual(reveal);
    expect(writingCommands(writing, { durationMs: 60_000, private: false }).slice(0, 2)).toEqual(reveal);
    for (const commands of [groupingCommands(writing), votingCommands(writing, writing.votes), resultsCommands(writing), closingCommands(writing)]) {
      expect(commands.slice(0, 2)).toEqual(reveal);
    }
    // Outside private writing a reveal still publishes drafts someone may have left.
    expect(revealCommands(state({}))).toEqual([{ type: 'drafts.reveal' }]);
  });

  it('configures the vote before opening it, and hides totals revealed by an earlier vote', () => {
    const from = state({ phase: 'discussion' }, { totalsRevealed: true });
    const commands = votingCommands(from, { perParticipant: 5, allowStacking: true, hideTotals: true });
    expect(commands).toEqual([
      { type: 'votes.configure', perParticipant: 5, allowStacking: true, hideTotals: true },
      { type: 'votes.reveal', revealed: false },
      { type: 'phase.set', phase: 'voting' },
    ]);
    expect(currentStep(after(from, commands))).toBe('voting');
  });

  it('sends nothing already true: a second press of a step is harmless', () => {
    const voting = state({ phase: 'voting' });
    expect(votingCommands(voting, voting.votes)).toEqual([]);
    expect(groupingCommands(state({ phase: 'grouping' }))).toEqual([]);
  });

  it('shows the results by revealing the totals, then opening the discussion', () => {
    const from = state({ phase: 'voting' });
    const commands = resultsCommands(from);
    expect(commands).toEqual([
      { type: 'votes.reveal', revealed: true },
      { type: 'phase.set', phase: 'discussion' },
    ]);
    expect(after(from, commands).votes.totalsRevealed).toBe(true);
  });

  it('closes without unlocking, and any step reopens a closed board', () => {
    expect(closingCommands(state({ locked: true }))).toEqual([{ type: 'phase.set', phase: 'closed' }]);
    expect(currentStep(after(state({ phase: 'closed' }), groupingCommands(state({ phase: 'closed' }))))).toBe('grouping');
  });
});
