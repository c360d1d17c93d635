/**
 * What the trash and the history checkpoints keep (`Storage.history`), one implementation
 * per engine beside the engine's store. Both hold document bytes, never plain names, so the
 * retention job renames authors inside them like in the board documents.
 */
import type { CheckpointReason } from '@shared/history';

export interface TrashRecord {
  id: number;
  boardId: string;
  cardId: string;
  /** A Yjs update of a document holding only this card, as it was just before deletion. */
  data: Uint8Array;
  deletedBy: string | null;
  deletedAt: number;
}
export type NewTrash = Omit<TrashRecord, 'id'>;

export interface CheckpointRecord {
  id: number;
  boardId: string;
  reason: CheckpointReason;
  takenAt: number;
  /** Cards on the board then, for the list (which never reads `data`). */
  cards: number;
  /** `Y.encodeStateAsUpdate` of the board's document. */
  data: Uint8Array;
}
export type NewCheckpoint = Omit<CheckpointRecord, 'id'>;
export type CheckpointSummary = Omit<CheckpointRecord, 'data'>;

/** Which checkpoints of a board survive a new one. */
export interface CheckpointKeep {
  latest: number;
  /** Every checkpoint taken at or after this time is kept too… */
  since: number;
  /** …up to this many in all. */
  max: number;
}

export interface HistoryStore {
  /** Stores deleted cards in one transaction, then drops each board's oldest beyond `keep`. */
  addTrash(entries: readonly NewTrash[], keep: number): Promise<void>;
  /** Newest first. */
  listTrash(boardId: string, limit: number): Promise<TrashRecord[]>;
  getTrash(boardId: string, id: number): Promise<TrashRecord | null>;
  /** Whether there was such an entry. */
  removeTrash(boardId: string, id: number): Promise<boolean>;
  rewriteTrash(id: number, data: Uint8Array): Promise<void>;
  /** Stores a checkpoint and prunes the board's others; returns its id. */
  addCheckpoint(checkpoint: NewCheckpoint, keep: CheckpointKeep): Promise<number>;
  /** Newest first, without their data. */
  listCheckpoints(boardId: string): Promise<CheckpointSummary[]>;
  getCheckpoint(boardId: string, id: number): Promise<CheckpointRecord | null>;
  rewriteCheckpoint(id: number, data: Uint8Array): Promise<void>;
}

/** The tables, for both engines' migrations (types differ only by name; ids are never reused). */
export const historyTables = (types: { id: string; blob: string; int: string }) => `
  CREATE TABLE trash (
    id ${types.id},
    board_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    data ${types.blob} NOT NULL,
    deleted_by TEXT,
    deleted_at ${types.int} NOT NULL
  );
  CREATE INDEX trash_board ON trash(board_id, id);
  CREATE TABLE checkpoints (
    id ${types.id},
    board_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    taken_at ${types.int} NOT NULL,
    cards INTEGER NOT NULL,
    data ${types.blob} NOT NULL
  );
  CREATE INDEX checkpoints_board ON checkpoints(board_id, id);`;
