/**
 * The Corbeille on a real server: cards deleted over Socket.IO and over y-websocket are
 * kept before the deletion is acknowledged or relayed; a facilitator brings one back to
 * every open client; who may list and restore.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCard, cardsOf, deleteCard, listCards } from '@shared/board-model';
import { addComment, listComments, toggleReaction } from '@shared/card-comments';
import type { RestoredCard, TrashList } from '@shared/history';
import type { CreatedWorkshop, InviteLink, JoinResult, RedeemResult } from '@shared/protocol';
import {
  connectSocketIO,
  connectYWebsocket,
  onDocChange,
  waitSaved,
  waitUntil,
  type SioClient,
  type WsClient,
} from '../test-support/test-clients';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;
let boardId: string;
let column: string;
let alice: JoinResult;
let bob: JoinResult;
let aliceSio: SioClient;
let bobWs: WsClient;
let watcher: SioClient;
let fanny: string;
const toClose: { destroy(): void }[] = [];

const trashOf = (board: string, token: string) => server.request<TrashList>('GET', `/api/boards/${board}/trash`, undefined, token);
const restore = (board: string, entry: number | string, token: string) =>
  server.request<RestoredCard>('POST', `/api/boards/${board}/trash/${entry}/restore`, undefined, token);
const has = (doc: Y.Doc, id: string) => listCards(doc).some((c) => c.id === id);
const waitFor = (doc: Y.Doc, check: () => boolean, what: string) => waitUntil(check, onDocChange([doc]), what);

async function facilitatorToken(w: CreatedWorkshop, board?: string): Promise<string> {
  const link = await server.request<InviteLink>('POST', `/api/workshops/${w.id}/links`, { role: 'facilitator', ...(board ? { boardId: board } : {}) }, w.organiserToken);
  return (await server.request<RedeemResult>('POST', '/api/invites/redeem', { invite: link.body.token, name: 'Fanny' })).body.token;
}

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop();
  boardId = workshop.boards[0]!.id;
  column = workshop.boards[0]!.columns[0]!.id;
  alice = await server.join(workshop.joinCode, 'Alice Martin');
  bob = await server.join(workshop.joinCode, 'Bob Durand');
  aliceSio = await connectSocketIO(server.url, boardId, alice.participantToken);
  bobWs = await connectYWebsocket(server.url, boardId, bob.participantToken);
  watcher = await connectSocketIO(server.url, boardId, workshop.organiserToken);
  toClose.push(aliceSio.provider, bobWs.provider, watcher.provider);
  fanny = await facilitatorToken(workshop, boardId);
});
afterAll(async () => {
  for (const c of toClose) c.destroy();
  await server.dispose();
});

describe('deleted cards go to the trash', () => {
  it('over Socket.IO: stored before the deletion is acknowledged, with its comments and reactions', async () => {
    addCard(aliceSio.doc, { id: 'card-alice', column, author: alice.participantId, authorName: 'Alice Martin', text: 'Un tiers-lieu 🌱' });
    addComment(aliceSio.doc, 'card-alice', { id: 'k1', author: alice.participantId, authorName: 'Alice Martin', text: 'À Lyon', replyTo: null });
    toggleReaction(aliceSio.doc, 'card-alice', '👍', alice.participantId);
    await waitSaved(aliceSio.provider);
    deleteCard(aliceSio.doc, 'card-alice');
    await waitSaved(aliceSio.provider);

    const { status, body } = await trashOf(boardId, workshop.organiserToken);
    expect(status).toBe(200);
    expect(body.entries[0]).toMatchObject({
      cardId: 'card-alice',
      text: 'Un tiers-lieu 🌱',
      column,
      color: 'yellow',
      author: alice.participantId,
      authorName: 'Alice Martin',
      comments: 1,
      deletedBy: alice.participantId,
      deletedByName: 'Alice Martin',
    });
    expect(body.entries[0]!.deletedAt).toBeGreaterThan(Date.now() - 60_000);
  });

  it('over y-websocket: stored before the deletion reaches anyone else', async () => {
    addCard(bobWs.doc, { id: 'card-bob', column, author: bob.participantId, authorName: 'Bob Durand', text: 'Une AMAP' });
    await waitFor(watcher.doc, () => has(watcher.doc, 'card-bob'), 'card-bob relayed');
    deleteCard(bobWs.doc, 'card-bob');
    await waitFor(watcher.doc, () => !has(watcher.doc, 'card-bob'), 'deletion relayed');
    const { body } = await trashOf(boardId, fanny);
    expect(body.entries.map((e) => e.cardId)).toEqual(['card-bob', 'card-alice']);
    expect(body.entries[0]).toMatchObject({ text: 'Une AMAP', author: bob.participantId, authorName: 'Bob Durand', comments: 0, deletedBy: bob.participantId, deletedByName: 'Bob Durand' });
  });
});

describe('restoring a card', () => {
  it('brings it back to every open client, on both transports, under its id, with its comments and reactions', async () => {
    const entry = (await trashOf(boardId, fanny)).body.entries.find((e) => e.cardId === 'card-alice')!;
    const res = await restore(boardId, entry.id, fanny);
    expect(res).toEqual({ status: 200, body: { cardId: 'card-alice' } });
    for (const doc of [aliceSio.doc, bobWs.doc]) await waitFor(doc, () => has(doc, 'card-alice'), 'restored card');
    for (const doc of [aliceSio.doc, bobWs.doc]) {
      expect(listCards(doc).find((c) => c.id === 'card-alice')).toMatchObject({ text: 'Un tiers-lieu 🌱', author: alice.participantId });
      expect(listComments(doc, 'card-alice').map((c) => c.text)).toEqual(['À Lyon']);
      expect([...(cardsOf(doc).get('card-alice')!.get('reactions') as Y.Map<unknown>).keys()]).toEqual([`👍 ${alice.participantId}`]);
    }
    // Restored once: the entry has left the trash.
    expect((await trashOf(boardId, fanny)).body.entries.map((e) => e.cardId)).toEqual(['card-bob']);
    expect((await restore(boardId, entry.id, fanny)).status).toBe(404);
  });

  it('answers 409 when a card with that id is on the board again', async () => {
    addCard(aliceSio.doc, { id: 'card-twice', column, author: alice.participantId, authorName: 'Alice Martin', text: 'Première' });
    await waitSaved(aliceSio.provider);
    deleteCard(aliceSio.doc, 'card-twice');
    await waitSaved(aliceSio.provider);
    const entry = (await trashOf(boardId, fanny)).body.entries.find((e) => e.cardId === 'card-twice')!;
    addCard(aliceSio.doc, { id: 'card-twice', column, author: alice.participantId, authorName: 'Alice Martin', text: 'Seconde' });
    await waitSaved(aliceSio.provider);
    const res = await restore(boardId, entry.id, fanny);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: 'conflict', reason: 'card_exists' } });
    expect(listCards(aliceSio.doc).find((c) => c.id === 'card-twice')?.text).toBe('Seconde');
  });

  it('puts a card whose column has gone into the first column', async () => {
    const extra = await server.request<{ columns: { id: string }[] }>('POST', `/api/boards/${boardId}/columns`, { title: 'Éphémère' }, workshop.organiserToken);
    const gone = extra.body.columns.at(-1)!.id;
    addCard(aliceSio.doc, { id: 'card-moved', column: gone, author: alice.participantId, authorName: 'Alice Martin', text: 'Sans colonne' });
    await waitSaved(aliceSio.provider);
    deleteCard(aliceSio.doc, 'card-moved');
    await waitSaved(aliceSio.provider);
    await server.request('DELETE', `/api/boards/${boardId}/columns/${gone}`, undefined, workshop.organiserToken);
    const entry = (await trashOf(boardId, fanny)).body.entries.find((e) => e.cardId === 'card-moved')!;
    expect((await restore(boardId, entry.id, fanny)).status).toBe(200);
    await waitFor(bobWs.doc, () => has(bobWs.doc, 'card-moved'), 'restored card');
    expect(listCards(bobWs.doc).find((c) => c.id === 'card-moved')?.column).toBe(column);
  });
});

describe('who may see and restore the trash', () => {
  it('refuses participants, viewers, facilitators of another board and other workshops', async () => {
    const entry = (await trashOf(boardId, fanny)).body.entries[0]!;
    const viewerLink = await server.request<InviteLink>('POST', `/api/workshops/${workshop.id}/links`, { role: 'viewer' }, workshop.organiserToken);
    const viewer = (await server.request<RedeemResult>('POST', '/api/invites/redeem', { invite: viewerLink.body.token, name: 'Écran' })).body.token;
    const otherBoard = await facilitatorToken(workshop, workshop.boards[1]!.id);
    const stranger = (await server.createWorkshop('Autre atelier')).organiserToken;
    for (const token of [alice.participantToken, viewer, otherBoard, stranger]) {
      expect((await trashOf(boardId, token)).status).toBe(403);
      expect((await restore(boardId, entry.id, token)).status).toBe(403);
    }
    expect((await trashOf(boardId, '')).status).toBe(401);
    expect(has(watcher.doc, entry.cardId)).toBe(false);
  });

  it('answers 404 for malformed or unknown entries, and for another board’s entry', async () => {
    const entry = (await trashOf(boardId, fanny)).body.entries[0]!;
    const second = workshop.boards[1]!.id;
    for (const id of ['abc', '0', '-1', '1e3', '99999999']) expect((await restore(boardId, id, workshop.organiserToken)).status).toBe(404);
    expect((await restore(second, entry.id, workshop.organiserToken)).status).toBe(404);
    expect((await trashOf('../etc', workshop.organiserToken)).status).toBe(404);
  });

  it('refuses restoring on an archived workshop, and hides names on an anonymous board', async () => {
    const other = await server.createWorkshop('Atelier archivé');
    const board = other.boards[0]!.id;
    const zoe = await server.join(other.joinCode, 'Zoé');
    const client = await connectSocketIO(server.url, board, zoe.participantToken);
    const organiser = await connectSocketIO(server.url, board, other.organiserToken);
    toClose.push(client.provider, organiser.provider);
    addCard(client.doc, { id: 'card-zoe', column: other.boards[0]!.columns[0]!.id, author: zoe.participantId, authorName: 'Zoé', text: 'Secret' });
    await waitSaved(client.provider);
    deleteCard(client.doc, 'card-zoe');
    await waitSaved(client.provider);

    expect((await organiser.provider.command({ type: 'anonymity.set', anonymous: true })).ok).toBe(true);
    const [entry] = (await trashOf(board, other.organiserToken)).body.entries;
    expect(entry).toMatchObject({ cardId: 'card-zoe', authorName: '', deletedByName: '' });

    await server.request('POST', `/api/workshops/${other.id}/archive`, { archived: true }, other.organiserToken);
    const refused = await restore(board, entry!.id, other.organiserToken);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: 'forbidden', reason: 'archived' } });
    expect(has(organiser.doc, 'card-zoe')).toBe(false);
  });
});
