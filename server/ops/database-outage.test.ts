/**
 * PostgreSQL going away under a live room: reached through a TCP proxy that is pointed at a
 * closed port while the server's connections are terminated, then pointed back.
 */
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, listCards } from '@shared/board-model';
import type { CreatedWorkshop } from '@shared/protocol';
import { SocketIOProvider } from '../../client/src/sync/socketio-provider';
import { startServer, type RunningServer } from '../app';
import { configFromEnv } from '../config';
import { PostgresStore } from '../storage/postgres-store';
import type { Storage } from '../storage/storage';
import { TEST_DATABASE_URL, createSchema, databaseUrlFor, dropSchema, freshSchema, servicesFor } from '../test-support/services';
import { startTcpProxy, type TcpProxy } from '../test-support/tcp-proxy';
import { connectSocketIO, connectYWebsocket, onDocChange, waitConverged, waitSaved, waitUntil } from '../test-support/test-clients';
import { apiClient, tempDataDir, testEnv } from '../test-support/test-server';

const available = await servicesFor('postgres');
const schema = freshSchema();
const SECRET = 'a-secret-shared-by-both-servers-of-this-test';
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  if (available) await createSchema(schema);
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  if (available) await dropSchema(schema);
});

async function admin<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A port nothing listens on: connections to it are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The database through `proxy`, its sessions named so that the test can cut them. */
function throughProxy(proxy: TcpProxy, applicationName: string): string {
  const url = new URL(databaseUrlFor(schema));
  url.host = new URL(proxy.url).host;
  url.searchParams.set('application_name', applicationName);
  return url.toString();
}

