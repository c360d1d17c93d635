/** The trash and history checkpoints in SQLite (tables created by SqliteStore's migrations). */
import type Database from 'better-sqlite3';
import { inTransaction } from './sqlite-transaction';
import { bufferOf, bytesOf, type CheckpointRow, toCheckpointSummary, toTrash, type TrashRow } from './history-rows';
import type { CheckpointKeep, CheckpointRecord, CheckpointSummary, HistoryStore, NewCheckpoint, NewTrash, TrashRecord } from './history-store';

export class SqliteHistory implements HistoryStore {
  constructor(private readonly db: Database.Database) {}

  async addTrash(entries: readonly NewTrash[], keep: number): Promise<void> {
    const insert = this.db.prepare(
      'INSERT INTO trash (board_id, card_id, data, deleted_by, deleted_at) VALUES (?, ?, ?, ?, ?)',
    );
    const prune = this.db.prepare(
      'DELETE FROM trash WHERE board_id = ? AND id NOT IN (SELECT id FROM trash WHERE board_id = ? ORDER BY id DESC LIMIT ?)',
    );
    inTransaction(this.db, () => {
      for (const e of entries) insert.run(e.boardId, e.cardId, bufferOf(e.data), e.deletedBy, e.deletedAt);
      for (const boardId of new Set(entries.map((e) => e.boardId))) prune.run(boardId, boardId, keep);
    });
  }

  async listTrash(boardId: string, limit: number): Promise<TrashRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM trash WHERE board_id = ? ORDER BY id DESC LIMIT ?')
      .all(boardId, limit) as TrashRow[];
    return rows.map(toTrash);
  }

  async getTrash(boardId: string, id: number): Promise<TrashRecord | null> {
    const row = this.db.prepare('SELECT * FROM trash WHERE board_id = ? AND id = ?').get(boardId, id) as TrashRow | undefined;
    return row ? toTrash(row) : null;
  }

  async removeTrash(boardId: string, id: number): Promise<boolean> {
    return this.db.prepare('DELETE FROM trash WHERE board_id = ? AND id = ?').run(boardId, id).changes > 0;
  }

  async rewriteTrash(id: number, data: Uint8Array): Promise<void> {
    this.db.prepare('UPDATE trash SET data = ? WHERE id = ?').run(bufferOf(data), id);
  }

  async addCheckpoint(c: NewCheckpoint, keep: CheckpointKeep): Promise<number> {
    const newest = 'SELECT id FROM checkpoints WHERE board_id = ? ORDER BY id DESC LIMIT ?';
    return inTransaction(this.db, () => {
      const info = this.db
        .prepare('INSERT INTO checkpoints (board_id, reason, taken_at, cards, data) VALUES (?, ?, ?, ?, ?)')
        .run(c.boardId, c.reason, c.takenAt, c.cards, bufferOf(c.data));
      this.db
        .prepare(`DELETE FROM checkpoints WHERE board_id = ? AND taken_at < ? AND id NOT IN (${newest})`)
        .run(c.boardId, keep.since, c.boardId, keep.latest);
      this.db.prepare(`DELETE FROM checkpoints WHERE board_id = ? AND id NOT IN (${newest})`).run(c.boardId, c.boardId, keep.max);
      return Number(info.lastInsertRowid);
    });
  }

  async listCheckpoints(boardId: string): Promise<CheckpointSummary[]> {
    const rows = this.db
      .prepare('SELECT id, board_id, reason, taken_at, cards FROM checkpoints WHERE board_id = ? ORDER BY id DESC')
      .all(boardId) as CheckpointRow[];
    return rows.map(toCheckpointSummary);
  }

  async getCheckpoint(boardId: string, id: number): Promise<CheckpointRecord | null> {
    const row = this.db.prepare('SELECT * FROM checkpoints WHERE board_id = ? AND id = ?').get(boardId, id) as
      | Required<CheckpointRow>
      | undefined;
    return row ? { ...toCheckpointSummary(row), data: bytesOf(row.data) } : null;
  }

  async rewriteCheckpoint(id: number, data: Uint8Array): Promise<void> {
    this.db.prepare('UPDATE checkpoints SET data = ? WHERE id = ?').run(bufferOf(data), id);
  }
}
