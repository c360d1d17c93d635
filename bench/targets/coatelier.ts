/**
 * Coatelier under load: one instance on SQLite in a temporary folder, or several sharing
 * PostgreSQL (a schema of their own, dropped at the end) and Redis. Clients are split
 * between Socket.IO and y-websocket by `wsShare`, and between the instances in turn.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { LIMITS } from '../../shared/limits';
import type { BoardInfo, CreatedWorkshop, JoinResult } from '../../shared/protocol';
import { coatelierServerScript, startChild, stopChild } from './server-child';
import { wsBase, type BoardRef, type Target } from './target';

export interface CoatelierSettings {
  instances: number;
  wsShare: number;
  databaseUrl: string;
  redisUrl: string;
  profileDir: string | null;
}

const SERVER = coatelierServerScript();

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function sql(databaseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(statement);
  await client.end();
}

export async function startCoatelier(s: CoatelierSettings): Promise<Target> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'coatelier-bench-'));
  const env: NodeJS.ProcessEnv = {
    DATA_DIR: dataDir,
    SECRET: 'benchmark-secret-shared-by-all-instances',
    // Every simulated person connects from 127.0.0.1: the per-address cap would stop a 1,000-client run.
    MAX_CONNECTIONS_PER_ADDRESS: '100000',
  };
  const schema = s.instances > 1 ? `coatelier_bench_${process.pid}_${Date.now()}` : null;
  if (schema) {
    await sql(s.databaseUrl, `CREATE SCHEMA ${schema}`);
    const url = new URL(s.databaseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    Object.assign(env, { DATABASE_URL: url.toString(), REDIS_URL: s.redisUrl });
  }
  const servers = await Promise.all(Array.from({ length: s.instances }, () => startChild(SERVER, env, s.profileDir)));
  const api = `${servers[0]!.url}/api`;
  const codes = new Map<string, string>();

  const createBoards = async (count: number): Promise<BoardRef[]> => {
    const boards: BoardRef[] = [];
    // A workshop holds at most maxBoardsPerWorkshop boards: more boards take more workshops.
    while (boards.length < count) {
      const workshop = await post<CreatedWorkshop>(`${api}/workshops`, { title: 'Benchmark', template: 'blank' });
      const own: BoardInfo[] = [workshop.boards[0]!];
      const wanted = Math.min(count - boards.length, LIMITS.maxBoardsPerWorkshop);
      while (own.length < wanted) {
        own.push(await post<BoardInfo>(`${api}/workshops/${workshop.id}/boards`, { title: `B${own.length}`, columns: ['Idées'] }, workshop.organiserToken));
      }
      for (const b of own) {
        codes.set(b.id, workshop.joinCode);
        boards.push({ id: b.id, column: b.columns[0]!.id, readerToken: workshop.organiserToken });
      }
    }
    return boards;
  };

  return {
    name: 'coatelier',
    durable: true,
    servers,
    transports: [
      { transport: 'socketio', share: 1 - s.wsShare },
      { transport: 'ywebsocket', share: s.wsShare },
    ],
    createBoards,
    join: async (board, n) => {
      const joined = await post<JoinResult>(`${api}/join`, { code: codes.get(board.id), name: `Sim ${n}` });
      return { token: joined.participantToken, participantId: joined.participantId };
    },
    endpoint: (instance) => {
      const url = servers[instance % servers.length]!.url;
      return { url, wsUrl: `${wsBase(url)}/yjs` };
    },
    stop: async () => {
      await Promise.all(servers.map(stopChild));
      rmSync(dataDir, { recursive: true, force: true });
      if (schema) await sql(s.databaseUrl, `DROP SCHEMA ${schema} CASCADE`);
    },
  };
}
