/**
 * PostgreSQL storage (DATABASE_URL), for several instances sharing one database. Every
 * write commits before it resolves, so the durability promise is the same as SQLite's.
 * Migrations run under an advisory lock, so instances starting together do not race.
 */
import pg from 'pg';
import type { FacilitationState } from '@shared/facilitation';
import type { ColumnInfo, LinkGenerations } from '@shared/protocol';
import type { Vote, VoteRefusal } from '@shared/votes';
import { POSTGRES_MIGRATIONS } from './postgres-migrations';
import type {
  BoardRecord,
  ParticipantRecord,
  Storage,
  StoredBoardState,
  WorkshopPatch,
  WorkshopRecord,
} from './storage';
import { JoinCodeTakenError } from './storage';

/** Any number: shared by every Coatelier instance so that only one migrates at a time. */
const MIGRATION_LOCK = 7_164_031;

interface WorkshopRow {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  join_code: string;
  created_at: string;
  archived_at: string | null;
  link_generations: LinkGenerations;
}
interface BoardRow {
  id: string;
  workshop_id: string;
  title: string;
  position: number;
  columns: ColumnInfo[];
}

const toWorkshop = (r: WorkshopRow): WorkshopRecord => ({
  id: r.id,
  title: r.title,
  date: r.date,
  place: r.place,
  joinCode: r.join_code,
  createdAt: Number(r.created_at),
  archivedAt: r.archived_at === null ? null : Number(r.archived_at),
  linkGenerations: r.link_generations,
});
const toBoard = (r: BoardRow): BoardRecord => ({
  id: r.id,
  workshopId: r.workshop_id,
  title: r.title,
  position: r.position,
  columns: r.columns,
});
const isJoinCodeConflict = (err: unknown) =>
  (err as { code?: string; constraint?: string }).code === '23505' &&
  (err as { constraint?: string }).constraint === 'workshops_join_code_key';
const bytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export interface PostgresOptions {
  connectionString: string;
  /** A schema of its own (created if missing), e.g. one per test run. */
  schema?: string;
}

export class PostgresStore implements Storage {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(options: PostgresOptions): Promise<PostgresStore> {
    const schema = options.schema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    pool.on('error', () => undefined); // An idle client's error surfaces on its next query.
    const store = new PostgresStore(pool);
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await store.migrate();
    return store;
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
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
          `INSERT INTO workshops (id, title, date, place, join_code, created_at, archived_at, link_generations)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [w.id, w.title, w.date, w.place, w.joinCode, w.createdAt, w.archivedAt, JSON.stringify(w.linkGenerations)],
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
    const columns = {
      title: patch.title,
      date: patch.date,
      place: patch.place,
      join_code: patch.joinCode,
      archived_at: patch.archivedAt,
      link_generations: patch.linkGenerations && JSON.stringify(patch.linkGenerations),
    };
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
    await c.query('INSERT INTO boards (id, workshop_id, title, position, columns) VALUES ($1, $2, $3, $4, $5)', [
      b.id,
      b.workshopId,
      b.title,
      b.position,
      JSON.stringify(b.columns),
    ]);
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
    await this.transaction(async (c) => {
      await c.query('DELETE FROM board_updates WHERE board_id = $1', [id]);
      await c.query('DELETE FROM boards WHERE id = $1', [id]);
    });
  }

  async addParticipant(p: ParticipantRecord): Promise<void> {
    await this.pool.query('INSERT INTO participants (id, workshop_id, name, joined_at) VALUES ($1, $2, $3, $4)', [
      p.id,
      p.workshopId,
      p.name,
      p.joinedAt,
    ]);
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    const { rows } = await this.pool.query<{ id: string; workshopId: string; name: string; joinedAt: string }>(
      `SELECT id, workshop_id AS "workshopId", name, joined_at AS "joinedAt" FROM participants
       WHERE workshop_id = $1 ORDER BY joined_at, id`,
      [workshopId],
    );
    return rows.map((r) => ({ ...r, joinedAt: Number(r.joinedAt) }));
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

  async listDocuments(prefix: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      'SELECT DISTINCT board_id AS id FROM board_updates WHERE left(board_id, $1) = $2',
      [prefix.length, prefix],
    );
    return rows.map((r) => r.id);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
