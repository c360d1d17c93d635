/**
 * Facilitator-controlled board state: phase, timer, lock, private writing, anonymity, vote
 * settings, focus and controlled mode. The server owns it (role-checked commands, stored, broadcast); it is
 * never written into the participant-editable document.
 */
import { z } from 'zod';
import { PHASES, TIMER_MAX_MS, VOTE_POINTS_MAX, timerRemainingMs, type Phase, type TimerState } from './facilitation-state';

export { PHASES, TIMER_MAX_MS, VOTE_POINTS_MAX, participantsCanWrite, timerRemainingMs, type Phase, type TimerState } from './facilitation-state';

export interface VoteSettings {
  perParticipant: number;
  /** Whether one participant may put several votes on the same card. */
  allowStacking: boolean;
  /** Totals stay hidden from participants until revealed. */
  hideTotals: boolean;
  totalsRevealed: boolean;
}

export const focusSchema = z
  .strictObject({ kind: z.enum(['card', 'column']), id: z.string().min(1).max(40) })
  .nullable();
export type Focus = z.infer<typeof focusSchema>;

export interface FacilitationState {
  phase: Phase;
  locked: boolean;
  privateWriting: boolean;
  anonymous: boolean;
  /** "Co-écriture libre": everyone may edit everyone's text (otherwise only their own cards). */
  freeEditing: boolean;
  /** Moving and grouping cards reserved to facilitators (open to everyone by default). */
  movesRestricted: boolean;
  /**
   * "Mode contrôlé": participants' new cards wait in the facilitator's inbox and reach the
   * board only once accepted (shared/moderation.ts).
   */
  controlled: boolean;
  timer: TimerState;
  votes: VoteSettings;
  focus: Focus;
}

const MINUTE_MS = 60_000;

export const DEFAULT_FACILITATION: FacilitationState = {
  phase: 'writing',
  locked: false,
  privateWriting: false,
  anonymous: false,
  freeEditing: false,
  movesRestricted: false,
  controlled: false,
  timer: { durationMs: 5 * MINUTE_MS, endsAt: null, remainingMs: 5 * MINUTE_MS },
  votes: { perParticipant: 3, allowStacking: false, hideTotals: true, totalsRevealed: false },
  focus: null,
};

const duration = z.number().int().min(1_000).max(TIMER_MAX_MS);

export const facilitatorCommand = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('phase.set'), phase: z.enum(PHASES) }),
  z.strictObject({ type: z.literal('timer.start'), durationMs: duration.optional() }),
  z.strictObject({ type: z.literal('timer.pause') }),
  z.strictObject({ type: z.literal('timer.addMinute') }),
  z.strictObject({ type: z.literal('timer.reset'), durationMs: duration.optional() }),
  z.strictObject({ type: z.literal('lock.set'), locked: z.boolean() }),
  z.strictObject({ type: z.literal('privateWriting.set'), enabled: z.boolean() }),
  z.strictObject({ type: z.literal('anonymity.set'), anonymous: z.boolean() }),
  z.strictObject({ type: z.literal('freeEditing.set'), enabled: z.boolean() }),
  z.strictObject({ type: z.literal('moves.restrict'), restricted: z.boolean() }),
  z.strictObject({ type: z.literal('controlled.set'), enabled: z.boolean() }),
  z.strictObject({
    type: z.literal('votes.configure'),
    perParticipant: z.number().int().min(1).max(VOTE_POINTS_MAX),
    allowStacking: z.boolean(),
    hideTotals: z.boolean(),
  }),
  z.strictObject({ type: z.literal('votes.reveal'), revealed: z.boolean() }),
  z.strictObject({ type: z.literal('focus.set'), focus: focusSchema }),
  /** Side effects only: clears every vote of the board. */
  z.strictObject({ type: z.literal('votes.clear') }),
  /** Side effects only: publishes private drafts, everyone's or one author's. */
  z.strictObject({ type: z.literal('drafts.reveal'), author: z.string().min(6).max(40).optional() }),
]);
export type FacilitatorCommand = z.infer<typeof facilitatorCommand>;

function applyTimer(timer: TimerState, command: FacilitatorCommand, now: number): TimerState {
  const remaining = timerRemainingMs(timer, now);
  switch (command.type) {
    case 'timer.start': {
      const durationMs = command.durationMs ?? timer.durationMs;
      const from = command.durationMs !== undefined || remaining === 0 ? durationMs : remaining;
      return { durationMs, endsAt: now + from, remainingMs: from };
    }
    case 'timer.pause':
      return { ...timer, endsAt: null, remainingMs: remaining };
    case 'timer.addMinute': {
      const next = Math.min(remaining + MINUTE_MS, TIMER_MAX_MS);
      return timer.endsAt === null ? { ...timer, remainingMs: next } : { ...timer, endsAt: now + next, remainingMs: next };
    }
    case 'timer.reset': {
      const durationMs = command.durationMs ?? timer.durationMs;
      return { durationMs, endsAt: null, remainingMs: durationMs };
    }
    default:
      return timer;
  }
}

/** The state after a facilitator command: a pure function, so every instance agrees. */
export function applyFacilitatorCommand(
  state: FacilitationState,
  command: FacilitatorCommand,
  now: number,
): FacilitationState {
  switch (command.type) {
    case 'phase.set':
      return { ...state, phase: command.phase };
    case 'timer.start':
    case 'timer.pause':
    case 'timer.addMinute':
    case 'timer.reset':
      return { ...state, timer: applyTimer(state.timer, command, now) };
    case 'lock.set':
      return { ...state, locked: command.locked };
    case 'privateWriting.set':
      return { ...state, privateWriting: command.enabled };
    case 'anonymity.set':
      return { ...state, anonymous: command.anonymous };
    case 'freeEditing.set':
      return { ...state, freeEditing: command.enabled };
    case 'moves.restrict':
      return { ...state, movesRestricted: command.restricted };
    case 'controlled.set':
      return { ...state, controlled: command.enabled };
    case 'votes.configure':
      return {
        ...state,
        votes: { ...state.votes, perParticipant: command.perParticipant, allowStacking: command.allowStacking, hideTotals: command.hideTotals },
      };
    case 'votes.reveal':
      return { ...state, votes: { ...state.votes, totalsRevealed: command.revealed } };
    case 'focus.set':
      return { ...state, focus: command.focus };
    case 'votes.clear':
    case 'drafts.reveal':
      return state;
  }
}
