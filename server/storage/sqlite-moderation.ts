/** Moderation in SQLite (tables created by SqliteStore's migrations). */
import type Database from 'better-sqlite3';
import { inTransaction } from './sqlite-transaction';
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

export class SqliteModeration implements ModerationStore {
  constructor(private readonly db: Database.Database) {}

  async hide(record: HiddenRecord): Promise<void> {
    this.db.prepare(HIDE_SQL(() => '?')).run(...hideParams(record));
  }

  async hidden(boardId: string): Promise<HiddenRecord[]> {
    const rows = this.db.prepare('SELECT * FROM hidden_cards WHERE board_id = ? ORDER BY hidden_at').all(boardId) as HiddenRow[];
    return rows.map(toHidden);
  }

  async unhide(boardId: string, cardId: string): Promise<HiddenRecord | null> {
    const row = this.db.prepare('DELETE FROM hidden_cards WHERE board_id = ? AND card_id = ? RETURNING *').get(boardId, cardId) as HiddenRow | undefined;
    return row ? toHidden(row) : null;
  }

  async addToInbox(record: InboxRecord, bounds: InboxBounds): Promise<InboxAdmission> {
    // One synchronous transaction: the counts and the insert see the same table.
    return inTransaction(this.db, (): InboxAdmission => {
      const count = (sql: string, ...params: string[]) => (this.db.prepare(sql).get(...params) as { n: number }).n;
      if (count('SELECT COUNT(*) AS n FROM inbox_cards WHERE board_id = ? AND author = ?', record.boardId, record.author) >= bounds.perParticipant) {
        return 'participant_full';
      }
      if (count('SELECT COUNT(*) AS n FROM inbox_cards WHERE board_id = ?', record.boardId) >= bounds.perBoard) return 'board_full';
      this.db.prepare(INSERT_INBOX_SQL(() => '?')).run(...inboxParams(record));
      return 'added';
    });
  }

  async inbox(boardId: string): Promise<InboxRecord[]> {
    const rows = this.db.prepare('SELECT * FROM inbox_cards WHERE board_id = ? ORDER BY created_at, id').all(boardId) as InboxRow[];
    return rows.map(toInbox);
  }

  async takeFromInbox(boardId: string, id: string): Promise<InboxRecord | null> {
    const row = this.db.prepare('DELETE FROM inbox_cards WHERE board_id = ? AND id = ? RETURNING *').get(boardId, id) as InboxRow | undefined;
    return row ? toInbox(row) : null;
  }

  async refuse(boardId: string, id: string): Promise<boolean> {
    return this.db.prepare("UPDATE inbox_cards SET status = 'refused' WHERE board_id = ? AND id = ? AND status = 'pending'").run(boardId, id).changes > 0;
  }
}
