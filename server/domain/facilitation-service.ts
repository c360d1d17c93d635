/**
 * Facilitator commands and dot votes: role-checked, validated, stored, then announced to
 * listeners (the transports broadcast). Keeps each served board's state in memory so that
 * the per-update write check costs nothing. Switching anonymity also hides or shows the
 * names already in the document before the command is acknowledged (anonymity.ts).
 */
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { cardsOf, hiddenReason } from '@shared/board-model';
import {
  DEFAULT_FACILITATION,
  applyFacilitatorCommand,
  facilitatorCommand,
  participantsCanWrite,
  type FacilitationState,
  type FacilitatorCommand,
} from '@shared/facilitation';
import { voteRequest, type TokenClaims, type VotesView } from '@shared/protocol';
import { can } from '@shared/roles';
import { checkCast, tally, type Vote, type VoteRefusal } from '@shared/votes';
import type { BoardRegistry } from '../docs/board-registry';
import { AppError } from '../errors';
import type { FacilitationStore, WorkshopStore } from '../storage/storage';
import { applyAnonymity } from './anonymity';

export interface FacilitationEvents {
  /** The board's state changed (phase, timer, lock...). */
  onState(boardId: string, state: FacilitationState, previous: FacilitationState): void;
  /** Votes changed: listeners recompute each client's view. */
  onVotes(boardId: string): void;
  /** `drafts.reveal`: publish private drafts (all, or one author's). */
  onRevealDrafts(boardId: string, author: string | undefined): Promise<void>;
  /** The organiser archived or reopened a workshop here: other instances are told. */
  onArchived(workshopId: string, archived: boolean): void;
  /** What this instance knows of a workshop's archiving changed (here, from another instance, or re-read). */
  onArchiveChanged(workshopId: string, archived: boolean): void;
}

/** A served board's state as re-read from storage, and whether it differs from what was kept. */
export interface RereadState {
  boardId: string;
  state: FacilitationState;
  changed: boolean;
}

const VOTE_REFUSALS = {
  budget_spent: 'No votes left',
  already_voted: 'Only one vote per card on this board',
  no_vote_to_withdraw: 'No vote of yours on this card',
} as const;

export class FacilitationService {
  private readonly states = new Map<string, FacilitationState>();
  /** Archived workshops: everything read-only. */
  private readonly archived = new Set<string>();
  /** Boards whose state was set while a re-read was reading: what was set is newer. */
  private setDuringReread: Set<string> | null = null;

  constructor(
    private readonly store: FacilitationStore & Pick<WorkshopStore, 'listParticipants'>,
    private readonly registry: BoardRegistry,
    private readonly events: FacilitationEvents,
  ) {}

  async state(boardId: string): Promise<FacilitationState> {
    const cached = this.states.get(boardId);
    if (cached) return cached;
    const state = { ...DEFAULT_FACILITATION, ...(await this.store.getFacilitation(boardId)) };
    this.states.set(boardId, state);
    return state;
  }

  /** The state of a board being served; loaded by BoardAccess before any client joins. */
  current(boardId: string): FacilitationState {
    return this.states.get(boardId) ?? DEFAULT_FACILITATION;
  }

  /** Another instance changed the state: take its version (if this one serves the board). */
  replace(boardId: string, state: FacilitationState): void {
    if (!this.states.has(boardId)) return;
    this.states.set(boardId, state);
    this.setDuringReread?.add(boardId);
  }

  /**
   * Re-reads every served board's state (after missing other instances' events) and says
   * which changed, for the transports to tell their clients. One at a time (RedisRelay).
   */
  async reread(): Promise<RereadState[]> {
    const setMeanwhile = (this.setDuringReread = new Set());
    try {
      const read = await Promise.all(
        [...this.states.keys()].map(async (boardId) => ({ boardId, stored: await this.store.getFacilitation(boardId) })),
      );
      return read.flatMap(({ boardId, stored }) => {
        const kept = this.states.get(boardId);
        if (!kept) return []; // no longer served
        if (setMeanwhile.has(boardId)) return [{ boardId, state: kept, changed: false }];
        const state = { ...DEFAULT_FACILITATION, ...stored };
        const changed = !isDeepStrictEqual(state, kept);
        if (changed) this.states.set(boardId, state);
        return [{ boardId, state, changed }];
      });
    } finally {
      this.setDuringReread = null;
    }
  }

  forget(boardId: string): void {
    this.states.delete(boardId);
  }

  isArchived(workshopId: string): boolean {
    return this.archived.has(workshopId);
  }

  /** The organiser archived (or restored) a workshop. */
  archive(workshopId: string, archived: boolean): void {
    this.setArchived(workshopId, archived);
    this.events.onArchived(workshopId, archived);
  }

  /** Notes a workshop's archive status, read from storage or heard from another instance. */
  setArchived(workshopId: string, archived: boolean): void {
    if (this.archived.has(workshopId) === archived) return;
    if (archived) this.archived.add(workshopId);
    else this.archived.delete(workshopId);
    this.events.onArchiveChanged(workshopId, archived);
  }

