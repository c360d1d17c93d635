import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCard, listCards } from '@shared/board-model';
import { addComment, listComments } from '@shared/card-comments';
import type { CreatedWorkshop, JoinResult, WorkshopInfo } from '@shared/protocol';
import { connectSocketIO, onDocChange, waitSaved, waitUntil, type SioClient } from '../test-support/test-clients';
import { startTestServer, type TestServer } from '../test-support/test-server';

const DAY = 24 * 60 * 60 * 1_000;

let server: TestServer;
const toClose: { destroy(): void }[] = [];

interface Setup {
  workshop: CreatedWorkshop;
  boardId: string;
  alice: JoinResult;
  bob: JoinResult;
  aliceBoard: SioClient;
  bobBoard: SioClient;
  aliceDrafts: SioClient;
}

/** A workshop where Alice and Bob wrote cards and a comment, and Alice holds a private draft. */
async function setup(): Promise<Setup> {
  const workshop = await server.createWorkshop();
  const boardId = workshop.boards[0]!.id;
  const column = workshop.boards[0]!.columns[0]!.id;
  const alice = await server.join(workshop.joinCode, 'Alice Martin');
  const bob = await server.join(workshop.joinCode, 'Bob Durand');
  const aliceBoard = await connectSocketIO(server.url, boardId, alice.participantToken);
  const bobBoard = await connectSocketIO(server.url, boardId, bob.participantToken);
  const organiser = await connectSocketIO(server.url, boardId, workshop.organiserToken);
  toClose.push(aliceBoard.provider, bobBoard.provider, organiser.provider);

  addCard(aliceBoard.doc, { id: 'card-alice', column, author: alice.participantId, authorName: 'Alice Martin', text: 'Un tiers-lieu' });
  addCard(bobBoard.doc, { id: 'card-bob-1', column, author: bob.participantId, authorName: 'Bob Durand', text: 'Une AMAP' });
  await Promise.all([waitSaved(aliceBoard.provider), waitSaved(bobBoard.provider)]);
  await waitUntil(() => listCards(bobBoard.doc).length === 2, onDocChange([bobBoard.doc]), 'both cards');
  addComment(bobBoard.doc, 'card-alice', { id: 'comment-bob', author: bob.participantId, authorName: 'Bob Durand', text: 'Oui !', replyTo: null });
  await waitSaved(bobBoard.provider);

  expect((await organiser.provider.command({ type: 'privateWriting.set', enabled: true })).ok).toBe(true);
  const aliceDrafts = await connectSocketIO(server.url, `${boardId}:drafts`, alice.participantToken);
  toClose.push(aliceDrafts.provider);
  addCard(aliceDrafts.doc, { id: 'card-draft', column, author: alice.participantId, authorName: 'Alice Martin', text: 'Secret' });
  await waitSaved(aliceDrafts.provider);
  return { workshop, boardId, alice, bob, aliceBoard, bobBoard, aliceDrafts };
}

const names = (doc: Y.Doc) => ({
  cards: Object.fromEntries(listCards(doc).map((c) => [c.id, c.authorName])),
  comments: listComments(doc, 'card-alice').map((c) => c.authorName),
});
const waitFor = (doc: Y.Doc, check: () => boolean, what: string) => waitUntil(check, onDocChange([doc]), what);

async function participantNames(workshop: CreatedWorkshop) {
  const res = await server.request<{ participants: { name: string }[] }>('GET', `/api/workshops/${workshop.id}/participants`, undefined, workshop.organiserToken);
  return res.body.participants.map((p) => p.name).sort();
}

const patch = (s: Setup, body: unknown, token = s.workshop.organiserToken) =>
  server.request<WorkshopInfo>('PATCH', `/api/workshops/${s.workshop.id}`, body, token);
const archive = (s: Setup) =>
  server.request<WorkshopInfo>('POST', `/api/workshops/${s.workshop.id}/archive`, { archived: true }, s.workshop.organiserToken);

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const c of toClose) c.destroy();
  await server.dispose();
});

