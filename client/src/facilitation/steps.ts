/**
 * The session as a flow of steps, each with one action that sends the server commands it
 * needs, in order. Pure, so that every rule is tested without a browser; nothing here is sent
 * until the facilitator presses the step's button.
 */
import type { FacilitationState, FacilitatorCommand, VoteSettings } from '@shared/facilitation';
import type { Phase } from '@shared/facilitation-state';

export const STEPS = ['writing', 'reveal', 'grouping', 'voting', 'results', 'closed'] as const;
export type Step = (typeof STEPS)[number];

/** Where the room is. The reveal is a moment, not a place: during it, the room is writing. */
export function currentStep(state: FacilitationState): Exclude<Step, 'reveal'> {
  switch (state.phase) {
    case 'writing':
      return 'writing';
    case 'grouping':
      return 'grouping';
    case 'voting':
      return state.votes.totalsRevealed ? 'results' : 'voting';
    case 'discussion':
      return 'results';
    case 'closed':
      return 'closed';
  }
}

/** The step the room most likely goes to next: its button is the one that stands out. */
export function nextStep(state: FacilitationState): Step | null {
  switch (currentStep(state)) {
    case 'writing':
      return state.privateWriting ? 'reveal' : 'grouping';
    case 'grouping':
      return 'voting';
    case 'voting':
      return 'results';
    case 'results':
      return 'closed';
    case 'closed':
      return null;
  }
}

export interface WritingChoice {
  durationMs: number;
  private: boolean;
}

export type VoteChoice = Pick<VoteSettings, 'perParticipant' | 'allowStacking' | 'hideTotals'>;

const phase = (state: FacilitationState, next: Phase): FacilitatorCommand[] =>
  state.phase === next ? [] : [{ type: 'phase.set', phase: next }];

/** A step that asks the room to act cannot leave the board locked: nobody could act. */
const unlock = (state: FacilitationState): FacilitatorCommand[] => (state.locked ? [{ type: 'lock.set', locked: false }] : []);

/**
 * Leaving private writing always reveals first: drafts left behind would wait, unseen, in
 * documents nobody opens any more.
 */
const endPrivateWriting = (state: FacilitationState): FacilitatorCommand[] =>
  state.privateWriting ? [{ type: 'drafts.reveal' }, { type: 'privateWriting.set', enabled: false }] : [];

/** Private writing changes before the phase, so that nobody writes on the board in between. */
export function writingCommands(state: FacilitationState, choice: WritingChoice): FacilitatorCommand[] {
  const privacy: FacilitatorCommand[] = choice.private
    ? state.privateWriting
      ? []
      : [{ type: 'privateWriting.set', enabled: true }]
    : endPrivateWriting(state);
  return [...privacy, ...phase(state, 'writing'), ...unlock(state), { type: 'timer.start', durationMs: choice.durationMs }];
}

export function revealCommands(state: FacilitationState): FacilitatorCommand[] {
  return state.privateWriting ? endPrivateWriting(state) : [{ type: 'drafts.reveal' }];
}

export function groupingCommands(state: FacilitationState): FacilitatorCommand[] {
  return [...endPrivateWriting(state), ...phase(state, 'grouping'), ...unlock(state)];
}

/** The settings first (people see the right budget when the vote opens); a new vote hides revealed totals again. */
export function votingCommands(state: FacilitationState, choice: VoteChoice): FacilitatorCommand[] {
  const { perParticipant, allowStacking, hideTotals } = state.votes;
  const same = perParticipant === choice.perParticipant && allowStacking === choice.allowStacking && hideTotals === choice.hideTotals;
  return [
    ...endPrivateWriting(state),
    ...(same ? [] : [{ type: 'votes.configure', ...choice } as const]),
    ...(state.votes.totalsRevealed ? [{ type: 'votes.reveal', revealed: false } as const] : []),
    ...phase(state, 'voting'),
    ...unlock(state),
  ];
}

/** The totals shown to everyone, then the discussion that follows them. */
export function resultsCommands(state: FacilitationState): FacilitatorCommand[] {
  return [
    ...endPrivateWriting(state),
    ...(state.votes.totalsRevealed ? [] : [{ type: 'votes.reveal', revealed: true } as const]),
    ...phase(state, 'discussion'),
  ];
}

export function closingCommands(state: FacilitationState): FacilitatorCommand[] {
  return [...endPrivateWriting(state), ...phase(state, 'closed')];
}
