/**
 * Instances on one PostgreSQL database without SECRET sign with the same secret, kept in the
 * database: a token one of them issues opens the workshop on the other, even when they
 * started at the same time. SECRET, when set, still wins.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedWorkshop, WorkshopInfo } from '@shared/protocol';
import { startServer, type RunningServer } from '../app';
import { configFromEnv } from '../config';
import { createSchema, databaseUrlFor, dropSchema, freshSchema, servicesFor } from '../test-support/services';
import { apiClient, tempDataDir, testEnv } from '../test-support/test-server';

const available = await servicesFor('postgres');
const schema = freshSchema();
const dirs: string[] = [];
const servers: RunningServer[] = [];
beforeAll(async () => {
  if (available) await createSchema(schema);
});
afterAll(async () => {
  for (const s of servers) await s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (available) await dropSchema(schema);
});

/** An instance with its own DATA_DIR on the shared schema. */
async function instance(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = tempDataDir();
  dirs.push(dataDir);
  const server = await startServer(configFromEnv(testEnv(dataDir, { DATABASE_URL: databaseUrlFor(schema), ...env })));
  servers.push(server);
  return server;
}

describe.skipIf(!available)('instances on one PostgreSQL database without SECRET', () => {
  it('accept each other’s tokens, though they started at the same time', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    const { body: created } = await apiClient(a.url)<CreatedWorkshop>('POST', '/api/workshops', { title: 'Deux instances' });
    const onB = await apiClient(b.url)<WorkshopInfo>('GET', `/api/workshops/${created.id}`, undefined, created.organiserToken);
    expect(onB.status).toBe(200);
    expect(onB.body.title).toBe('Deux instances');

    // One started later reads the same secret back.
    const c = await instance();
    const onC = await apiClient(c.url)('GET', `/api/workshops/${created.id}`, undefined, created.organiserToken);
    expect(onC.status).toBe(200);
  });

  it('but one with SECRET signs with SECRET alone', async () => {
    const plain = await instance();
    const withSecret = await instance({ SECRET: 'an-operator-secret-of-at-least-32-characters' });
    const { body: created } = await apiClient(plain.url)<CreatedWorkshop>('POST', '/api/workshops', { title: 'Secret' });
    expect((await apiClient(withSecret.url)('GET', `/api/workshops/${created.id}`, undefined, created.organiserToken)).status).toBe(401);
    const { body: other } = await apiClient(withSecret.url)<CreatedWorkshop>('POST', '/api/workshops', { title: 'Autre' });
    expect((await apiClient(plain.url)('GET', `/api/workshops/${other.id}`, undefined, other.organiserToken)).status).toBe(401);
  });
});
