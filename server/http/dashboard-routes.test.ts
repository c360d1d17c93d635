import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, listCards } from '@shared/board-model';
import { addComment, toggleReaction } from '@shared/card-comments';
import type { CreatedWorkshop, InviteLink, JoinResult, RedeemResult } from '@shared/protocol';
import type { Dashboard } from '@shared/results/dashboard';
import { connectSocketIO, onDocChange, waitSaved, waitUntil, type SioClient } from '../test-support/test-clients';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;
let alice: JoinResult;
let bob: JoinResult;
const toClose: { destroy(): void }[] = [];

const dashboard = (token: string) => server.request<Dashboard>('GET', `/api/workshops/${workshop.id}/dashboard`, undefined, token);
const facilitatorToken = async (boardId?: string) => {
  const link = await server.request<InviteLink>('POST', `/api/workshops/${workshop.id}/links`, { role: 'facilitator', ...(boardId ? { boardId } : {}) }, workshop.organiserToken);
  return (await server.request<RedeemResult>('POST', '/api/invites/redeem', { invite: link.body.token, name: 'Fanny' })).body.token;
};

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop();
  const [first, second] = workshop.boards as [CreatedWorkshop['boards'][0], CreatedWorkshop['boards'][0]];
  alice = await server.join(workshop.joinCode, 'Alice');
  bob = await server.join(workshop.joinCode, 'Bob');
  const a: SioClient = await connectSocketIO(server.url, first.id, alice.participantToken);
  const b: SioClient = await connectSocketIO(server.url, first.id, bob.participantToken);
  const onSecond: SioClient = await connectSocketIO(server.url, second.id, bob.participantToken);
  const organiser: SioClient = await connectSocketIO(server.url, first.id, workshop.organiserToken);
  toClose.push(a.provider, b.provider, onSecond.provider, organiser.provider);

  const column = first.columns[0]!.id;
  addCard(a.doc, { id: 'card-a1', column, author: alice.participantId, authorName: 'Alice', text: 'Mutualiser un local' });
  addCard(a.doc, { id: 'card-a2', column, author: alice.participantId, authorName: 'Alice', text: 'Un annuaire' });
  addCard(onSecond.doc, { id: 'card-b1', column: second.columns[0]!.id, author: bob.participantId, authorName: 'Bob', text: 'Une AMAP' });
  await Promise.all([waitSaved(a.provider), waitSaved(onSecond.provider)]);
  await waitUntil(() => listCards(b.doc).length === 2, onDocChange([b.doc]), 'cards at Bob');
  addComment(b.doc, 'card-a1', { id: 'comment-1', author: bob.participantId, authorName: 'Bob', text: 'Oui', replyTo: null });
  toggleReaction(b.doc, 'card-a1', '👍', bob.participantId);
  toggleReaction(b.doc, 'card-a2', '💡', bob.participantId);
  await waitSaved(b.provider);

  await organiser.provider.command({ type: 'phase.set', phase: 'voting' });
  for (const [client, cardId] of [[a, 'card-a2'], [b, 'card-a2'], [b, 'card-a1']] as const) {
    expect((await client.provider.vote({ cardId, action: 'cast' })).ok).toBe(true);
  }
});
afterAll(async () => {
  for (const c of toClose) c.destroy();
  await server.dispose();
});

describe('GET /api/workshops/:id/dashboard', () => {
  it('gives the organiser the figures of what was written, voted and said', async () => {
    const { status, body } = await dashboard(workshop.organiserToken);
    expect(status).toBe(200);
    const [first, second] = workshop.boards;
    expect(body.participants).toBe(2);
    expect(body.participantsOverTime.at(-1)?.total).toBe(2);
    expect(body.boards.find((x) => x.boardId === first!.id)).toMatchObject({ cards: 2, votes: 3, comments: 1, reactions: 2 });
    expect(body.boards.find((x) => x.boardId === second!.id)).toMatchObject({ cards: 1, votes: 0, comments: 0, reactions: 0 });
    expect(body.totals).toEqual({ cards: 3, votes: 3, comments: 1, reactions: 2 });
    expect(body.topCards).toEqual([
      { boardId: first!.id, boardTitle: first!.title, cardId: 'card-a2', text: 'Un annuaire', votes: 2 },
      { boardId: first!.id, boardTitle: first!.title, cardId: 'card-a1', text: 'Mutualiser un local', votes: 1 },
    ]);
    // Figures only: nobody's name is in the dashboard.
    expect(JSON.stringify(body)).not.toMatch(/Alice|Bob/);
  });

  it('is open to a whole-workshop facilitator, closed to participants and board-limited facilitators', async () => {
    expect((await dashboard(await facilitatorToken())).status).toBe(200);
    expect((await dashboard(await facilitatorToken(workshop.boards[0]!.id))).status).toBe(403);
    expect((await dashboard(alice.participantToken)).status).toBe(403);
    expect((await server.request('GET', `/api/workshops/${workshop.id}/dashboard`)).status).toBe(401);
  });

  it('counts those who joined by the code, not facilitators nor the room’s screens', async () => {
    await facilitatorToken();
    const screen = await server.request<InviteLink>('POST', `/api/workshops/${workshop.id}/links`, { role: 'viewer' }, workshop.organiserToken);
    expect((await server.request('POST', '/api/invites/redeem', { invite: screen.body.token, name: 'Écran' })).status).toBe(200);
    const { body } = await dashboard(workshop.organiserToken);
    expect([body.participants, body.participantsOverTime.at(-1)?.total]).toEqual([2, 2]);
  });

  it('refuses another workshop’s token', async () => {
    const other = await server.createWorkshop('Autre atelier');
    expect((await dashboard(other.organiserToken)).status).toBe(403);
  });
});
