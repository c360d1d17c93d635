import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, cardText, listCards, moveCard } from '@shared/board-model';
import type { CreatedWorkshop } from '@shared/protocol';
import { startServer, type RunningServer } from '../app';
import { configFromEnv } from '../config';
import { spawnServer } from '../test-support/server-process';
import {
  TEST_REDIS_URL,
  createSchema,
  databaseUrlFor,
  dropSchema,
  freshSchema,
  servicesFor,
} from '../test-support/services';
import { startTcpProxy } from '../test-support/tcp-proxy';
import { connectSocketIO, connectYWebsocket, onDocChange, waitConverged, waitSaved, waitUntil } from '../test-support/test-clients';
import { apiClient, tempDataDir, testEnv } from '../test-support/test-server';

const available = await servicesFor('postgres', 'redis');
const SECRET = 'a-secret-shared-by-every-instance-of-this-test';
const schema = freshSchema();
const dirs: string[] = [];
const cleanups: (() => unknown)[] = [];

function env(redisUrl = TEST_REDIS_URL): Record<string, string> {
  const dataDir = tempDataDir();
  dirs.push(dataDir);
  return { ...testEnv(dataDir), DATABASE_URL: databaseUrlFor(schema), REDIS_URL: redisUrl, SECRET };
}

async function instance(redisUrl?: string): Promise<RunningServer> {
  const server = await startServer(configFromEnv(env(redisUrl)));
  cleanups.push(() => server.close());
  return server;
}

beforeAll(async () => {
  if (available) await createSchema(schema);
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (available) await dropSchema(schema);
});

describe.skipIf(!available)('two instances on one PostgreSQL and Redis', () => {
  it('converge: a Socket.IO client on each and a y-websocket client on one', async () => {
    const [a, b] = [await instance(), await instance()];
    const { body: workshop } = await apiClient(a.url)<CreatedWorkshop>('POST', '/api/workshops', { title: 'Deux instances' });
    const board = workshop.boards[0]!;
    const [col1, col2] = board.columns.map((c) => c.id) as [string, string];
    const onA = await connectSocketIO(a.url, board.id, workshop.organiserToken);
    const onB = await connectSocketIO(b.url, board.id, workshop.organiserToken);
    const wsOnB = await connectYWebsocket(b.url, board.id, workshop.organiserToken);
    cleanups.push(() => onA.provider.destroy(), () => onB.provider.destroy(), () => wsOnB.provider.destroy());

    addCard(onA.doc, { id: 'card-shared1', column: col1, author: 'a', authorName: 'A', text: 'Les élus' });
    await waitUntil(() => cardText(onB.doc, 'card-shared1') !== null && cardText(wsOnB.doc, 'card-shared1') !== null, onDocChange([onB.doc, wsOnB.doc]), 'card on B');
    cardText(onA.doc, 'card-shared1')!.insert(0, 'A: ');
    cardText(onB.doc, 'card-shared1')!.insert(8, ' + B');
    cardText(wsOnB.doc, 'card-shared1')!.insert(8, ' + ws');
    addCard(onB.doc, { id: 'card-from-b', column: col2, author: 'b', authorName: 'B' });
    moveCard(wsOnB.doc, 'card-shared1', col2, 0);
    await waitConverged([onA.doc, onB.doc, wsOnB.doc]);
    expect(cardText(onA.doc, 'card-shared1')!.toString()).toMatch(/A: .*\+ (B|ws).*\+ (B|ws)/);
    expect(listCards(onA.doc).map((c) => c.column)).toEqual([col2, col2]);
  });

  it('a lock set on one instance refuses writes on the other', async () => {
    const [a, b] = [await instance(), await instance()];
    const api = apiClient(a.url);
    const { body: workshop } = await api<CreatedWorkshop>('POST', '/api/workshops', { title: 'Verrou' });
    const { body: joined } = await api<{ participantToken: string }>('POST', '/api/join', { code: workshop.joinCode, name: 'P' });
    const board = workshop.boards[0]!;
    const facilitator = await connectSocketIO(a.url, board.id, workshop.organiserToken);
    const participant = await connectSocketIO(b.url, board.id, joined.participantToken);
    cleanups.push(() => facilitator.provider.destroy(), () => participant.provider.destroy());
    expect((await facilitator.provider.command({ type: 'lock.set', locked: true })).ok).toBe(true);
    await waitUntil(() => participant.provider.state?.state.locked === true, (cb) => (participant.provider.on('state', cb), () => participant.provider.off('state', cb)), 'lock on B');
    const refused = new Promise<string>((resolve) => participant.provider.once('refused', (r) => resolve(r.error.code)));
    addCard(participant.doc, { id: 'card-refused', column: board.columns[0]!.id, author: 'p', authorName: 'P' });
    expect(await refused).toBe('forbidden');
  });
});

