/**
 * History checkpoints on a real server: one before a pasted list, and an organiser bringing
 * the board back to it: every client, on both transports, converges to the checkpoint's
 * content, the cards it removes go to the trash, and going back can itself be undone.
 */
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCard, cardText, deleteCard, listCards, moveCard } from '@shared/board-model';
import { addComment, listComments } from '@shared/card-comments';
import type { CheckpointList, RevertResult, TrashList } from '@shared/history';
import type { CreatedWorkshop, InviteLink, JoinResult, RedeemResult } from '@shared/protocol';
import {
  boardSnapshot,
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
let columns: [string, string];
let alice: JoinResult;
let bob: JoinResult;
let aliceSio: SioClient;
let bobWs: WsClient;
let organiser: SioClient;
const toClose: { destroy(): void }[] = [];

const list = (token: string, board = boardId) => server.request<CheckpointList>('GET', `/api/boards/${board}/checkpoints`, undefined, token);
const revert = (id: number | string, token: string, board = boardId) =>
  server.request<RevertResult>('POST', `/api/boards/${board}/checkpoints/${id}/restore`, undefined, token);
/** A board's whole content, cards with every field and their comments. */
const content = (doc: Y.Doc) => `${boardSnapshot(doc)}|${JSON.stringify(doc.getMap('cards').toJSON())}`;
const everyone = () => [aliceSio.doc, bobWs.doc, organiser.doc];
const converged = (expected: string) =>
  waitUntil(() => everyone().every((doc) => content(doc) === expected), onDocChange(everyone()), 'every client at the checkpoint');
const card = (id: string, text: string) => ({ id, column: columns[0], author: alice.participantId, authorName: 'Alice Martin', text });

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop();
  boardId = workshop.boards[0]!.id;
  columns = workshop.boards[0]!.columns.map((c) => c.id) as [string, string];
  alice = await server.join(workshop.joinCode, 'Alice Martin');
  bob = await server.join(workshop.joinCode, 'Bob Durand');
  aliceSio = await connectSocketIO(server.url, boardId, alice.participantToken);
  bobWs = await connectYWebsocket(server.url, boardId, bob.participantToken);
  organiser = await connectSocketIO(server.url, boardId, workshop.organiserToken);
  toClose.push(aliceSio.provider, bobWs.provider, organiser.provider);
});
afterAll(async () => {
  for (const c of toClose) c.destroy();
  await server.dispose();
});

