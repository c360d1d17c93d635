/**
 * Demo workshops ("Découvrir avec un exemple") are marked as such and deleted by the
 * retention job once DEMO_LIFETIME_HOURS have passed, through the path a deleted board takes:
 * the sessions on it are ended, and nothing of it is left in storage. The clock is injected.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreatedWorkshop, WorkshopInfo } from '@shared/protocol';
import { openRaw } from '../security/live-harness';
import { withTimeout } from '../security/live-timing';
import { startTestServer, type TestServer } from '../test-support/test-server';

const HOUR = 60 * 60 * 1_000;

/** Each test has a server of its own: a retention run deletes every demo past its lifetime. */
let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.dispose());

async function create(s: TestServer, body: Record<string, unknown>) {
  return s.request<CreatedWorkshop>('POST', '/api/workshops', { title: 'Exemple', ...body });
}

describe('demo workshops', () => {
  it('are stored and returned as demos; a workshop is not one unless asked; anything but a boolean is refused', async () => {
    const demo = await create(server, { demo: true });
    expect(demo.status).toBe(201);
    expect(demo.body.demo).toBe(true);
    const read = await server.request<WorkshopInfo>('GET', `/api/workshops/${demo.body.id}`, undefined, demo.body.organiserToken);
    expect(read.body.demo).toBe(true);

    const normal = await create(server, {});
    expect(normal.body.demo).toBe(false);
    expect((await create(server, { demo: 'yes' })).status).toBe(400);
  });

  it('are deleted with everything they hold one lifetime after creation, their sessions ended; other workshops stay', async () => {
    const demo = (await create(server, { demo: true })).body;
    const normal = (await create(server, {})).body;
    const anna = await server.join(demo.joinCode, 'Anna');
    const board = demo.boards[0]!;
    const client = await openRaw('socket.io', server.url, board.id, anna.participantToken);

    // Within its lifetime, nothing happens.
    expect(await server.retention.runOnce(demo.createdAt + 23 * HOUR)).toBe(0);
    expect((await server.request('GET', `/api/workshops/${demo.id}`, undefined, demo.organiserToken)).status).toBe(200);

    expect(await server.retention.runOnce(demo.createdAt + 24 * HOUR)).toBe(1);
    expect(await withTimeout(client.ended, 5_000, 'the session on the demo ended')).toEqual({ code: 'not_found', reason: 'board_deleted' });
    client.close();
    // Its tokens open nothing any more, and its code admits nobody.
    expect((await server.request('GET', `/api/workshops/${demo.id}`, undefined, demo.organiserToken)).status).toBe(401);
    expect((await server.request('POST', '/api/join', { code: demo.joinCode, name: 'Léo' })).status).toBe(404);
    // A workshop that is not a demo, older still, is kept.
    expect((await server.request('GET', `/api/workshops/${normal.id}`, undefined, normal.organiserToken)).status).toBe(200);
    // The next run finds nothing more to delete.
    expect(await server.retention.runOnce(demo.createdAt + 48 * HOUR)).toBe(0);
  });

  it('are kept for ever with DEMO_LIFETIME_HOURS=0', async () => {
    const keeping = await startTestServer({ DEMO_LIFETIME_HOURS: '0' });
    try {
      const demo = (await create(keeping, { demo: true })).body;
      expect(await keeping.retention.runOnce(demo.createdAt + 1_000 * 24 * HOUR)).toBe(0);
      expect((await keeping.request('GET', `/api/workshops/${demo.id}`, undefined, demo.organiserToken)).status).toBe(200);
    } finally {
      await keeping.dispose();
    }
  });
});