describe.skipIf(!available)('an instance killed with SIGKILL', () => {
  it('loses no acknowledged edit; its clients reconnect to the other and converge', async () => {
    const first = await spawnServer(tempDataDir(), env());
    cleanups.push(() => first.child.kill('SIGKILL'));
    const other = await instance();
    const proxy = await startTcpProxy(Number(new URL(first.url).port));
    cleanups.push(() => proxy.close());
    const { body: workshop } = await apiClient(other.url)<CreatedWorkshop>('POST', '/api/workshops', { title: 'Panne' });
    const board = workshop.boards[0]!;
    const viaProxy = await connectSocketIO(proxy.url, board.id, workshop.organiserToken);
    const onOther = await connectSocketIO(other.url, board.id, workshop.organiserToken);
    cleanups.push(() => viaProxy.provider.destroy(), () => onOther.provider.destroy());

    for (let i = 0; i < 20; i++) addCard(viaProxy.doc, { id: `card-kill-${i}`, column: board.columns[0]!.id, author: 'k', authorName: 'K' });
    await waitSaved(viaProxy.provider);
    first.child.kill('SIGKILL');
    await first.exited;
    proxy.retarget(Number(new URL(other.url).port));
    addCard(viaProxy.doc, { id: 'card-after-kill', column: board.columns[0]!.id, author: 'k', authorName: 'K' });
    addCard(onOther.doc, { id: 'card-on-other', column: board.columns[0]!.id, author: 'o', authorName: 'O' });
    await waitSaved(viaProxy.provider);
    await waitConverged([viaProxy.doc, onOther.doc]);
    expect(listCards(onOther.doc)).toHaveLength(22);
  });
});

describe.skipIf(!available)('Redis stopped and restarted mid-session', () => {
  let redis: ChildProcess | null = null;
  const port = 6390 + Math.floor(Math.random() * 100);
  const startRedis = async () => {
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    // Ready once it accepts connections.
    for (;;) {
      const up = await new Promise<boolean>((resolve) => {
        const s = createConnection({ port, host: '127.0.0.1' }, () => (s.end(), resolve(true)));
        s.on('error', () => resolve(false));
      });
      if (up) return;
      await new Promise((r) => setImmediate(r));
    }
  };
  afterAll(() => redis?.kill('SIGKILL'));

  it('both instances keep serving their clients, then resync and converge', async () => {
    await startRedis();
    const redisUrl = `redis://127.0.0.1:${port}`;
    const [a, b] = [await instance(redisUrl), await instance(redisUrl)];
    const { body: workshop } = await apiClient(a.url)<CreatedWorkshop>('POST', '/api/workshops', { title: 'Redis' });
    const board = workshop.boards[0]!;
    const column = board.columns[0]!.id;
    const onA = await connectSocketIO(a.url, board.id, workshop.organiserToken);
    const onB = await connectSocketIO(b.url, board.id, workshop.organiserToken);
    const alsoOnA = await connectSocketIO(a.url, board.id, workshop.organiserToken);
    cleanups.push(() => onA.provider.destroy(), () => onB.provider.destroy(), () => alsoOnA.provider.destroy());

    const exited = new Promise((resolve) => redis!.once('exit', resolve));
    redis!.kill('SIGKILL');
    await exited;
    // The instance notices the lost connection within a few round trips.
    let readyz = await apiClient(a.url)<{ checks: Record<string, string> }>('GET', '/readyz');
    for (let tries = 0; readyz.status === 200 && tries < 200; tries++) {
      readyz = await apiClient(a.url)<{ checks: Record<string, string> }>('GET', '/readyz');
    }
    expect(readyz.status).toBe(503);
    expect(readyz.body.checks.redis).toBe('disconnected');

    addCard(onA.doc, { id: 'card-during-a', column, author: 'a', authorName: 'A' });
    addCard(onB.doc, { id: 'card-during-b', column, author: 'b', authorName: 'B' });
    await Promise.all([waitSaved(onA.provider), waitSaved(onB.provider)]);
    // Still serving its own clients.
    await waitConverged([onA.doc, alsoOnA.doc]);

    await startRedis();
    await waitConverged([onA.doc, onB.doc, alsoOnA.doc], 20_000);
    expect(listCards(onB.doc).map((c) => c.id).sort()).toEqual(['card-during-a', 'card-during-b']);
  });
});