describe('checkpoints', () => {
  let beforePaste: string;
  let pasteCheckpoint: number;
  let beforeRevert: string;

  it('are taken at the first write and before a pasted list', async () => {
    addCard(aliceSio.doc, card('a', 'Un tiers-lieu'));
    addCard(aliceSio.doc, card('b', 'Une AMAP'));
    addComment(aliceSio.doc, 'a', { id: 'k1', author: alice.participantId, authorName: 'Alice Martin', text: 'Oui', replyTo: null });
    await waitSaved(aliceSio.provider);
    beforePaste = content(aliceSio.doc);
    aliceSio.doc.transact(() => {
      for (let i = 0; i < 6; i++) addCard(aliceSio.doc, card(`p${i}`, `Collé ${i}`));
    });
    await waitSaved(aliceSio.provider);

    const { status, body } = await list(workshop.organiserToken);
    expect(status).toBe(200);
    expect(body.checkpoints.map(({ reason, cards }) => ({ reason, cards }))).toEqual([
      { reason: 'paste', cards: 2 },
      { reason: 'activity', cards: 0 },
    ]);
    expect(body.checkpoints[0]!.takenAt).toBeGreaterThan(Date.now() - 60_000);
    pasteCheckpoint = body.checkpoints[0]!.id;
  });

  it('bring every client, on both transports, back to the board as it was', async () => {
    // Later edits from both transports: text rewritten, a card moved, one deleted, comments, a new card.
    cardText(aliceSio.doc, 'a')!.insert(0, 'Réécrit : ');
    moveCard(aliceSio.doc, 'b', columns[1], 0);
    deleteCard(aliceSio.doc, 'p0');
    addComment(aliceSio.doc, 'a', { id: 'k2', author: alice.participantId, authorName: 'Alice Martin', text: 'Plus tard', replyTo: null });
    await waitSaved(aliceSio.provider);
    addCard(bobWs.doc, { ...card('bob', 'De Bob'), author: bob.participantId, authorName: 'Bob Durand' });
    await waitUntil(() => everyone().every((doc) => content(doc) === content(bobWs.doc)), onDocChange(everyone()), 'in sync');
    beforeRevert = content(aliceSio.doc);

    const res = await revert(pasteCheckpoint, workshop.organiserToken);
    expect(res.status).toBe(200);
    await converged(beforePaste);
    expect(listComments(bobWs.doc, 'a').map((c) => c.text)).toEqual(['Oui']);

    // Cards it took away are in the trash, deleted by the organiser.
    const trash = await server.request<TrashList>('GET', `/api/boards/${boardId}/trash`, undefined, workshop.organiserToken);
    const organiserId = decodeJwt(workshop.organiserToken).pid;
    const removed = trash.body.entries.filter((e) => e.deletedBy === organiserId).map((e) => e.cardId).sort();
    expect(removed).toEqual(['bob', 'p1', 'p2', 'p3', 'p4', 'p5']);

    // Going back took a checkpoint first: going back to it undoes.
    const { body } = await list(workshop.organiserToken);
    expect(body.checkpoints[0]).toMatchObject({ id: res.body.undoCheckpointId, reason: 'before_restore', cards: 8 });
    expect((await revert(res.body.undoCheckpointId, workshop.organiserToken)).status).toBe(200);
    await converged(beforeRevert);
  });

  it('are for organisers only, on their own boards', async () => {
    const link = await server.request<InviteLink>('POST', `/api/workshops/${workshop.id}/links`, { role: 'facilitator' }, workshop.organiserToken);
    const facilitator = (await server.request<RedeemResult>('POST', '/api/invites/redeem', { invite: link.body.token, name: 'Fanny' })).body.token;
    const stranger = (await server.createWorkshop('Autre atelier')).organiserToken;
    for (const token of [alice.participantToken, facilitator, stranger]) {
      expect((await list(token)).status).toBe(403);
      expect((await revert(pasteCheckpoint, token)).status).toBe(403);
    }
    expect((await revert(pasteCheckpoint, workshop.organiserToken, workshop.boards[1]!.id)).status).toBe(404);
    for (const id of ['x', '0', '12345678']) expect((await revert(id, workshop.organiserToken)).status).toBe(404);
    await converged(beforeRevert);
  });

  it('are taken before revealing private drafts', async () => {
    expect((await organiser.provider.command({ type: 'privateWriting.set', enabled: true })).ok).toBe(true);
    const drafts = await connectSocketIO(server.url, `${boardId}:drafts`, alice.participantToken);
    toClose.push(drafts.provider);
    addCard(drafts.doc, card('draft', 'Brouillon'));
    await waitSaved(drafts.provider);
    const onBoard = listCards(organiser.doc).length;
    expect((await organiser.provider.command({ type: 'drafts.reveal' })).ok).toBe(true);
    await waitUntil(() => content(organiser.doc).includes('"draft"'), onDocChange([organiser.doc]), 'revealed');
    expect((await list(workshop.organiserToken)).body.checkpoints[0]).toMatchObject({ reason: 'drafts_reveal', cards: onBoard });
  });

  it('bring no name back onto a board whose authors are now hidden', async () => {
    expect((await organiser.provider.command({ type: 'anonymity.set', anonymous: true })).ok).toBe(true);
    expect((await revert(pasteCheckpoint, workshop.organiserToken)).status).toBe(200);
    // The checkpoint was taken with names; every client gets its cards back without them.
    const names = (doc: Y.Doc) => [...listCards(doc).map((c) => `${c.id}:${c.authorName}`), ...listComments(doc, 'a').map((c) => `k:${c.authorName}`)];
    await waitUntil(() => everyone().every((doc) => names(doc).join() === 'a:,b:,k:'), onDocChange(everyone()), 'cards back, names blank');
  });
});
