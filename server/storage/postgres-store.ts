/**
 * PostgreSQL storage (DATABASE_URL), for several instances sharing one database. Every
 * write commits before it resolves, so the durability promise is the same as SQLite's.
 * Migrations run under an advisory lock, so instances starting together do not race.
 */
import pg from 'pg';
import type { FacilitationState } from '@shared/facilitation';
import type { Vote, VoteRefusal } from '@shared/votes';
import { POSTGRES_MIGRATIONS } from './postgres-migrations';
import { PostgresExclusive } from './postgres-exclusive';
import { PostgresHistory } from './postgres-history';
import { PostgresPublications } from './postgres-publications';
import { PostgresModeration } from './postgres-moderation';
import { sharedSecret } from './postgres-settings';
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
import { JoinCodeTakenError } from './storage';

/** Any number: shared by every Coatelier instance so that only one migrates at a time. */
const MIGRATION_LOCK = 7_164_031;

const isJoinCodeConflict = (err: unknown) =>
  (err as { code?: string; constraint?: string }).code === '23505' &&
  (err as { constraint?: string }).constraint === 'workshops_join_code_key';
const bytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const ignoreLostConnection = () => undefined;

export interface PostgresOptions {
  connectionString: string;
  /** A schema of its own (created if missing), e.g. one per test run. */
  schema?: string;
}

export class PostgresStore implements Storage {
  private closing: Promise<void> | null = null;
  readonly history: PostgresHistory;
  readonly publications: PostgresPublications;
  readonly moderation: PostgresModeration;

  private constructor(private readonly pool: pg.Pool) {
    this.history = new PostgresHistory(pool, (work) => this.transaction(work));
    this.publications = new PostgresPublications(pool);
    this.moderation = new PostgresModeration(pool, (work) => this.transaction(work));
  }

  static async open(options: PostgresOptions): Promise<PostgresStore> {
    const schema = options.schema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: 10,
      // A database that stops answering (a dropped route, not a refusal) fails calls instead of
      // queueing them for ever; keepalive finds connections the network silently lost.
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // A connection lost while idle is dropped from the pool; the next call opens another.
    pool.on('error', ignoreLostConnection);
    const store = new PostgresStore(pool);
    try {
      await store.migrate(schema);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return store;
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // A connection lost mid-transaction fails the query under way, which is how the caller
    // hears of it; its 'error' event, with nobody listening, would end the whole process.
    client.on('error', ignoreLostConnection);
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      // A connection that cannot even roll back is broken: destroy it instead of pooling it.
      broken = await client.query('ROLLBACK').then(
        () => false,
        () => true,
      );
      throw err;
    } finally {
      client.off('error', ignoreLostConnection);
      client.release(broken);
    }
  }

