/**
 * RGPD: names kept in the trash and in checkpoints are replaced like everywhere else, when
 * the retention period runs out and when someone erases their own name. Checked by decoding
 * what is stored, never by searching bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteCard, listCards } from '@shared/board-model';
import { addComment, listComments } from '@shared/card-comments';
import type { CreatedWorkshop, JoinResult } from '@shared/protocol';
import { SqliteStore } from '../storage/sqlite-store';
import { connectSocketIO, onDocChange, waitSaved, waitUntil, type SioClient } from '../test-support/test-clients';
import { startTestServer, type TestServer } from '../test-support/test-server';

const DAY = 24 * 60 * 60 * 1_000;
let server: TestServer;
const toClose: { destroy(): void }[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const c of toClose) c.destroy();
  await server.dispose();
});

interface Setup {
  workshop: CreatedWorkshop;
  boardId: string;
  alice: JoinResult;
  bob: JoinResult;
}

/** Alice's card with Bob's comment, deleted (so in the trash) after a checkpoint held it. */
async function setup(): Promise<Setup> {
  const workshop = await server.createWorkshop();
  const boardId = workshop.boards[0]!.id;
  const column = workshop.boards[0]!.columns[0]!.id;
  const alice = await server.join(workshop.joinCode, 'Alice Martin');
  const bob = await server.join(workshop.joinCode, 'Bob Durand');
  const client: SioClient = await connectSocketIO(server.url, boardId, alice.participantToken);
  toClose.push(client.provider);
  const bobClient: SioClient = await connectSocketIO(server.url, boardId, bob.participantToken);
  toClose.push(bobClient.provider);
  addCard(client.doc, { id: 'card-alice', column, author: alice.participantId, authorName: 'Alice Martin', text: 'Un tiers-lieu' });
  await waitSaved(client.provider);
  await waitUntil(() => listCards(bobClient.doc).length === 1, onDocChange([bobClient.doc]), 'card relayed');
  addComment(bobClient.doc, 'card-alice', { id: 'k1', author: bob.participantId, authorName: 'Bob Durand', text: 'Oui', replyTo: null });
  await waitSaved(bobClient.provider);
  await waitUntil(() => listComments(client.doc, 'card-alice').length === 1, onDocChange([client.doc]), 'comment relayed');
  // Five cards at once: a checkpoint holding card-alice and its comment is taken first.
  client.doc.transact(() => {
    for (let i = 0; i < 5; i++) addCard(client.doc, { id: `p${i}`, column, author: alice.participantId, authorName: 'Alice Martin', text: `${i}` });
  });
  await waitSaved(client.provider);
  deleteCard(client.doc, 'card-alice');
  await waitSaved(client.provider);
  return { workshop, boardId, alice, bob };
}

/** The names kept in the trash and in every checkpoint of a board, read from the database. */
async function storedNames(boardId: string) {
  const store = new SqliteStore({ dataDir: server.dataDir });
  const read = (data: Uint8Array) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, data);
    return {
      cards: listCards(doc).filter((c) => c.id === 'card-alice').map((c) => c.authorName),
      comments: listComments(doc, 'card-alice').map((c) => c.authorName),
    };
  };
  try {
    const trash = (await store.history.listTrash(boardId, 10)).map((e) => read(e.data));
    const checkpoints = [];
    for (const { id } of await store.history.listCheckpoints(boardId)) {
      checkpoints.push(read((await store.history.getCheckpoint(boardId, id))!.data));
    }
    return { trash, checkpoints: checkpoints.filter((c) => c.cards.length > 0) };
  } finally {
    await store.close();
  }
}

describe('names kept by the trash and checkpoints', () => {
  it('are there while the workshop runs', async () => {
    const s = await setup();
    const kept = { cards: ['Alice Martin'], comments: ['Bob Durand'] };
    expect(await storedNames(s.boardId)).toEqual({ trash: [kept], checkpoints: [kept] });
  });

  it('are replaced when the retention period runs out', async () => {
    const s = await setup();
    await server.request('PATCH', `/api/workshops/${s.workshop.id}`, { retentionDays: 30 }, s.workshop.organiserToken);
    const archived = await server.request<{ archivedAt: number }>('POST', `/api/workshops/${s.workshop.id}/archive`, { archived: true }, s.workshop.organiserToken);
    expect(await server.retention.runOnce(archived.body.archivedAt + 31 * DAY)).toBe(1);
    const replaced = { cards: ['Participant 1'], comments: ['Participant 2'] };
    expect(await storedNames(s.boardId)).toEqual({ trash: [replaced], checkpoints: [replaced] });
  });

  it('are replaced for one person who erases their name', async () => {
    const s = await setup();
    const res = await server.request<{ name: string }>('POST', '/api/me/erase-name', undefined, s.bob.participantToken);
    expect(res.body.name).toBe('Participant 2');
    const erased = { cards: ['Alice Martin'], comments: ['Participant 2'] };
    expect(await storedNames(s.boardId)).toEqual({ trash: [erased], checkpoints: [erased] });
  });
});
