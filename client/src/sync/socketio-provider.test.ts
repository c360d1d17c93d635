/**
 * The provider against a real server: a refused update is rejected for good (the owner rolls
 * the document back), never kept and offered again when the board reopens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, listCards } from '@shared/board-model';
import type { CreatedWorkshop, Refusal } from '@shared/protocol';
import { participantIdOf } from '../identity/identity-store';
import { connectSocketIO, onProviderEvent, waitSaved, waitUntil, type SioClient } from '../../../server/test-support/test-clients';
import { startTestServer, type TestServer } from '../../../server/test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;
let boardId: string;
let column: string;
let facilitator: SioClient;
let alice: SioClient;
let alicePid: string;

const onState = (client: SioClient) => (cb: () => void) => {
  client.provider.on('state', cb);
  return () => client.provider.off('state', cb);
};

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Refus');
  const board = workshop.boards[0]!;
  boardId = board.id;
  column = board.columns[0]!.id;
  facilitator = await connectSocketIO(server.url, boardId, workshop.organiserToken);
  const joined = await server.join(workshop.joinCode, 'Alice');
  alicePid = joined.participantId;
  alice = await connectSocketIO(server.url, boardId, joined.participantToken);
});

afterAll(async () => {
  facilitator?.provider.destroy();
  alice?.provider.destroy();
  await server?.dispose();
});

describe('socket.io provider', () => {
  it('keeps what was acknowledged, rejects a refused update and never offers it again', async () => {
    addCard(alice.doc, { id: 'kept', column, author: alicePid, authorName: 'Alice' });
    await waitSaved(alice.provider);

    expect((await facilitator.provider.command({ type: 'lock.set', locked: true })).ok).toBe(true);
    await waitUntil(() => alice.provider.state?.state.locked === true, onState(alice), 'lock seen');
    const rejected = new Promise<Refusal>((resolve) => alice.provider.once('rejected', resolve));
    addCard(alice.doc, { id: 'refused', column, author: alicePid, authorName: 'Alice' });
    expect((await rejected).error).toMatchObject({ code: 'forbidden', reason: 'locked' });
    await alice.provider.settled(5_000);
    expect(alice.provider.saved).toBe(false);

    // Reopened, the board does not receive the refused card: the provider sends nothing more.
    expect((await facilitator.provider.command({ type: 'lock.set', locked: false })).ok).toBe(true);
    await waitUntil(() => alice.provider.state?.state.locked === false, onState(alice), 'unlock seen');
    addCard(alice.doc, { id: 'after', column, author: alicePid, authorName: 'Alice' });
    // A change of the facilitator's makes a round trip: anything Alice sent before has arrived.
    addCard(facilitator.doc, { id: 'marker', column, author: participantIdOf(workshop.organiserToken), authorName: 'Fanny' });
    await waitSaved(facilitator.provider);
    await waitUntil(() => listCards(alice.doc).some((c) => c.id === 'marker'), (cb) => (alice.doc.on('update', cb), () => alice.doc.off('update', cb)), 'marker');
    const stored = listCards(facilitator.doc).map((c) => c.id);
    expect(stored).toContain('kept');
    expect(stored).not.toContain('refused');
    expect(stored).not.toContain('after');
  });

  it('settles at once when nothing is in flight', async () => {
    await waitUntil(() => facilitator.provider.saved, onProviderEvent(facilitator.provider, 'saved'), 'saved');
    await expect(facilitator.provider.settled(10)).resolves.toBeUndefined();
  });
});