  private async migrate(schema: string | undefined): Promise<void> {
    await this.transaction(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      // Under the lock: concurrent CREATE SCHEMA IF NOT EXISTS can still fail on a duplicate key.
      if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)');
      const { rows } = await c.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
      for (let v = rows[0]?.v ?? 0; v < POSTGRES_MIGRATIONS.length; v++) {
        await c.query(POSTGRES_MIGRATIONS[v] as string);
        await c.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [v + 1, Date.now()]);
      }
    });
  }

  async loadBoard(boardId: string): Promise<StoredBoardState> {
    const { rows } = await this.pool.query<{ seq: string; data: Buffer }>(
      'SELECT seq, data FROM board_updates WHERE board_id = $1 ORDER BY seq',
      [boardId],
    );
    return { updates: rows.map((r) => bytes(r.data)), seqs: rows.map((r) => Number(r.seq)) };
  }

  async appendUpdate(boardId: string, update: Uint8Array): Promise<number> {
    const { rows } = await this.pool.query<{ seq: string }>(
      'INSERT INTO board_updates (board_id, data) VALUES ($1, $2) RETURNING seq',
      [boardId, Buffer.from(update)],
    );
    return Number(rows[0]!.seq);
  }

  async compact(boardId: string, snapshot: Uint8Array, seqs: number[]): Promise<number> {
    return this.transaction(async (c) => {
      await c.query('DELETE FROM board_updates WHERE board_id = $1 AND seq = ANY($2::bigint[])', [boardId, seqs]);
      const { rows } = await c.query<{ seq: string }>(
        'INSERT INTO board_updates (board_id, data) VALUES ($1, $2) RETURNING seq',
        [boardId, Buffer.from(snapshot)],
      );
      return Number(rows[0]!.seq);
    });
  }

  async createWorkshop(w: WorkshopRecord, boards: BoardRecord[]): Promise<void> {
    try {
      await this.transaction(async (c) => {
        await c.query(
          `INSERT INTO workshops (id, title, date, place, join_code, created_at, archived_at, link_generations, retention_days, anonymised_at, demo)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [w.id, w.title, w.date, w.place, w.joinCode, w.createdAt, w.archivedAt, JSON.stringify(w.linkGenerations), w.retentionDays, w.anonymisedAt, w.demo === true],
        );
        for (const b of boards) await this.insertBoardWith(c, b);
      });
    } catch (err) {
      throw isJoinCodeConflict(err) ? new JoinCodeTakenError() : err;
    }
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const { rows } = await this.pool.query<WorkshopRow>('SELECT * FROM workshops WHERE id = $1', [id]);
    return rows[0] ? toWorkshop(rows[0]) : null;
  }

  async findWorkshopByCode(joinCode: string): Promise<WorkshopRecord | null> {
    const { rows } = await this.pool.query<WorkshopRow>('SELECT * FROM workshops WHERE join_code = $1', [joinCode]);
    return rows[0] ? toWorkshop(rows[0]) : null;
  }

  async updateWorkshop(id: string, patch: WorkshopPatch): Promise<void> {
    const columns = workshopColumns(patch);
    const set = Object.entries(columns).filter(([, v]) => v !== undefined);
    if (set.length === 0) return;
    try {
      await this.pool.query(
        `UPDATE workshops SET ${set.map(([column], i) => `${column} = $${i + 2}`).join(', ')} WHERE id = $1`,
        [id, ...set.map(([, v]) => v)],
      );
    } catch (err) {
      throw isJoinCodeConflict(err) ? new JoinCodeTakenError() : err;
    }
  }

  async listBoards(workshopId: string): Promise<BoardRecord[]> {
    const { rows } = await this.pool.query<BoardRow>('SELECT * FROM boards WHERE workshop_id = $1 ORDER BY position, id', [
      workshopId,
    ]);
    return rows.map(toBoard);
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const { rows } = await this.pool.query<BoardRow>('SELECT * FROM boards WHERE id = $1', [id]);
    return rows[0] ? toBoard(rows[0]) : null;
  }

  private async insertBoardWith(c: pg.PoolClient | pg.Pool, b: BoardRecord): Promise<void> {
    await c.query(
      `INSERT INTO boards (id, workshop_id, title, position, columns, kind, table_name, source_board_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [b.id, b.workshopId, b.title, b.position, JSON.stringify(b.columns), b.kind, b.table, b.sourceBoardId],
    );
  }

  insertBoard(board: BoardRecord): Promise<void> {
    return this.insertBoardWith(this.pool, board);
  }

  async updateBoard(id: string, patch: Partial<Pick<BoardRecord, 'title' | 'position' | 'columns'>>): Promise<void> {
    await this.pool.query(
      `UPDATE boards SET title = COALESCE($2, title), position = COALESCE($3, position),
         columns = COALESCE($4::jsonb, columns) WHERE id = $1`,
      [id, patch.title ?? null, patch.position ?? null, patch.columns ? JSON.stringify(patch.columns) : null],
    );
  }

  async deleteBoard(id: string): Promise<void> {
    await this.transaction((c) => this.deleteBoardWith(c, id));
  }

  private async deleteBoardWith(c: pg.PoolClient, id: string): Promise<void> {
    // The board's document and its private drafts (`<id>:drafts:<participant>`).
    await c.query('DELETE FROM board_updates WHERE board_id = $1 OR starts_with(board_id, $2)', [id, `${id}:`]);
    await c.query('DELETE FROM board_facilitation WHERE board_id = $1', [id]);
    await c.query('DELETE FROM votes WHERE board_id = $1', [id]);
    await c.query('DELETE FROM trash WHERE board_id = $1', [id]);
    await c.query('DELETE FROM checkpoints WHERE board_id = $1', [id]);
    await c.query('DELETE FROM boards WHERE id = $1', [id]);
  }

  async deleteWorkshop(id: string): Promise<void> {
    await this.transaction(async (c) => {
      const { rows } = await c.query<{ id: string }>('SELECT id FROM boards WHERE workshop_id = $1', [id]);
      for (const board of rows) await this.deleteBoardWith(c, board.id);
      await c.query('DELETE FROM participants WHERE workshop_id = $1', [id]);
      await c.query('DELETE FROM workshops WHERE id = $1', [id]);
    });
  }

  async addParticipant(p: NewParticipant): Promise<void> {
    await this.pool.query(`INSERT INTO participants (${PARTICIPANT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      p.id,
      p.workshopId,
      p.name,
      p.joinedAt,
      p.kind ?? null,
      p.organisation ?? null,
      p.role ?? null,
    ]);
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    const { rows } = await this.pool.query<ParticipantRow>(
      `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE workshop_id = $1 ORDER BY joined_at, id`,
      [workshopId],
    );
    return rows.map(toParticipant);
  }

  async getParticipant(id: string): Promise<ParticipantRecord | null> {
    const { rows } = await this.pool.query<ParticipantRow>(`SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE id = $1`, [id]);
    return rows[0] ? toParticipant(rows[0]) : null;
  }

  async updateParticipant(id: string, patch: ParticipantPatch): Promise<void> {
    const set = participantColumns(patch);
    if (set.length === 0) return;
    await this.pool.query(`UPDATE participants SET ${set.map(([column], i) => `${column} = $${i + 2}`).join(', ')} WHERE id = $1`, [
      id,
      ...set.map(([, v]) => v),
    ]);
  }

  async listExpiredWorkshops(now: number): Promise<WorkshopRecord[]> {
    const { rows } = await this.pool.query<WorkshopRow>(
      'SELECT * FROM workshops WHERE archived_at IS NOT NULL AND retention_days IS NOT NULL AND anonymised_at IS NULL AND archived_at + retention_days::bigint * 86400000 <= $1',
      [now],
    );
    return rows.map(toWorkshop);
  }

  async listDemoWorkshops(createdBefore: number): Promise<WorkshopRecord[]> {
    const { rows } = await this.pool.query<WorkshopRow>('SELECT * FROM workshops WHERE demo AND created_at <= $1', [createdBefore]);
    return rows.map(toWorkshop);
  }

  async getFacilitation(boardId: string): Promise<FacilitationState | null> {
    const { rows } = await this.pool.query<{ state: FacilitationState }>(
      'SELECT state FROM board_facilitation WHERE board_id = $1',
      [boardId],
    );
    return rows[0]?.state ?? null;
  }

  async setFacilitation(boardId: string, state: FacilitationState): Promise<void> {
    await this.pool.query(
      `INSERT INTO board_facilitation (board_id, state) VALUES ($1, $2)
       ON CONFLICT (board_id) DO UPDATE SET state = excluded.state`,
      [boardId, JSON.stringify(state)],
    );
  }

  async listVotes(boardId: string): Promise<Vote[]> {
    const { rows } = await this.pool.query<Vote>(
      'SELECT participant_id AS "participantId", card_id AS "cardId" FROM votes WHERE board_id = $1 ORDER BY id',
      [boardId],
    );
    return rows;
  }

  async castVote(boardId: string, vote: Vote, check: (mine: Vote[]) => VoteRefusal | null) {
    return this.transaction(async (c): Promise<VoteRefusal | null> => {
      // One participant's casts are serialised (across instances), so the budget holds.
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${boardId}:${vote.participantId}`]);
      const { rows } = await c.query<Vote>(
        'SELECT participant_id AS "participantId", card_id AS "cardId" FROM votes WHERE board_id = $1 AND participant_id = $2',
        [boardId, vote.participantId],
      );
      const refusal = check(rows);
      if (refusal) return refusal;
      await c.query('INSERT INTO votes (board_id, participant_id, card_id) VALUES ($1, $2, $3)', [
        boardId,
        vote.participantId,
        vote.cardId,
      ]);
      return null;
    });
  }

  async withdrawVote(boardId: string, vote: Vote): Promise<VoteRefusal | null> {
    const { rowCount } = await this.pool.query(
      `DELETE FROM votes WHERE id = (SELECT id FROM votes WHERE board_id = $1 AND participant_id = $2 AND card_id = $3
       ORDER BY id DESC LIMIT 1)`,
      [boardId, vote.participantId, vote.cardId],
    );
    return rowCount ? null : 'no_vote_to_withdraw';
  }

  async clearVotes(boardId: string): Promise<void> {
    await this.pool.query('DELETE FROM votes WHERE board_id = $1', [boardId]);
  }

  async insertVotes(boardId: string, votes: Vote[]): Promise<void> {
    if (votes.length === 0) return;
    await this.pool.query(
      'INSERT INTO votes (board_id, participant_id, card_id) SELECT $1, * FROM unnest($2::text[], $3::text[])',
      [boardId, votes.map((v) => v.participantId), votes.map((v) => v.cardId)],
    );
  }

  async reassignVotes(boardId: string, fromCardIds: string[], toCardId: string): Promise<void> {
    await this.pool.query('UPDATE votes SET card_id = $3 WHERE board_id = $1 AND card_id = ANY($2::text[])', [
      boardId,
      fromCardIds,
      toCardId,
    ]);
  }

  /** Advisory locks, not process memory: the instances sharing this database all obey them. */
  private locks: PostgresExclusive | null = null;
  exclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    return (this.locks ??= new PostgresExclusive(this.pool)).run(key, work);
  }

  async listDocuments(prefix: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      'SELECT DISTINCT board_id AS id FROM board_updates WHERE left(board_id, $1) = $2',
      [prefix.length, prefix],
    );
    return rows.map((r) => r.id);
  }

  sharedSecret(candidate: () => Uint8Array): Promise<Uint8Array> {
    return sharedSecret(this.pool, candidate);
  }

  /**
   * A write transaction: taking a transaction id fails on a read-only database or a standby,
   * and its commit is flushed to the WAL like any edit's.
   */
  async ping(): Promise<void> {
    await this.transaction((c) => c.query('SELECT txid_current()'));
  }

  /** Safe to call twice (pg refuses a second end), like SQLite's close. */
  close(): Promise<void> {
    return (this.closing ??= this.pool.end());
  }
}