/** Ends every session of the store, as a database restart does. */
function terminateSessions(applicationName: string) {
  return admin('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
}

/** The store, telling the test each time a board's update fails to be stored. */
function watchWrites(store: PostgresStore) {
  const failures = { count: 0, listeners: new Set<() => void>() };
  const watched = new Proxy(store, {
    get(target, key) {
      if (key === 'appendUpdate') {
        return async (boardId: string, update: Uint8Array) => {
          try {
            return await target.appendUpdate(boardId, update);
          } catch (err) {
            failures.count++;
            for (const l of failures.listeners) l();
            throw err;
          }
        };
      }
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as Storage;
  const onFailure = (cb: () => void) => (failures.listeners.add(cb), () => failures.listeners.delete(cb));
  return { watched, failures, onFailure };
}

/** A browser's provider connecting during the outage: resolves once its handshake was turned away. */
async function arriving(url: string, boardId: string, token: string) {
  const doc = new Y.Doc();
  const provider = new SocketIOProvider(url, boardId, doc, {
    token,
    socketOptions: { transports: ['websocket'], reconnectionDelay: 50, reconnectionDelayMax: 200 },
  });
  await new Promise<void>((resolve) => provider.socket.io.once('close', () => resolve()));
  expect(provider.synced).toBe(false);
  return { doc, provider };
}

async function startOn(storage: Storage | null): Promise<RunningServer> {
  const dataDir = tempDataDir();
  const env = testEnv(dataDir, { DATABASE_URL: databaseUrlFor(schema), SECRET });
  const server = await startServer(configFromEnv(env), storage ? { storage } : {});
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  return server;
}

describe.skipIf(!available)('PostgreSQL unreachable for a while', () => {
  it('keeps clients editing, acknowledges nothing until stored, answers 503, then stores everything', async () => {
    const pgPort = Number(new URL(TEST_DATABASE_URL).port || 5432);
    const proxy = await startTcpProxy(pgPort);
    cleanups.push(() => proxy.close());
    const appName = `outage_${schema}`;
    const { watched, failures, onFailure } = watchWrites(await PostgresStore.open({ connectionString: throughProxy(proxy, appName) }));
    const server = await startOn(watched);
    let closed = false;
    cleanups.push(() => closed || server.close());
    const api = apiClient(server.url);
    const { body: workshop } = await api<CreatedWorkshop>('POST', '/api/workshops', { title: 'Panne' });
    const board = workshop.boards[0]!;
    const column = board.columns[0]!.id;
    const sio = await connectSocketIO(server.url, board.id, workshop.organiserToken);
    const ws = await connectYWebsocket(server.url, board.id, workshop.organiserToken);
    cleanups.push(() => sio.provider.destroy(), () => ws.provider.destroy());
    const card = (doc: typeof sio.doc, id: string) => addCard(doc, { id, column, author: 'o', authorName: 'O' });
    const ids = (doc: typeof sio.doc) => listCards(doc).map((c) => c.id).sort();

    card(sio.doc, 'card-before');
    await waitSaved(sio.provider);

    // The database goes away: new connections refused, open ones cut.
    proxy.retarget(await closedPort());
    await terminateSessions(appName);
    let outage = true;
    let acknowledgedDuringOutage = false;
    sio.provider.on('saved', (saved) => (acknowledgedDuringOutage ||= saved && outage));
    const during = ['card-sio-1', 'card-sio-2', 'card-sio-3'];
    for (const id of during) card(sio.doc, id);
    card(ws.doc, 'card-ws-1');
    card(ws.doc, 'card-ws-2');
    // Someone arriving (or a phone reconnecting) meanwhile: their token cannot be checked.
    const late = await arriving(server.url, board.id, workshop.organiserToken);
    cleanups.push(() => late.provider.destroy());
    // Several attempts fail (with backoff) while the clients keep their edits.
    await waitUntil(() => failures.count >= 3, onFailure, 'failed writes');
    const ready = await api<{ status: string; checks: Record<string, string> }>('GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.checks.storage).not.toBe('ok');
    expect(sio.provider.saved).toBe(false);
    expect(sio.provider.status).toBe('connected');
    expect(ws.provider.wsconnected).toBe(true);
    // Nothing unstored was relayed: each client has only its own edits.
    expect(ids(sio.doc)).not.toContain('card-ws-1');
    expect(ids(ws.doc)).not.toContain('card-sio-1');

    // The database is back: every edit is stored, acknowledged, then relayed.
    outage = false;
    proxy.retarget(pgPort);
    await waitSaved(sio.provider);
    const all = ['card-before', ...during, 'card-ws-1', 'card-ws-2'].sort();
    await waitUntil(() => ids(sio.doc).length === all.length && ids(ws.doc).length === all.length, onDocChange([sio.doc, ws.doc]), 'every card');
    await waitConverged([sio.doc, ws.doc]);
    expect(ids(sio.doc)).toEqual(all);
    // The one turned away while the database was gone got in by itself once it was back.
    await waitUntil(() => late.provider.synced && ids(late.doc).length === all.length, onDocChange([late.doc]), 'late arrival');
    expect(acknowledgedDuringOutage).toBe(false);
    let readyAgain = await api('GET', '/readyz');
    // Within a second of the last probe the outage's answer stands: probe until it is renewed.
    while (readyAgain.status !== 200) readyAgain = await api('GET', '/readyz');

    sio.provider.destroy();
    ws.provider.destroy();
    await server.close();
    closed = true;

    // A fresh server on the same database reads every edit back.
    const fresh = await startOn(null);
    cleanups.push(() => fresh.close());
    const reader = await connectSocketIO(fresh.url, board.id, workshop.organiserToken);
    cleanups.push(() => reader.provider.destroy());
    expect(ids(reader.doc)).toEqual(all);
  });

  it('a connection cut inside a transaction fails that call, not the process', async () => {
    const appName = `cut_${schema}`;
    const url = new URL(databaseUrlFor(schema));
    url.searchParams.set('application_name', appName);
    const store = await PostgresStore.open({ connectionString: url.toString() });
    cleanups.push(() => store.close());
    // Another session holds the lock a vote takes, so the vote's transaction waits inside.
    const holder = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await holder.connect();
    cleanups.push(() => holder.end());
    await holder.query("SELECT pg_advisory_lock(hashtext('board-cut:p1'))");
    const vote = store.castVote('board-cut', { participantId: 'p1', cardId: 'c1' }, () => null).then(
      () => 'stored',
      (err: Error) => err.message,
    );
    const waiting = () =>
      admin("SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'", [appName]);
    while ((await waiting()).length === 0) await new Promise((resolve) => setImmediate(resolve));
    await terminateSessions(appName);
    expect(await vote).toMatch(/terminat/);
    await holder.query("SELECT pg_advisory_unlock(hashtext('board-cut:p1'))");
    // The pool opens a new connection for the next call.
    expect(await store.castVote('board-cut', { participantId: 'p1', cardId: 'c1' }, () => null)).toBeNull();
    expect(await store.listVotes('board-cut')).toEqual([{ participantId: 'p1', cardId: 'c1' }]);
  });
});
