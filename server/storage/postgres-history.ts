/** The trash and history checkpoints in PostgreSQL (tables created by its migrations). */
import type pg from 'pg';
import { bytesOf, type CheckpointRow, toCheckpointSummary, toTrash, type TrashRow } from './history-rows';
import type { CheckpointKeep, CheckpointRecord, CheckpointSummary, HistoryStore, NewCheckpoint, NewTrash, TrashRecord } from './history-store';

type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

export class PostgresHistory implements HistoryStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly transaction: Transaction,
  ) {}

  async addTrash(entries: readonly NewTrash[], keep: number): Promise<void> {
    if (entries.length === 0) return;
    await this.transaction(async (c) => {
      await c.query(
        `INSERT INTO trash (board_id, card_id, data, deleted_by, deleted_at)
         SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[], $4::text[], $5::bigint[])`,
        [
          entries.map((e) => e.boardId),
          entries.map((e) => e.cardId),
          entries.map((e) => Buffer.from(e.data)),
          entries.map((e) => e.deletedBy),
          entries.map((e) => e.deletedAt),
        ],
      );
      for (const boardId of new Set(entries.map((e) => e.boardId))) {
        await c.query(
          'DELETE FROM trash WHERE board_id = $1 AND id NOT IN (SELECT id FROM trash WHERE board_id = $1 ORDER BY id DESC LIMIT $2)',
          [boardId, keep],
        );
      }
    });
  }

  async listTrash(boardId: string, limit: number): Promise<TrashRecord[]> {
    const { rows } = await this.pool.query<TrashRow>('SELECT * FROM trash WHERE board_id = $1 ORDER BY id DESC LIMIT $2', [
      boardId,
      limit,
    ]);
    return rows.map(toTrash);
  }

  async getTrash(boardId: string, id: number): Promise<TrashRecord | null> {
    const { rows } = await this.pool.query<TrashRow>('SELECT * FROM trash WHERE board_id = $1 AND id = $2', [boardId, id]);
    return rows[0] ? toTrash(rows[0]) : null;
  }

  async removeTrash(boardId: string, id: number): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM trash WHERE board_id = $1 AND id = $2', [boardId, id]);
    return (rowCount ?? 0) > 0;
  }

  async rewriteTrash(id: number, data: Uint8Array): Promise<void> {
    await this.pool.query('UPDATE trash SET data = $2 WHERE id = $1', [id, Buffer.from(data)]);
  }

  async addCheckpoint(cp: NewCheckpoint, keep: CheckpointKeep): Promise<number> {
    const newest = 'SELECT id FROM checkpoints WHERE board_id = $1 ORDER BY id DESC LIMIT';
    return this.transaction(async (c) => {
      const { rows } = await c.query<{ id: string }>(
        'INSERT INTO checkpoints (board_id, reason, taken_at, cards, data) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [cp.boardId, cp.reason, cp.takenAt, cp.cards, Buffer.from(cp.data)],
      );
      await c.query(`DELETE FROM checkpoints WHERE board_id = $1 AND taken_at < $2 AND id NOT IN (${newest} $3)`, [
        cp.boardId,
        keep.since,
        keep.latest,
      ]);
      await c.query(`DELETE FROM checkpoints WHERE board_id = $1 AND id NOT IN (${newest} $2)`, [cp.boardId, keep.max]);
      return Number(rows[0]!.id);
    });
  }

  async listCheckpoints(boardId: string): Promise<CheckpointSummary[]> {
    const { rows } = await this.pool.query<CheckpointRow>(
      'SELECT id, board_id, reason, taken_at, cards FROM checkpoints WHERE board_id = $1 ORDER BY id DESC',
      [boardId],
    );
    return rows.map(toCheckpointSummary);
  }

  async getCheckpoint(boardId: string, id: number): Promise<CheckpointRecord | null> {
    const { rows } = await this.pool.query<Required<CheckpointRow>>(
      'SELECT * FROM checkpoints WHERE board_id = $1 AND id = $2',
      [boardId, id],
    );
    return rows[0] ? { ...toCheckpointSummary(rows[0]), data: bytesOf(rows[0].data) } : null;
  }

  async rewriteCheckpoint(id: number, data: Uint8Array): Promise<void> {
    await this.pool.query('UPDATE checkpoints SET data = $2 WHERE id = $1', [id, Buffer.from(data)]);
  }
}
