/**
 * Hidden words stay out of what clients receive after the server restarts: the board is read
 * back from storage (compacted at shutdown from a document that had collected the deleted
 * words), on both transports; showing the card still writes them back from the moderation table.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addCard } from '@shared/board-model';
import { newId } from '@shared/ids';
import { tempDataDir, startTestServer, type TestServer } from '../test-support/test-server';
import { connectSocketIO, waitSaved } from '../test-support/test-clients';
import { TRANSPORTS } from '../security/write-harness';
import { bytesOnJoin, carries } from './moderation-harness';

const dataDir = tempDataDir();
let server: TestServer | null = null;
afterAll(() => server?.dispose());

describe('a hidden card across a restart', () => {
  it('sends no trace of its words to a client after the board is read back from storage, on both transports', async () => {
    server = await startTestServer({}, dataDir);
    const workshop = await server.createWorkshop();
    const board = workshop.boards[0]!;
    const alice = await server.join(workshop.joinCode, 'Alice');
    const words = `Adresse personnelle ${newId()}`;
    const writer = await connectSocketIO(server.url, board.id, alice.participantToken);
    const cardId = newId();
    addCard(writer.doc, { id: cardId, column: board.columns[0]!.id, author: alice.participantId, authorName: 'Alice', text: words });
    await waitSaved(writer.provider);
    writer.provider.destroy();
    const hidden = await server.request('POST', `/api/boards/${board.id}/cards/${cardId}/hide`, { reason: 'Données personnelles' }, workshop.organiserToken);
    expect(hidden.status).toBe(204);

    await server.close();
    server = await startTestServer({}, dataDir);
    const target = { url: server.url, boardId: board.id };
    for (const transport of TRANSPORTS) {
      expect(carries(await bytesOnJoin(target, transport, { token: alice.participantToken }), words)).toBe(false);
    }
    expect((await server.request('POST', `/api/boards/${board.id}/cards/${cardId}/unhide`, {}, workshop.organiserToken)).status).toBe(204);
    expect(carries(await bytesOnJoin(target, 'y-websocket', { token: alice.participantToken }), words)).toBe(true);
  });
});
