/**
 * What moderation keeps (`Storage.moderation`, server/moderation): the words of the cards a
 * facilitator hid, out of the board's document, and the cards waiting in a controlled board's
 * inbox. Both tables go with their board (ON DELETE CASCADE); one implementation per engine.
 */
import type { InboxStatus } from '@shared/moderation';

export interface HiddenRecord {
  boardId: string;
  cardId: string;
  /** The card's text when it was hidden. */
  text: string;
  reason: string;
  author: string;
  hiddenBy: string;
  hiddenAt: number;
}

export interface InboxRecord {
  id: string;
  boardId: string;
  column: string;
  text: string;
  color: string;
  author: string;
  createdAt: number;
  status: InboxStatus;
}

/** Whether a card could join the inbox, and which bound stopped it. */
export type InboxAdmission = 'added' | 'participant_full' | 'board_full';

export interface InboxBounds {
  perParticipant: number;
  perBoard: number;
}

export interface ModerationStore {
  /**
   * Keeps a hidden card's text. Hiding it again changes the reason and appends `text` to what
   * is kept (a keystroke that landed while it was being hidden), so nothing is ever lost.
   */
  hide(record: HiddenRecord): Promise<void>;
  hidden(boardId: string): Promise<HiddenRecord[]>;
  /** Removes and returns the kept text, to write it back; null when the card is not hidden. */
  unhide(boardId: string, cardId: string): Promise<HiddenRecord | null>;
  /** Adds a card to the inbox unless its author or the board holds as many as `bounds` allow. */
  addToInbox(record: InboxRecord, bounds: InboxBounds): Promise<InboxAdmission>;
  /** The board's inbox (pending and refused), oldest first. */
  inbox(boardId: string): Promise<InboxRecord[]>;
  /** Removes and returns a card of the inbox (accepted, or withdrawn by its author). */
  takeFromInbox(boardId: string, id: string): Promise<InboxRecord | null>;
  /** Marks a pending card refused (its author sees it so); false when there was none. */
  refuse(boardId: string, id: string): Promise<boolean>;
}

/** Both tables, for both engines' migrations (migration 10). */
export const moderationTables = (types: { int: string }) => `
  CREATE TABLE hidden_cards (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    card_id TEXT NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL,
    author TEXT NOT NULL,
    hidden_by TEXT NOT NULL,
    hidden_at ${types.int} NOT NULL,
    PRIMARY KEY (board_id, card_id)
  );
  CREATE TABLE inbox_cards (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    column_id TEXT NOT NULL,
    text TEXT NOT NULL,
    color TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at ${types.int} NOT NULL,
    status TEXT NOT NULL
  );
  CREATE INDEX inbox_cards_board ON inbox_cards(board_id, author);`;

/** The same SQL on both engines, placeholders aside. */
export const HIDE_SQL = (p: (n: number) => string) => `
  INSERT INTO hidden_cards (board_id, card_id, text, reason, author, hidden_by, hidden_at)
  VALUES (${[1, 2, 3, 4, 5, 6, 7].map(p).join(', ')})
  ON CONFLICT (board_id, card_id)
  DO UPDATE SET text = hidden_cards.text || excluded.text, reason = excluded.reason,
    hidden_by = excluded.hidden_by, hidden_at = excluded.hidden_at`;

export const hideParams = (r: HiddenRecord) => [r.boardId, r.cardId, r.text, r.reason, r.author, r.hiddenBy, r.hiddenAt];
export const inboxParams = (r: InboxRecord) => [r.id, r.boardId, r.column, r.text, r.color, r.author, r.createdAt, r.status];
export const INSERT_INBOX_SQL = (p: (n: number) => string) =>
  `INSERT INTO inbox_cards (id, board_id, column_id, text, color, author, created_at, status) VALUES (${[1, 2, 3, 4, 5, 6, 7, 8].map(p).join(', ')})`;

export interface HiddenRow {
  board_id: string;
  card_id: string;
  text: string;
  reason: string;
  author: string;
  hidden_by: string;
  hidden_at: number | string;
}

export interface InboxRow {
  id: string;
  board_id: string;
  column_id: string;
  text: string;
  color: string;
  author: string;
  created_at: number | string;
  status: string;
}

/** PostgreSQL gives BIGINT as strings. */
export const toHidden = (row: HiddenRow): HiddenRecord => ({
  boardId: row.board_id,
  cardId: row.card_id,
  text: row.text,
  reason: row.reason,
  author: row.author,
  hiddenBy: row.hidden_by,
  hiddenAt: Number(row.hidden_at),
});

export const toInbox = (row: InboxRow): InboxRecord => ({
  id: row.id,
  boardId: row.board_id,
  column: row.column_id,
  text: row.text,
  color: row.color,
  author: row.author,
  createdAt: Number(row.created_at),
  status: row.status === 'refused' ? 'refused' : 'pending',
});
