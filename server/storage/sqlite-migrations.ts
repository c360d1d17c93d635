/** SQLite schema, as numbered migrations applied once each, in order (`PRAGMA user_version`). */
import { historyTables } from './history-store';
import { moderationTables } from './moderation-store';
import { publicationTables } from './publication-store';

export const SQLITE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE workshops (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     date TEXT,
     place TEXT,
     join_code TEXT NOT NULL UNIQUE,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE boards (
     id TEXT PRIMARY KEY,
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     title TEXT NOT NULL,
     position REAL NOT NULL,
     columns TEXT NOT NULL
   );
   CREATE INDEX boards_workshop ON boards(workshop_id);
   CREATE TABLE participants (
     id TEXT PRIMARY KEY,
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     joined_at INTEGER NOT NULL
   );
   CREATE TABLE board_updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     board_id TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX board_updates_board ON board_updates(board_id, seq);`,
  `CREATE TABLE board_facilitation (
     board_id TEXT PRIMARY KEY,
     state TEXT NOT NULL
   );
   CREATE TABLE votes (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     board_id TEXT NOT NULL,
     participant_id TEXT NOT NULL,
     card_id TEXT NOT NULL
   );
   CREATE INDEX votes_board ON votes(board_id, participant_id);`,
  `ALTER TABLE workshops ADD COLUMN archived_at INTEGER;
   ALTER TABLE workshops ADD COLUMN link_generations TEXT NOT NULL
     DEFAULT '{"facilitator":0,"viewer":0,"participant":0}';`,
  `ALTER TABLE boards ADD COLUMN kind TEXT NOT NULL DEFAULT 'board';
   ALTER TABLE boards ADD COLUMN table_name TEXT;
   ALTER TABLE boards ADD COLUMN source_board_id TEXT;
   UPDATE boards SET kind = 'roadmap' WHERE title = 'Feuille de route';
   ALTER TABLE workshops ADD COLUMN retention_days INTEGER;
   ALTER TABLE workshops ADD COLUMN anonymised_at INTEGER;`,
  historyTables({ id: 'INTEGER PRIMARY KEY AUTOINCREMENT', blob: 'BLOB', int: 'INTEGER' }),
  'ALTER TABLE workshops ADD COLUMN organiser_generation INTEGER NOT NULL DEFAULT 0;',
  // Who a participant speaks for (shared/structure-kinds.ts); null for those who did not say.
  `ALTER TABLE participants ADD COLUMN kind TEXT;
   ALTER TABLE participants ADD COLUMN organisation TEXT;`,
  // Sample workshops ("Découvrir avec un exemple"), deleted by the retention job after a day.
  `ALTER TABLE workshops ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
   CREATE INDEX workshops_demo ON workshops(created_at) WHERE demo = 1;`,
  // Public restitutions (server/publication).
  publicationTables({ int: 'INTEGER', bool: 'INTEGER', json: 'TEXT' }),
  // The board the facilitators are running now, where participants land after joining.
  'ALTER TABLE workshops ADD COLUMN current_board_id TEXT;',
  // Moderation (server/moderation): hidden cards' words, controlled boards' inboxes.
  moderationTables({ int: 'INTEGER' }),
  // How each person came in (participant by the code, facilitator or screen by a link): the
  // figures count participants only. Null for those who joined before it was kept.
  'ALTER TABLE participants ADD COLUMN role TEXT;',
];