describe('retention period', () => {
  let archived: Setup;
  let live: Setup;
  let archivedAt: number;

  beforeAll(async () => {
    [archived, live] = [await setup(), await setup()];
    expect((await patch(archived, { retentionDays: 30 })).body.retentionDays).toBe(30);
    // Same period, never archived: the period only counts from archiving.
    expect((await patch(live, { retentionDays: 30 })).status).toBe(200);
    archivedAt = (await archive(archived)).body.archivedAt!;
  });

  it('refuses a participant setting it, and periods out of range', async () => {
    expect((await patch(archived, { retentionDays: 0 }, archived.alice.participantToken)).status).toBe(403);
    expect((await patch(archived, { retentionDays: -1 })).status).toBe(400);
    expect((await patch(archived, { retentionDays: 1.5 })).status).toBe(400);
    const anonymise = await server.request('POST', `/api/workshops/${archived.workshop.id}/anonymise`, undefined, archived.alice.participantToken);
    expect(anonymise.status).toBe(403);
  });

  it('keeps names before the period has run out', async () => {
    expect(await server.retention.runOnce(archivedAt + 29 * DAY)).toBe(0);
    expect(await participantNames(archived.workshop)).toEqual(['Alice Martin', 'Bob Durand']);
    expect(names(archived.aliceBoard.doc).cards['card-alice']).toBe('Alice Martin');
  });

  it('replaces every name after it: participants, board documents, private drafts', async () => {
    expect(await server.retention.runOnce(archivedAt + 31 * DAY)).toBe(1);
    // Checked in documents that live clients hold, so the change reached them.
    const board = archived.bobBoard.doc;
    await waitFor(board, () => names(board).comments[0] === 'Participant 2', 'anonymised board');
    expect(names(board)).toEqual({ cards: { 'card-alice': 'Participant 1', 'card-bob-1': 'Participant 2' }, comments: ['Participant 2'] });
    const drafts = archived.aliceDrafts.doc;
    await waitFor(drafts, () => names(drafts).cards['card-draft'] === 'Participant 1', 'anonymised drafts');
    expect(await participantNames(archived.workshop)).toEqual(['Participant 1', 'Participant 2']);

    const info = await server.request<WorkshopInfo>('GET', `/api/workshops/${archived.workshop.id}`, undefined, archived.workshop.organiserToken);
    expect(info.body.anonymisedAt).toBe(archivedAt + 31 * DAY);
    // Done once: a later run finds nothing left to do.
    expect(await server.retention.runOnce(archivedAt + 60 * DAY)).toBe(0);
  });

  it('leaves a workshop that is not archived untouched', async () => {
    expect(await participantNames(live.workshop)).toEqual(['Alice Martin', 'Bob Durand']);
    expect(names(live.aliceBoard.doc)).toEqual({ cards: { 'card-alice': 'Alice Martin', 'card-bob-1': 'Bob Durand' }, comments: ['Bob Durand'] });
    expect(names(live.aliceDrafts.doc).cards['card-draft']).toBe('Alice Martin');
  });

  it('lets the organiser anonymise an archived workshop at once, and only then', async () => {
    const url = `/api/workshops/${live.workshop.id}/anonymise`;
    expect((await server.request('POST', url, undefined, live.workshop.organiserToken)).status).toBe(409);
    await archive(live);
    const res = await server.request<WorkshopInfo>('POST', url, undefined, live.workshop.organiserToken);
    expect(res.status).toBe(200);
    expect(res.body.anonymisedAt).not.toBeNull();
    const doc = live.aliceBoard.doc;
    await waitFor(doc, () => names(doc).comments[0] === 'Participant 2', 'anonymised at once');
    expect(await participantNames(live.workshop)).toEqual(['Participant 1', 'Participant 2']);
  });

  it('starts a new period when a reopened workshop is archived again, keeping the numbers', async () => {
    const url = `/api/workshops/${live.workshop.id}/archive`;
    await server.request('POST', url, { archived: false }, live.workshop.organiserToken);
    const chloe = await server.join(live.workshop.joinCode, 'Chloé Petit');
    const again = (await server.request<WorkshopInfo>('POST', url, { archived: true }, live.workshop.organiserToken)).body;
    expect(again.anonymisedAt).toBeNull();
    expect(await server.retention.runOnce(again.archivedAt! + 31 * DAY)).toBe(1);
    expect(await participantNames(live.workshop)).toEqual(['Participant 1', 'Participant 2', 'Participant 3']);
    const res = await server.request<{ participants: { id: string; name: string }[] }>('GET', `/api/workshops/${live.workshop.id}/participants`, undefined, live.workshop.organiserToken);
    expect(res.body.participants.find((p) => p.id === chloe.participantId)?.name).toBe('Participant 3');
  });
});

describe('a period of 0 days', () => {
  it('replaces names as the workshop is archived', async () => {
    const s = await setup();
    await patch(s, { retentionDays: 0 });
    const archived = (await archive(s)).body;
    expect(archived.anonymisedAt).not.toBeNull();
    const doc = s.aliceBoard.doc;
    await waitFor(doc, () => names(doc).cards['card-alice'] === 'Participant 1', 'anonymised at archiving');
    expect(await participantNames(s.workshop)).toEqual(['Participant 1', 'Participant 2']);
  });
});

describe('erasing one’s own name', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setup();
  });

  it('replaces only that person’s name, everywhere they wrote, and is idempotent', async () => {
    const erase = () => server.request<{ name: string }>('POST', '/api/me/erase-name', undefined, s.bob.participantToken);
    expect((await erase()).body).toEqual({ name: 'Participant 2' });
    const doc = s.aliceBoard.doc;
    await waitFor(doc, () => names(doc).comments[0] === 'Participant 2', 'erased name');
    expect(names(doc)).toEqual({ cards: { 'card-alice': 'Alice Martin', 'card-bob-1': 'Participant 2' }, comments: ['Participant 2'] });
    expect(await participantNames(s.workshop)).toEqual(['Alice Martin', 'Participant 2']);
    expect(names(s.aliceDrafts.doc).cards['card-draft']).toBe('Alice Martin');
    expect((await erase()).body).toEqual({ name: 'Participant 2' });
  });

  it('needs a token', async () => {
    expect((await server.request('POST', '/api/me/erase-name')).status).toBe(401);
  });
});
