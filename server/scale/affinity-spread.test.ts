/**
 * A venue's whole room reaches the server from one public address: a proxy sticky by client
 * address (nginx `ip_hash`) would put everyone on one instance. Behind a proxy that hashes the
 * browser's affinity key instead (`?aff=`, deploy/nginx.conf), long-polling clients from one
 * address spread over the instances and every session keeps reaching the instance that
 * opened it (or Socket.IO answers "Session ID unknown").
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, listCards } from '@shared/board-model';
import type { CreatedWorkshop } from '@shared/protocol';
import { SocketIOProvider } from '../../client/src/sync/socketio-provider';
import { startServer, type RunningServer } from '../app';
import { configFromEnv } from '../config';
import { sessionPorts, startAffinityProxy, type AffinityProxy, type ProxyPolicy } from '../test-support/affinity-proxy';
import { createSchema, databaseUrlFor, dropSchema, freshSchema, servicesFor, TEST_REDIS_URL } from '../test-support/services';
import { onProviderEvent, waitConverged, waitSaved, waitUntil, type SioClient } from '../test-support/test-clients';
import { apiClient, tempDataDir, testEnv } from '../test-support/test-server';

const available = await servicesFor('postgres', 'redis');
const schema = freshSchema();
const dirs: string[] = [];
const cleanups: (() => unknown)[] = [];

/** Keys crc32 sends half to each instance (browser-0…3 to the second, 4…7 to the first). */
const POLLING_KEYS = Array.from({ length: 8 }, (_, i) => `browser-${i}`);
/** Clients that upgrade to WebSocket: the upgrade request must reach the session's instance too. */
const UPGRADING_KEYS = ['browser-8', 'browser-9'];

async function instance(): Promise<RunningServer> {
  const dataDir = tempDataDir();
  dirs.push(dataDir);
  const env = { ...testEnv(dataDir), DATABASE_URL: databaseUrlFor(schema), REDIS_URL: TEST_REDIS_URL, SECRET: 'a-secret-shared-by-both-instances-here' };
  const server = await startServer(configFromEnv(env));
  cleanups.push(() => server.close());
  return server;
}

async function behindProxy(policy: ProxyPolicy): Promise<{ proxy: AffinityProxy; ports: number[]; workshop: CreatedWorkshop }> {
  const [a, b] = [await instance(), await instance()];
  const proxy = await startAffinityProxy([a.port, b.port], policy);
  cleanups.push(() => proxy.close());
  const { body: workshop } = await apiClient(proxy.url)<CreatedWorkshop>('POST', '/api/workshops', { title: 'Une salle, une adresse' });
  return { proxy, ports: [a.port, b.port], workshop };
}

/** A client that never reconnects: a session split between instances ends it for good. */
function open(url: string, boardId: string, token: string, aff: string | undefined, transports: string[]): SioClient {
  const doc = new Y.Doc();
  const query = aff === undefined ? {} : { query: { aff } };
  const provider = new SocketIOProvider(url, boardId, doc, { token, socketOptions: { transports, reconnection: false, ...query } });
  cleanups.push(() => provider.destroy());
  return { doc, provider };
}

async function connectedCount(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return Number(/coatelier_connections\{transport="socketio"\} (\d+)/.exec(text)?.[1]);
}

beforeAll(async () => {
  if (available) await createSchema(schema);
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (available) await dropSchema(schema);
});

describe.skipIf(!available)('one public address, two instances, a proxy hashing the affinity key', () => {
  it('spreads the room over both instances and keeps every session on its own', async () => {
    const { proxy, ports, workshop } = await behindProxy('affinity');
    const board = workshop.boards[0]!;
    const clients = [
      ...POLLING_KEYS.map((aff) => open(proxy.url, board.id, workshop.organiserToken, aff, ['polling'])),
      ...UPGRADING_KEYS.map((aff) => open(proxy.url, board.id, workshop.organiserToken, aff, ['polling', 'websocket'])),
    ];
    let disconnects = 0;
    for (const { provider } of clients) provider.socket.on('disconnect', () => disconnects++);
    await Promise.all(clients.map(({ provider }) => waitUntil(() => provider.synced, onProviderEvent(provider, 'synced'), 'sync')));
    // The upgrade request carries the session id too: it must reach the same instance.
    const upgrading = clients.slice(POLLING_KEYS.length).map(({ provider }) => provider.socket.io.engine);
    await Promise.all(upgrading.map((engine) => engine.transport.name === 'websocket' || new Promise((resolve) => engine.once('upgrade', resolve))));

    clients.forEach(({ doc }, i) => addCard(doc, { id: `card-room-${i}`, column: board.columns[0]!.id, author: `p${i}`, authorName: `P${i}` }));
    await Promise.all(clients.map(({ provider }) => waitSaved(provider)));
    await waitConverged(clients.map(({ doc }) => doc));
    expect(listCards(clients[0]!.doc)).toHaveLength(clients.length);

    // Every session stayed on one instance, and both instances hold some.
    const served = [...sessionPorts(proxy.requests).values()];
    expect(served.length).toBeGreaterThanOrEqual(clients.length);
    expect(served.every((ports) => ports.size === 1)).toBe(true);
    expect(new Set(served.flatMap((p) => [...p]))).toEqual(new Set(ports));
    const counts = await Promise.all(ports.map(connectedCount));
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(counts[0]! + counts[1]!).toBe(clients.length);
    expect(disconnects).toBe(0);
    expect(clients.every(({ provider }) => provider.socket.connected)).toBe(true);
  });

  it('the browser client sends its own key with every request', async () => {
    const { proxy, workshop } = await behindProxy('affinity');
    const board = workshop.boards[0]!;
    const { provider } = open(proxy.url, board.id, workshop.organiserToken, undefined, ['polling']);
    await waitUntil(() => provider.synced, onProviderEvent(provider, 'synced'), 'sync');
    const keys = proxy.requests.filter((r) => r.path === '/socket.io/').map((r) => r.aff);
    expect(keys.length).toBeGreaterThan(1);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[\w-]{12}$/);
  });

  it('control: without stickiness a long-polling session is split and refused', async () => {
    const { proxy, workshop } = await behindProxy('round-robin');
    const { provider } = open(proxy.url, workshop.boards[0]!.id, workshop.organiserToken, 'browser-0', ['polling']);
    await new Promise((resolve) => provider.socket.once('connect_error', resolve));
    expect([...sessionPorts(proxy.requests).values()].some((ports) => ports.size > 1)).toBe(true);
  });
});
