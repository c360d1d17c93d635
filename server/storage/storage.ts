/**
 * Everything the server keeps, behind one small interface with one file per engine
 * (SQLite by default; PostgreSQL later). The document layer only sees DocumentStore.
 */
import type { FacilitationState } from '@shared/facilitation';
import type { BoardKind, ColumnInfo, LinkGenerations, WorkshopInfo } from '@shared/protocol';
import type { Role } from '@shared/roles';
import type { ParticipantProfile } from '@shared/structure-kinds';
import type { Vote, VoteRefusal } from '@shared/votes';
import type { HistoryStore } from './history-store';
import type { ModerationStore } from './moderation-store';
import type { PublicationStore } from './publication-store';

export interface StoredBoardState {
  /** Updates and snapshots, in any order: Yjs updates commute. */
  updates: Uint8Array[];
  /** Their sequence numbers, so that a compaction deletes exactly what it folded in. */
  seqs: number[];
}

export interface DocumentStore {
  loadBoard(boardId: string): Promise<StoredBoardState>;
  /** Resolves once the update is durable; returns its sequence number. */
  appendUpdate(boardId: string, update: Uint8Array): Promise<number>;
  /**
   * Atomically replaces the rows `seqs` with one snapshot and returns the snapshot's seq.
   * Only the rows named are deleted: with several instances, a row another instance
   * stored but this one has not received yet must survive.
   */
  compact(boardId: string, snapshot: Uint8Array, seqs: number[]): Promise<number>;
}

export type WorkshopRecord = Omit<WorkshopInfo, 'boards' | 'demo'> & {
  linkGenerations: LinkGenerations;
  /** Generation of organiser tokens (revoking organiser sessions bumps it); 0 when left out at creation. */
  organiserGeneration?: number;
  /** A sample workshop, deleted once DEMO_LIFETIME_HOURS have passed; false when left out at creation. */
  demo?: boolean;
};

export type WorkshopPatch = Partial<
  Pick<
    WorkshopRecord,
    | 'title'
    | 'date'
    | 'place'
    | 'joinCode'
    | 'archivedAt'
    | 'linkGenerations'
    | 'organiserGeneration'
    | 'retentionDays'
    | 'anonymisedAt'
    | 'currentBoardId'
  >
>;

export interface BoardRecord {
  id: string;
  workshopId: string;
  title: string;
  position: number;
  columns: ColumnInfo[];
  kind: BoardKind;
  /** The table this board is, when it is one of several copies of `sourceBoardId`. */
  table: string | null;
  sourceBoardId: string | null;
}

export interface ParticipantRecord extends ParticipantProfile {
  id: string;
  workshopId: string;
  name: string;
  joinedAt: number;
  /** How they came in; left out for those who joined before it was kept. */
  role?: Role;
}
/** Invitations and imports of older backups add participants without a profile. */
export type NewParticipant = Omit<ParticipantRecord, keyof ParticipantProfile> & Partial<ParticipantProfile>;
export type ParticipantPatch = Partial<Pick<ParticipantRecord, 'name' | 'kind' | 'organisation'>>;

export interface WorkshopStore {
  /** Fails with JoinCodeTakenError when the join code is already used. */
  createWorkshop(workshop: WorkshopRecord, boards: BoardRecord[]): Promise<void>;
  getWorkshop(id: string): Promise<WorkshopRecord | null>;
  findWorkshopByCode(joinCode: string): Promise<WorkshopRecord | null>;
  /** Fails with JoinCodeTakenError when a new join code is already used. */
  updateWorkshop(id: string, patch: WorkshopPatch): Promise<void>;
  listBoards(workshopId: string): Promise<BoardRecord[]>;
  getBoard(id: string): Promise<BoardRecord | null>;
  insertBoard(board: BoardRecord): Promise<void>;
  updateBoard(id: string, patch: Partial<Pick<BoardRecord, 'title' | 'position' | 'columns'>>): Promise<void>;
  /** Removes the board, its document, private drafts, facilitation state, votes, trash and checkpoints. */
  deleteBoard(id: string): Promise<void>;
  addParticipant(participant: NewParticipant): Promise<void>;
  listParticipants(workshopId: string): Promise<ParticipantRecord[]>;
  getParticipant(id: string): Promise<ParticipantRecord | null>;
  /** Name and profile: the fields left out stay as they are. */
  updateParticipant(id: string, patch: ParticipantPatch): Promise<void>;
  /** Archived workshops whose retention period has run out and whose names are still there. */
  listExpiredWorkshops(now: number): Promise<WorkshopRecord[]>;
  /** Demo workshops created at or before `createdBefore`. */
  listDemoWorkshops(createdBefore: number): Promise<WorkshopRecord[]>;
  /**
   * Removes the workshop and everything it holds: each board as deleteBoard does, its
   * participants. Idempotent. Live documents and connections are the caller's (WorkshopService).
   */
  deleteWorkshop(id: string): Promise<void>;
}

/** Facilitator-owned board state and votes: server-authoritative, never in the document. */
export interface FacilitationStore {
  getFacilitation(boardId: string): Promise<FacilitationState | null>;
  setFacilitation(boardId: string, state: FacilitationState): Promise<void>;
  listVotes(boardId: string): Promise<Vote[]>;
  /** Checks the budget and inserts in one transaction, so concurrent casts cannot overspend. */
  castVote(boardId: string, vote: Vote, check: (mine: Vote[]) => VoteRefusal | null): Promise<VoteRefusal | null>;
  withdrawVote(boardId: string, vote: Vote): Promise<VoteRefusal | null>;
  clearVotes(boardId: string): Promise<void>;
  /** Inserts votes as they are, without a budget (imports, synthesis). */
  insertVotes(boardId: string, votes: Vote[]): Promise<void>;
  /** Moves every vote on `fromCardIds` to `toCardId` (merging cards keeps their votes). */
  reassignVotes(boardId: string, fromCardIds: string[], toCardId: string): Promise<void>;
  /** Ids of the documents whose id starts with `prefix` (a board's private drafts). */
  listDocuments(prefix: string): Promise<string[]>;
}

export interface Storage extends DocumentStore, WorkshopStore, FacilitationStore {
  /**
   * Runs `work` alone among the works given the same key, on every instance sharing this
   * storage: the rules "one synthesis per board", "tables numbered in turn" hold across
   * instances. A work never calls exclusive again (the locks are few and not reentrant).
   */
  exclusive<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Deleted cards and checkpoints (server/history). */
  readonly history: HistoryStore;
  /** Public restitutions (server/publication). */
  readonly publications: PublicationStore;
  /** Hidden cards' words and controlled boards' inboxes (server/moderation). */
  readonly moderation: ModerationStore;
  /**
   * The token signing secret every instance on this storage shares: the one kept, else
   * `candidate()` kept now (when instances start at once, every one gets the first kept).
   * SQLite keeps it in `DATA_DIR/secret.key`, PostgreSQL in its `settings` table.
   */
  sharedSecret(candidate: () => Uint8Array): Promise<Uint8Array>;
  /** Commits a tiny write (readiness: the storage accepts writes, not only answers). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class JoinCodeTakenError extends Error {
  constructor() {
    super('join code already taken');
  }
}
