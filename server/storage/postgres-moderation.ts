/** Moderation in PostgreSQL (tables created by its migrations). */
import type pg from 'pg';
import {
  HIDE_SQL,
  INSERT_INBOX_SQL,
  hideParams,
  inboxParams,
  toHidden,
  toInbox,
  type HiddenRecord,
  type HiddenRow,
  type InboxAdmission,
  type InboxBounds,
  type InboxRecord,
  type InboxRow,
  type ModerationStore,
} from './moderation-store';

type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

export class PostgresModeration implements ModerationStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly transaction: Transaction,
  ) {}

  async hide(record: HiddenRecord): Promise<void> {
    await this.pool.query(HIDE_SQL((n) => `$${n}`), hideParams(record));
  }

  async hidden(boardId: string): Promise<HiddenRecord[]> {
    const { rows } = await this.pool.query<HiddenRow>('SELECT * FROM hidden_cards WHERE board_id = $1 ORDER BY hidden_at', [boardId]);
    return rows.map(toHidden);
  }

  async unhide(boardId: string, cardId: string): Promise<HiddenRecord | null> {
    const { rows } = await this.pool.query<HiddenRow>('DELETE FROM hidden_cards WHERE board_id = $1 AND card_id = $2 RETURNING *', [boardId, cardId]);
    return rows[0] ? toHidden(rows[0]) : null;
  }

  addToInbox(record: InboxRecord, bounds: InboxBounds): Promise<InboxAdmission> {
    return this.transaction(async (c) => {
      // The board's row, locked: two instances adding at once count one after the other.
      await c.query('SELECT 1 FROM boards WHERE id = $1 FOR UPDATE', [record.boardId]);
      const { rows } = await c.query<{ mine: string; all: string }>(
        'SELECT COUNT(*) FILTER (WHERE author = $2) AS mine, COUNT(*) AS all FROM inbox_cards WHERE board_id = $1',
        [record.boardId, record.author],
      );
      const counts = rows[0];
      if (Number(counts?.mine ?? 0) >= bounds.perParticipant) return 'participant_full';
      if (Number(counts?.all ?? 0) >= bounds.perBoard) return 'board_full';
      await c.query(INSERT_INBOX_SQL((n) => `$${n}`), inboxParams(record));
      return 'added';
    });
  }

  async inbox(boardId: string): Promise<InboxRecord[]> {
    const { rows } = await this.pool.query<InboxRow>('SELECT * FROM inbox_cards WHERE board_id = $1 ORDER BY created_at, id', [boardId]);
    return rows.map(toInbox);
  }

  async takeFromInbox(boardId: string, id: string): Promise<InboxRecord | null> {
    const { rows } = await this.pool.query<InboxRow>('DELETE FROM inbox_cards WHERE board_id = $1 AND id = $2 RETURNING *', [boardId, id]);
    return rows[0] ? toInbox(rows[0]) : null;
  }

  async refuse(boardId: string, id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query("UPDATE inbox_cards SET status = 'refused' WHERE board_id = $1 AND id = $2 AND status = 'pending'", [boardId, id]);
    return (rowCount ?? 0) > 0;
  }
}
