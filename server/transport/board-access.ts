/**
 * What both transports do when a connection opens, writes to or leaves a board's document:
 * authorise against the shared permission table and the facilitator's state, then hold
 * the live document in the registry.
 */
import { parseDocId, type BoardInfo, type TokenClaims } from '@shared/protocol';
import { can } from '@shared/roles';
import type { BoardDoc } from '../docs/board-doc';
import type { BoardRegistry } from '../docs/board-registry';
import { checkWrite } from '../docs/inspection/check-write';
import type { AcceptedWrite } from '../docs/inspection/update-description';
import type { FacilitationService } from '../domain/facilitation-service';
import { draftsDocKey } from '../domain/private-drafts';
import type { WorkshopService } from '../domain/workshop-service';
import { AppError } from '../errors';

export interface DocSession {
  /** The id the client used: a board id, or `<boardId>:drafts`. */
  docId: string;
  boardId: string;
  drafts: boolean;
  board: BoardDoc;
  info: BoardInfo;
  claims: TokenClaims;
}

export class BoardAccess {
  constructor(
    private readonly workshops: WorkshopService,
    private readonly registry: BoardRegistry,
    private readonly facilitation: FacilitationService,
  ) {}

  async open(claims: TokenClaims, docId: string): Promise<DocSession> {
    const { boardId, drafts } = parseDocId(docId);
    // AUTH
    const info = await this.workshops.boardFor(claims, boardId);
    if (!can(claims.role, 'board.read')) throw new AppError('forbidden', 'This role cannot read boards');
    if (drafts && !can(claims.role, 'board.edit')) throw new AppError('forbidden', 'This role has no drafts');
    // RESOLUTION: the facilitator's state first, so that write checks never wait.
    const workshop = await this.workshops.requireWorkshop(claims.wid);
    this.facilitation.setArchived(workshop.id, workshop.archivedAt !== null);
    await this.facilitation.state(boardId);
    const board = await this.registry.acquire(drafts ? draftsDocKey(boardId, claims.pid) : boardId);
    return { docId, boardId, drafts, board, info, claims };
  }

  /** Whether this client's role ever writes (false for viewers). */
  writesAtAll(claims: TokenClaims): boolean {
    return can(claims.role, 'board.edit');
  }

  /**
   * Whether this session may apply `update` now, and what it does (decoded once, handed on to
   * BoardDoc.submit). Throws a refusal for the lock, phase, role or archive, then for the
   * write rules: ownership, anonymity, shapes and limits (docs/architecture.md, Write checks).
   */
  guardWrite(session: DocSession, update: Uint8Array): AcceptedWrite {
    const { claims, boardId, drafts, board } = session;
    const described = board.inspect(update);
    // A reconnecting client resends what the server has: nothing to refuse, even read-only.
    if (!described.changes) return { by: claims.pid, described };
    const state = this.facilitation.current(boardId);
    if (!this.facilitation.canWrite(claims, boardId, drafts)) throw this.readOnly(claims, state.phase, drafts);
    board.writers.check(described.writers, claims.pid, (client) => {
      const user = (board.awareness.getStates().get(client) as { user?: { id?: unknown } } | undefined)?.user;
      return typeof user?.id === 'string' ? user.id : undefined;
    });
    const facilitates = this.facilitation.isFacilitator(claims, boardId);
    checkWrite(described, {
      writer: {
        // A facilitator of another board writes here as any participant does.
        role: facilitates || !can(claims.role, 'board.facilitate') ? claims.role : 'participant',
        participantId: claims.pid,
        // Drafts are the writer's own: moving them is nobody else's business, and a
        // controlled board's inbox takes what leaves them at the reveal, not what is drafted.
        settings: { freeEditing: state.freeEditing, movesRestricted: state.movesRestricted && !drafts, controlled: state.controlled && !drafts },
        writesForOthers: can(claims.role, 'workshop.edit'),
      },
      anonymous: state.anonymous,
      board: board.writeState,
    });
    board.writers.claim(described.writers, claims.pid);
    return { by: claims.pid, described };
  }

  private readOnly(claims: TokenClaims, phase: string, drafts: boolean): AppError {
    const [reason, why] = !can(claims.role, 'board.edit')
      ? ['read_only', 'This board is read-only for you']
      : this.facilitation.isArchived(claims.wid)
        ? ['archived', 'This workshop is archived']
        : phase === 'closed'
          ? ['closed', 'This board is closed']
          : drafts
            ? ['private_writing_closed', 'Private writing is not open']
            : ['locked', 'This board is locked'];
    return new AppError('forbidden', why, reason);
  }

  close(session: DocSession, owner: object): void {
    session.board.detach(owner);
    this.registry.release(session.board.boardId);
  }
}
