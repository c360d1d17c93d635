import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard } from '@shared/board-model';
import type { CreatedWorkshop } from '@shared/protocol';
import type { WorkshopCardsResponse } from '@shared/workshop-cards';
import { connectSocketIO, waitSaved, type SioClient } from '../test-support/test-clients';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;
const open: SioClient[] = [];

/** Writes cards into a board as a participant would, and waits until they are stored. */
async function write(boardIndex: number, cards: { id: string; text: string }[]) {
  const board = workshop.boards[boardIndex]!;
  const client = await connectSocketIO(server.url, board.id, workshop.organiserToken);
  open.push(client);
  for (const card of cards) addCard(client.doc, { ...card, column: board.columns[0]!.id, author: 'p1', authorName: 'Ana' });
  await waitSaved(client.provider);
}

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop();
  await write(0, [
    { id: 'card-diff1', text: 'Les élus découvrent le statut SCIC tard' },
    { id: 'card-blank', text: '   ' },
  ]);
  await write(1, [{ id: 'card-prat1', text: 'Un binôme élu–agent référent' }]);
  // Roadmap actions answer cards; they are not offered as answers themselves.
  await write(3, [{ id: 'card-road1', text: 'Rédiger un guide' }]);
});
afterAll(async () => {
  for (const c of open) c.provider.destroy();
  await server.dispose();
});

describe('GET /api/workshops/:id/cards', () => {
  const route = () => `/api/workshops/${workshop.id}/cards`;

  it('lists the written cards of every board but the roadmap, with their board', async () => {
    const joined = await server.join(workshop.joinCode, 'Dominique');
    const res = await server.request<WorkshopCardsResponse>('GET', route(), undefined, joined.participantToken);
    expect(res.status).toBe(200);
    expect(res.body.cards).toEqual([
      { boardId: workshop.boards[0]!.id, boardTitle: 'Difficultés', cardId: 'card-diff1', text: 'Les élus découvrent le statut SCIC tard' },
      { boardId: workshop.boards[1]!.id, boardTitle: 'Pratiques', cardId: 'card-prat1', text: 'Un binôme élu–agent référent' },
    ]);
  });

  it('needs a token of that workshop', async () => {
    const other = await server.createWorkshop('Autre');
    expect((await server.request('GET', route())).status).toBe(401);
    expect((await server.request('GET', route(), undefined, other.organiserToken)).status).toBe(403);
    expect((await server.request('GET', '/api/workshops/not*an*id/cards', undefined, workshop.organiserToken)).status).toBe(404);
  });
});
