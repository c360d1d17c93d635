/**
 * SQLite storage (the embedded default). WAL journal; `synchronous = FULL` by default so
 * that an acknowledged update survives a power cut too, not only a process crash. The
 * document layer batches updates, so one fsync covers many edits.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { inTransaction } from './sqlite-transaction';
import type { FacilitationState } from '@shared/facilitation';
import type { Vote, VoteRefusal } from '@shared/votes';
import type {
  BoardRecord,
  NewParticipant,
  ParticipantPatch,
  ParticipantRecord,
  Storage,
  StoredBoardState,
  WorkshopPatch,
  WorkshopRecord,
} from './storage';
import {
  type BoardRow,
  PARTICIPANT_COLUMNS,
  participantColumns,
  type ParticipantRow,
  toBoard,
  toParticipant,
  toWorkshop,
  type WorkshopRow,
  workshopColumns,
} from './row-mappers';
import { SqlitePublications } from './sqlite-publications';
import { AppendWorker } from './append-worker';
import { SqliteModeration } from './sqlite-moderation';
import { KeyQueue } from './key-queue';
import { SqliteHistory } from './sqlite-history';
import { secretFile } from './secret-file';
import { JoinCodeTakenError } from './storage';
import { SQLITE_MIGRATIONS as MIGRATIONS } from './sqlite-migrations';


const isJoinCodeConflict = (err: unknown) =>
  err instanceof Error && /UNIQUE constraint failed: workshops.join_code/.test(err.message);

export interface SqliteOptions {
  dataDir: string;
  synchronous?: 'FULL' | 'NORMAL';
}

export class SqliteStore implements Storage {
  private readonly db: Database.Database;
  /** Document updates are committed in a worker thread: their fsyncs never hold the event loop. */
  private readonly appends: AppendWorker;
  readonly history: SqliteHistory;
  readonly publications: SqlitePublications;
  readonly moderation: SqliteModeration;

  constructor(private readonly options: SqliteOptions) {
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    const file = path.join(options.dataDir, 'coatelier.sqlite');
    // Names are personal data: the files are the server user's alone. SQLite gives its WAL and
    // shared-memory files the database's mode; files of older installs are tightened here.
    closeSync(openSync(file, 'a', 0o600));
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma('foreign_keys = ON');
    this.migrate();
    this.appends = new AppendWorker({ file, synchronous: options.synchronous ?? 'FULL' });
    this.history = new SqliteHistory(this.db);
    this.publications = new SqlitePublications(this.db);
    this.moderation = new SqliteModeration(this.db);
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      inTransaction(this.db, () => {
        this.db.exec(MIGRATIONS[v] as string);
        this.db.pragma(`user_version = ${v + 1}`);
      });
    }
  }

  async loadBoard(boardId: string): Promise<StoredBoardState> {
    // A board being loaded is about to be written to.
    this.appends.warm();
    const rows = this.db
      .prepare('SELECT seq, data FROM board_updates WHERE board_id = ? ORDER BY seq')
      .all(boardId) as { seq: number; data: Buffer }[];
    return {
      updates: rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength)),
      seqs: rows.map((r) => r.seq),
    };
  }

  appendUpdate(boardId: string, update: Uint8Array): Promise<number> {
    return this.appends.append(boardId, update);
  }

  /** In the append worker too: folding a busy board's log is a write that fsyncs. */
  compact(boardId: string, snapshot: Uint8Array, seqs: number[]): Promise<number> {
    return this.appends.append(boardId, snapshot, seqs);
  }

  async createWorkshop(w: WorkshopRecord, boards: BoardRecord[]): Promise<void> {
    try {
      inTransaction(this.db, () => {
        this.db
          .prepare(
            `INSERT INTO workshops (id, title, date, place, join_code, created_at, archived_at, link_generations, retention_days, anonymised_at, demo)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(w.id, w.title, w.date, w.place, w.joinCode, w.createdAt, w.archivedAt, JSON.stringify(w.linkGenerations), w.retentionDays, w.anonymisedAt, w.demo ? 1 : 0);
        for (const b of boards) this.insertBoardSync(b);
      });
    } catch (err) {
      throw isJoinCodeConflict(err) ? new JoinCodeTakenError() : err;
    }
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const row = this.db.prepare('SELECT * FROM workshops WHERE id = ?').get(id) as WorkshopRow | undefined;
    return row ? toWorkshop(row) : null;
  }

  async findWorkshopByCode(joinCode: string): Promise<WorkshopRecord | null> {
    const row = this.db.prepare('SELECT * FROM workshops WHERE join_code = ?').get(joinCode) as
      | WorkshopRow
      | undefined;
    return row ? toWorkshop(row) : null;
  }

  async updateWorkshop(id: string, patch: WorkshopPatch) {
    const columns = workshopColumns(patch);
    try {
      inTransaction(this.db, () => {
        for (const [column, value] of Object.entries(columns)) {
          if (value !== undefined) this.db.prepare(`UPDATE workshops SET ${column} = ? WHERE id = ?`).run(value, id);
        }
      });
    } catch (err) {
      throw isJoinCodeConflict(err) ? new JoinCodeTakenError() : err;
    }
  }

  async listBoards(workshopId: string): Promise<BoardRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM boards WHERE workshop_id = ? ORDER BY position, id')
      .all(workshopId) as BoardRow[];
    return rows.map(toBoard);
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const row = this.db.prepare('SELECT * FROM boards WHERE id = ?').get(id) as BoardRow | undefined;
    return row ? toBoard(row) : null;
  }

  private insertBoardSync(b: BoardRecord): void {
    this.db
      .prepare(
        `INSERT INTO boards (id, workshop_id, title, position, columns, kind, table_name, source_board_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(b.id, b.workshopId, b.title, b.position, JSON.stringify(b.columns), b.kind, b.table, b.sourceBoardId);
  }

  async insertBoard(board: BoardRecord): Promise<void> {
    this.insertBoardSync(board);
  }

  async updateBoard(id: string, patch: Partial<Pick<BoardRecord, 'title' | 'position' | 'columns'>>) {
    if (patch.title !== undefined) this.db.prepare('UPDATE boards SET title = ? WHERE id = ?').run(patch.title, id);
    if (patch.position !== undefined) {
      this.db.prepare('UPDATE boards SET position = ? WHERE id = ?').run(patch.position, id);
    }
    if (patch.columns !== undefined) {
      this.db.prepare('UPDATE boards SET columns = ? WHERE id = ?').run(JSON.stringify(patch.columns), id);
    }
  }

  async deleteBoard(id: string): Promise<void> {
    inTransaction(this.db, () => this.deleteBoardSync(id));
  }

  private deleteBoardSync(id: string): void {
    // The board's document and its private drafts (`<id>:drafts:<participant>`).
    this.db.prepare("DELETE FROM board_updates WHERE board_id = ? OR substr(board_id, 1, ?) = ?").run(id, id.length + 1, `${id}:`);
    this.db.prepare('DELETE FROM board_facilitation WHERE board_id = ?').run(id);
    this.db.prepare('DELETE FROM votes WHERE board_id = ?').run(id);
    this.db.prepare('DELETE FROM trash WHERE board_id = ?').run(id);
    this.db.prepare('DELETE FROM checkpoints WHERE board_id = ?').run(id);
    this.db.prepare('DELETE FROM boards WHERE id = ?').run(id);
  }

  async deleteWorkshop(id: string): Promise<void> {
    inTransaction(this.db, () => {
      const boards = this.db.prepare('SELECT id FROM boards WHERE workshop_id = ?').all(id) as { id: string }[];
      for (const board of boards) this.deleteBoardSync(board.id);
      this.db.prepare('DELETE FROM participants WHERE workshop_id = ?').run(id);
      this.db.prepare('DELETE FROM workshops WHERE id = ?').run(id);
    });
  }

  async addParticipant(p: NewParticipant): Promise<void> {
    this.db
      .prepare(`INSERT INTO participants (${PARTICIPANT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(p.id, p.workshopId, p.name, p.joinedAt, p.kind ?? null, p.organisation ?? null, p.role ?? null);
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    const rows = this.db
      .prepare(`SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE workshop_id = ? ORDER BY joined_at, id`)
      .all(workshopId) as ParticipantRow[];
    return rows.map(toParticipant);
  }

  async getParticipant(id: string): Promise<ParticipantRecord | null> {
    const row = this.db.prepare(`SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE id = ?`).get(id) as ParticipantRow | undefined;
    return row ? toParticipant(row) : null;
  }

  async updateParticipant(id: string, patch: ParticipantPatch): Promise<void> {
    const set = participantColumns(patch);
    if (set.length === 0) return;
    this.db.prepare(`UPDATE participants SET ${set.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`).run(...set.map(([, v]) => v), id);
  }

  async listExpiredWorkshops(now: number): Promise<WorkshopRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM workshops WHERE archived_at IS NOT NULL AND retention_days IS NOT NULL AND anonymised_at IS NULL AND archived_at + retention_days * 86400000 <= ?')
      .all(now) as WorkshopRow[];
    return rows.map(toWorkshop);
  }

  async listDemoWorkshops(createdBefore: number): Promise<WorkshopRecord[]> {
    const rows = this.db.prepare('SELECT * FROM workshops WHERE demo = 1 AND created_at <= ?').all(createdBefore) as WorkshopRow[];
    return rows.map(toWorkshop);
  }

  async getFacilitation(boardId: string): Promise<FacilitationState | null> {
    const row = this.db.prepare('SELECT state FROM board_facilitation WHERE board_id = ?').get(boardId) as
      | { state: string }
      | undefined;
    return row ? (JSON.parse(row.state) as FacilitationState) : null;
  }

  async setFacilitation(boardId: string, state: FacilitationState): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO board_facilitation (board_id, state) VALUES (?, ?) ON CONFLICT(board_id) DO UPDATE SET state = excluded.state',
      )
      .run(boardId, JSON.stringify(state));
  }

  async listVotes(boardId: string): Promise<Vote[]> {
    return this.db
      .prepare('SELECT participant_id AS participantId, card_id AS cardId FROM votes WHERE board_id = ? ORDER BY id')
      .all(boardId) as Vote[];
  }

  private votesOf(boardId: string, participantId: string): Vote[] {
    return this.db
      .prepare('SELECT participant_id AS participantId, card_id AS cardId FROM votes WHERE board_id = ? AND participant_id = ?')
      .all(boardId, participantId) as Vote[];
  }

  async castVote(boardId: string, vote: Vote, check: (mine: Vote[]) => VoteRefusal | null) {
    return inTransaction(this.db, (): VoteRefusal | null => {
      const refusal = check(this.votesOf(boardId, vote.participantId));
      if (refusal) return refusal;
      this.db
        .prepare('INSERT INTO votes (board_id, participant_id, card_id) VALUES (?, ?, ?)')
        .run(boardId, vote.participantId, vote.cardId);
      return null;
    });
  }

  async withdrawVote(boardId: string, vote: Vote): Promise<VoteRefusal | null> {
    const info = this.db
      .prepare(
        `DELETE FROM votes WHERE id = (SELECT id FROM votes WHERE board_id = ? AND participant_id = ? AND card_id = ?
         ORDER BY id DESC LIMIT 1)`,
      )
      .run(boardId, vote.participantId, vote.cardId);
    return info.changes > 0 ? null : 'no_vote_to_withdraw';
  }

  async clearVotes(boardId: string): Promise<void> {
    this.db.prepare('DELETE FROM votes WHERE board_id = ?').run(boardId);
  }

  async insertVotes(boardId: string, votes: Vote[]): Promise<void> {
    const insert = this.db.prepare('INSERT INTO votes (board_id, participant_id, card_id) VALUES (?, ?, ?)');
    inTransaction(this.db, () => {
      for (const v of votes) insert.run(boardId, v.participantId, v.cardId);
    });
  }

  async reassignVotes(boardId: string, fromCardIds: string[], toCardId: string): Promise<void> {
    const update = this.db.prepare('UPDATE votes SET card_id = ? WHERE board_id = ? AND card_id = ?');
    inTransaction(this.db, () => {
      for (const from of fromCardIds) update.run(toCardId, boardId, from);
    });
  }

  /** One instance by construction (SQLite is one file on one machine): a queue in memory is enough. */
  private readonly works = new KeyQueue();
  exclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.works.run(key, work);
  }

  async listDocuments(prefix: string): Promise<string[]> {
    const rows = this.db
      .prepare("SELECT DISTINCT board_id AS id FROM board_updates WHERE substr(board_id, 1, ?) = ?")
      .all(prefix.length, prefix) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** In a file beside the database, not a table: SQLite backups copy `secret.key` with it. */
  async sharedSecret(candidate: () => Uint8Array): Promise<Uint8Array> {
    return secretFile(this.options.dataDir, candidate);
  }

  /** A real write: the schema version rewritten as it is, committed and synced like an edit. */
  async ping(): Promise<void> {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    inTransaction(this.db, () => this.db.pragma(`user_version = ${version}`));
  }

  async close(): Promise<void> {
    await this.appends.close();
    this.db.close();
  }
}
