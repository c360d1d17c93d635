import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard } from '@shared/board-model';
import type { CreatedWorkshop, JoinResult } from '@shared/protocol';
import type { SocketIOProvider } from '../../client/src/sync/socketio-provider';
import { connectSocketIO, connectYWebsocket, type SioClient } from '../test-support/test-clients';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;
let alice: JoinResult;
let open: SioClient;

const nextArchived = (provider: SocketIOProvider) => new Promise<boolean>((resolve) => provider.once('archived', resolve));
const archive = (archived: boolean) => server.request('POST', `/api/workshops/${workshop.id}/archive`, { archived }, workshop.organiserToken);

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Archivé en direct');
  alice = await server.join(workshop.joinCode, 'Alice');
  open = await connectSocketIO(server.url, workshop.boards[0]!.id, alice.participantToken);
});
afterAll(async () => {
  open.provider.destroy();
  await server.dispose();
});

describe('archiving a workshop with open boards', () => {
  it('turns every open Socket.IO board read-only at once, and writable again when reopened', async () => {
    expect(open.provider.archived).toBe(false);
    const archived = nextArchived(open.provider);
    await archive(true);
    expect(await archived).toBe(true);

    // Joining while archived says so in the answer.
    const late = await connectSocketIO(server.url, workshop.boards[1]!.id, alice.participantToken);
    expect(late.provider.archived).toBe(true);

    const reopened = Promise.all([nextArchived(open.provider), nextArchived(late.provider)]);
    await archive(false);
    expect(await reopened).toEqual([false, false]);
    late.provider.destroy();
  });

  it('refuses a y-websocket client’s write while archived (it has no channel for the notice)', async () => {
    await archive(true);
    const ws = await connectYWebsocket(server.url, workshop.boards[0]!.id, alice.participantToken);
    const closed = new Promise<number>((resolve) => ws.provider.ws!.addEventListener('close', (e) => resolve(e.code)));
    ws.provider.shouldConnect = false;
    addCard(ws.doc, { id: 'card-archived', column: workshop.boards[0]!.columns[0]!.id, author: alice.participantId, authorName: 'Alice' });
    expect(await closed).toBe(4403);
    ws.provider.destroy();
    await archive(false);
  });
});