  /** Whether this bearer may change the board's document now (main document or drafts). */
  canWrite(claims: TokenClaims, boardId: string, drafts = false): boolean {
    if (!can(claims.role, 'board.edit') || this.archived.has(claims.wid)) return false;
    const state = this.current(boardId);
    if (state.phase === 'closed') return false;
    if (this.isFacilitator(claims, boardId)) return true;
    if (drafts) return state.privateWriting && participantsCanWrite(state);
    return participantsCanWrite(state);
  }

  isFacilitator(claims: TokenClaims, boardId: string): boolean {
    return can(claims.role, 'board.facilitate') && (claims.bid === undefined || claims.bid === boardId);
  }

  async command(claims: TokenClaims, boardId: string, raw: unknown): Promise<FacilitationState> {
    // AUTH
    if (!this.isFacilitator(claims, boardId)) throw new AppError('forbidden', 'Only a facilitator of this board can do this');
    if (this.archived.has(claims.wid)) throw new AppError('forbidden', 'This workshop is archived', 'archived');
    // VALIDATION
    const parsed = facilitatorCommand.safeParse(raw);
    if (!parsed.success) throw new AppError('invalid_request', z.prettifyError(parsed.error));
    const command: FacilitatorCommand = parsed.data;
    // RESOLUTION
    if (command.type === 'votes.clear') {
      await this.store.clearVotes(boardId);
      this.events.onVotes(boardId);
      return this.state(boardId);
    }
    if (command.type === 'drafts.reveal') {
      await this.events.onRevealDrafts(boardId, command.author);
      return this.state(boardId);
    }
    const previous = await this.state(boardId);
    const next = applyFacilitatorCommand(previous, command, Date.now());
    await this.store.setFacilitation(boardId, next);
    this.states.set(boardId, next);
    this.setDuringReread?.add(boardId);
    this.events.onState(boardId, next, previous);
    // Who may see the totals, and how many votes remain, follow from these settings.
    if (next.votes !== previous.votes) this.events.onVotes(boardId);
    if (next.anonymous !== previous.anonymous) {
      await applyAnonymity(this.registry, boardId, next.anonymous, async () => {
        const people = await this.store.listParticipants(claims.wid);
        return new Map(people.map((p) => [p.id, p.name]));
      });
    }
    return next;
  }

  async vote(claims: TokenClaims, boardId: string, raw: unknown): Promise<void> {
    // AUTH
    if (!can(claims.role, 'board.vote')) throw new AppError('forbidden', 'This role cannot vote');
    if (this.archived.has(claims.wid)) throw new AppError('forbidden', 'This workshop is archived', 'archived');
    const state = await this.state(boardId);
    if (state.phase !== 'voting') throw new AppError('forbidden', 'Voting is not open on this board');
    if (state.locked && !this.isFacilitator(claims, boardId)) throw new AppError('forbidden', 'The board is locked');
    // VALIDATION
    const parsed = voteRequest.safeParse(raw);
    if (!parsed.success) throw new AppError('invalid_request', z.prettifyError(parsed.error));
    const { cardId, action } = parsed.data;
    const vote: Vote = { participantId: claims.pid, cardId };
    // RESOLUTION
    let refusal: VoteRefusal | null;
    if (action === 'cast') {
      const board = await this.registry.acquire(boardId);
      const card = cardsOf(board.doc).get(cardId);
      this.registry.release(boardId);
      if (!card) throw new AppError('not_found', 'No such card');
      // Out of the room's sight, out of its vote (shared/moderation.ts).
      if (hiddenReason(card) !== null) throw new AppError('forbidden', 'A facilitator hid this card', 'card_hidden');
      refusal = await this.store.castVote(boardId, vote, (mine) => checkCast(state.votes, mine, cardId));
    } else {
      refusal = await this.store.withdrawVote(boardId, vote);
    }
    if (refusal) throw new AppError('conflict', VOTE_REFUSALS[refusal]);
    this.events.onVotes(boardId);
  }

  /** What one client may know of the votes: their own, and totals once visible to them. */
  async votesView(claims: TokenClaims, boardId: string, votes?: Vote[]): Promise<VotesView> {
    const state = await this.state(boardId);
    const all = votes ?? (await this.store.listVotes(boardId));
    const mine = all.filter((v) => v.participantId === claims.pid);
    const totalsVisible =
      !state.votes.hideTotals || state.votes.totalsRevealed || this.isFacilitator(claims, boardId);
    return {
      boardId,
      mine: tally(mine),
      remaining: Math.max(0, state.votes.perParticipant - mine.length),
      totals: totalsVisible ? tally(all) : null,
    };
  }

  listVotes(boardId: string): Promise<Vote[]> {
    return this.store.listVotes(boardId);
  }
}
