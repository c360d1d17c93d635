/** Trash and checkpoint rows to records, for both engines (PostgreSQL gives BIGINT as strings). */
import type { CheckpointReason } from '@shared/history';
import type { CheckpointSummary, TrashRecord } from './history-store';

type Int = number | string;

export interface TrashRow {
  id: Int;
  board_id: string;
  card_id: string;
  data: Buffer;
  deleted_by: string | null;
  deleted_at: Int;
}

export interface CheckpointRow {
  id: Int;
  board_id: string;
  reason: CheckpointReason;
  taken_at: Int;
  cards: Int;
  data?: Buffer;
}

export const bytesOf = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
export const bufferOf = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

export const toTrash = (r: TrashRow): TrashRecord => ({
  id: Number(r.id),
  boardId: r.board_id,
  cardId: r.card_id,
  data: bytesOf(r.data),
  deletedBy: r.deleted_by,
  deletedAt: Number(r.deleted_at),
});

export const toCheckpointSummary = (r: CheckpointRow): CheckpointSummary => ({
  id: Number(r.id),
  boardId: r.board_id,
  reason: r.reason,
  takenAt: Number(r.taken_at),
  cards: Number(r.cards),
});
