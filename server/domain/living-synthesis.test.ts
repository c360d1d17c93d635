/**
 * A living synthesis (issue 12 §8): a refresh brings the cards written at the tables since,
 * each once; a merge keeps the wording the facilitator chose; a board knows which of its cards
 * were carried into the roadmap. Real server, real Socket.IO clients.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, cardsInColumn, cardsOf, listCards } from '@shared/board-model';
import { createGroup, groupOfCard } from '@shared/board-groups';
import { EVENTS, type Ack, type ApiError, type BoardInfo, type CreatedWorkshop, type InviteLink, type JoinResult, type RedeemResult, type VotesView } from '@shared/protocol';
import { tablesOf, type CarriedCards, type MergeResult, type RefreshResult, type RoadmapActionResult, type SynthesisResult, type TablesResult } from '@shared/synthesis';
import type { SocketIOProvider } from '../../client/src/sync/socketio-provider';
import { updateMessage } from '../docs/sync-messages';
import { updateFrom } from '../security/write-harness';
import { connectSocketIO, onDocChange, waitSaved, waitUntil, type SioClient } from '../test-support/test-clients';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;
let source: BoardInfo;
let tables: BoardInfo[];
let synthesis: BoardInfo;
let alice: JoinResult;
let atTable: SioClient;
let watcher: SioClient;
const toClose: { destroy(): void }[] = [];

const post = <T>(route: string, body: unknown, token = workshop.organiserToken) => server.request<T>('POST', `/api${route}`, body, token);
const get = <T>(route: string, token = workshop.organiserToken) => server.request<T>('GET', `/api${route}`, undefined, token);
const refresh = (token?: string) => post<RefreshResult & ApiError>(`/boards/${synthesis.id}/synthesis/refresh`, {}, token);
const connect = async (boardId: string, token: string) => {
  const client = await connectSocketIO(server.url, boardId, token);
  toClose.push(client.provider);
  return client;
};
const nextVotes = (provider: SocketIOProvider, check: (v: VotesView) => boolean) =>
  waitUntil(
    () => provider.votes !== null && check(provider.votes),
    (cb) => (provider.on('votes', cb), () => provider.off('votes', cb)),
    'votes view',
  );
const synthesisTexts = () => listCards(watcher.doc).map((c) => c.text).sort();

/** A card written by Alice at the first table, in a group of that title. */
async function write(id: string, text: string, group: string) {
  const column = tables[0]!.columns[0]!.id;
  atTable.doc.transact(() => {
    addCard(atTable.doc, { id, column, author: alice.participantId, authorName: alice.name, text });
    createGroup(atTable.doc, { id: `${id}-grp`, column, title: group, cardIds: [id] });
  });
  await waitSaved(atTable.provider);
}

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop();
  source = workshop.boards[0]!;
  tables = (await post<TablesResult>(`/boards/${source.id}/tables`, { count: 2 })).body.boards;
  alice = await server.join(workshop.joinCode, 'Alice');
  atTable = await connect(tables[0]!.id, alice.participantToken);
  await write('first-card', 'Former les élus', 'Formation');
  synthesis = (await post<SynthesisResult>(`/boards/${source.id}/synthesis`, {})).body.board;
  watcher = await connect(synthesis.id, workshop.organiserToken);
});
afterAll(async () => {
  for (const c of toClose) c.destroy();
  await server.dispose();
});

describe('refreshing a synthesis', () => {
  it('brings a card written at a table afterwards once, in its group, with its votes', async () => {
    expect(synthesisTexts()).toEqual(['Former les élus']);
    expect((await refresh()).body).toEqual({ added: 0 });

    await write('later-card', 'Un guichet unique', 'formation');
    const organiser = await connect(tables[0]!.id, workshop.organiserToken);
    expect((await organiser.provider.command({ type: 'phase.set', phase: 'voting' })).ok).toBe(true);
    await nextVotes(atTable.provider, () => true);
    expect((await atTable.provider.vote({ cardId: 'later-card', action: 'cast' })).ok).toBe(true);

    expect((await refresh()).body).toEqual({ added: 1 });
    await waitUntil(() => listCards(watcher.doc).length === 2, onDocChange([watcher.doc]), 'the new card, live');
    const copy = listCards(watcher.doc).find((c) => c.text === 'Un guichet unique')!;
    const first = listCards(watcher.doc).find((c) => c.text === 'Former les élus')!;
    const map = cardsOf(watcher.doc).get(copy.id)!;
    expect([tablesOf(map), map.get('origin')]).toEqual([['Table 1'], `${tables[0]!.id}/later-card`]);
    // "formation" joins the synthesis' "Formation" group rather than making a second one.
    expect(groupOfCard(watcher.doc, copy.id)).toBe(groupOfCard(watcher.doc, first.id));
    await nextVotes(watcher.provider, (v) => v.totals?.[copy.id] === 1);

    expect((await refresh()).body).toEqual({ added: 0 });
    expect(synthesisTexts()).toEqual(['Former les élus', 'Un guichet unique']);
  });

  it('copies a card once when two refreshes run at once', async () => {
    await write('both-card', 'Mutualiser les locaux', 'Lieux');
    const both = await Promise.all([refresh(), refresh()]);
    expect(both.map((r) => r.body.added).sort()).toEqual([0, 1]);
    await waitUntil(() => listCards(watcher.doc).length === 3, onDocChange([watcher.doc]), 'one copy');
    expect(synthesisTexts().filter((t) => t === 'Mutualiser les locaux')).toHaveLength(1);
  });

  it('does not bring back a card merged away or deleted from the synthesis', async () => {
    const byText = (text: string) => listCards(watcher.doc).find((c) => c.text === text)!.id;
    const merged = await post<MergeResult>(`/boards/${synthesis.id}/merge`, { into: byText('Former les élus'), cards: [byText('Un guichet unique')] });
    expect(merged.status).toBe(200);
    const gone = byText('Mutualiser les locaux');
    watcher.doc.transact(() => cardsOf(watcher.doc).delete(gone));
    await waitSaved(watcher.provider);
    await waitUntil(() => listCards(watcher.doc).length === 1, onDocChange([watcher.doc]), 'merge seen live');

    expect((await refresh()).body).toEqual({ added: 0 });
    expect(listCards(watcher.doc)).toHaveLength(1);
  });

  it('leaves out a card a facilitator hid at a table, and brings it once shown again', async () => {
    await write('hidden-card', 'Un numéro personnel', 'Contacts');
    expect((await post(`/boards/${tables[0]!.id}/cards/hidden-card/hide`, { reason: 'Données personnelles' })).status).toBe(204);
    expect((await refresh()).body).toEqual({ added: 0 });
    expect(synthesisTexts()).not.toContain('Un numéro personnel');

    expect((await post(`/boards/${tables[0]!.id}/cards/hidden-card/unhide`, {})).status).toBe(204);
    expect((await refresh()).body).toEqual({ added: 1 });
    await waitUntil(() => synthesisTexts().includes('Un numéro personnel'), onDocChange([watcher.doc]), 'the card shown again, copied');
    // Deleted from the synthesis, it stays out like any other: the next tests start from one card.
    const copy = listCards(watcher.doc).find((c) => c.text === 'Un numéro personnel')!.id;
    watcher.doc.transact(() => cardsOf(watcher.doc).delete(copy));
    await waitSaved(watcher.provider);
    expect((await refresh()).body).toEqual({ added: 0 });
  });

  it('is refused to participants, to another board’s facilitator, on other boards, and once archived', async () => {
    const participant = await refresh(alice.participantToken);
    expect(participant.status).toBe(403);
    const link = await post<InviteLink>(`/workshops/${workshop.id}/links`, { role: 'facilitator', boardId: tables[0]!.id });
    const tableFacilitator = await post<RedeemResult>('/invites/redeem', { invite: link.body.token, name: 'Fanny' });
    expect((await refresh(tableFacilitator.body.token)).status).toBe(403);
    expect((await post(`/boards/${tables[0]!.id}/synthesis/refresh`, {})).status).toBe(400);

    const other = await server.createWorkshop('Archivé');
    const otherTables = await post<TablesResult>(`/boards/${other.boards[0]!.id}/tables`, { count: 1 }, other.organiserToken);
    expect(otherTables.status).toBe(201);
    const made = await post<SynthesisResult>(`/boards/${other.boards[0]!.id}/synthesis`, {}, other.organiserToken);
    expect((await post(`/boards/${made.body.board.id}/synthesis/refresh`, {}, workshop.organiserToken)).status).toBe(403);
    expect((await post(`/workshops/${other.id}/archive`, { archived: true }, other.organiserToken)).status).toBe(200);
    const archived = await post<ApiError>(`/boards/${made.body.board.id}/synthesis/refresh`, {}, other.organiserToken);
    expect([archived.status, archived.body.error.reason]).toEqual([403, 'archived']);
  });

  it('refuses to refresh an imported synthesis, whose copies no longer say where they came from', async () => {
    const backup = await get<unknown>(`/workshops/${workshop.id}/export?format=json`);
    const imported = await server.request<CreatedWorkshop>('POST', '/api/workshops/import', backup.body);
    expect(imported.status).toBe(201);
    const copy = imported.body.boards.find((b) => b.kind === 'synthesis')!;
    const answer = await post<ApiError>(`/boards/${copy.id}/synthesis/refresh`, {}, imported.body.organiserToken);
    expect(answer.status).toBe(409);
    const reader = await connect(copy.id, imported.body.organiserToken);
    expect(listCards(reader.doc).map((c) => c.text).sort()).toEqual(synthesisTexts());
  });

  it('refuses a client write to the record of copies; other edits of the synthesis go through', async () => {
    const person = await connect(synthesis.id, alice.participantToken);
    const send = async (edit: Parameters<typeof updateFrom>[1]) =>
      (await person.provider.socket.emitWithAck(EVENTS.sync, synthesis.id, updateMessage(updateFrom(person.doc, edit)))) as Ack;
    const forged = await send((doc) => doc.getMap('copies').set(`${tables[1]!.id}/someone`, 'x'));
    expect(forged).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const column = synthesis.columns[0]!.id;
    expect(await send((doc) => addCard(doc, { id: 'own-card', column, author: alice.participantId, authorName: 'Alice', text: 'Ajout' }))).toEqual({ ok: true });
  });
});

describe('merging with a chosen wording', () => {
  it('keeps the text given, and refuses an empty or overlong one', async () => {
    const column = synthesis.columns[1]!.id;
    watcher.doc.transact(() => {
      addCard(watcher.doc, { id: 'merge-one', column, author: 'x', authorName: '', text: 'Créer une SCIC' });
      addCard(watcher.doc, { id: 'merge-two', column, author: 'x', authorName: '', text: 'Monter une coopérative' });
    });
    await waitSaved(watcher.provider);
    const route = `/boards/${synthesis.id}/merge`;
    expect((await post(route, { into: 'merge-one', cards: ['merge-two'], text: '  ' })).status).toBe(400);
    expect((await post(route, { into: 'merge-one', cards: ['merge-two'], text: 'x'.repeat(2_001) })).status).toBe(400);
    expect((await post<MergeResult>(route, { into: 'merge-one', cards: ['merge-two'], text: 'Monter une SCIC' })).body).toEqual({ cardId: 'merge-one', merged: 1 });
    await waitUntil(() => cardsInColumn(watcher.doc, column).length === 1, onDocChange([watcher.doc]), 'merged live');
    expect(cardsInColumn(watcher.doc, column).map((c) => c.text)).toEqual(['Monter une SCIC']);
  });
});

describe('cards carried into the roadmap', () => {
  it('lists each carried card of a board with its action, to anyone of the workshop', async () => {
    const roadmap = workshop.boards.find((b) => b.kind === 'roadmap')!;
    const carriedOf = (boardId: string, token?: string) => get<CarriedCards>(`/boards/${boardId}/carried`, token);
    const [card] = listCards(watcher.doc);
    expect((await carriedOf(synthesis.id, alice.participantToken)).body).toEqual({ cards: [] });

    const action = await post<RoadmapActionResult>(`/boards/${synthesis.id}/cards/${card!.id}/to-roadmap`, {});
    const atTableAction = await post<RoadmapActionResult>(`/boards/${tables[0]!.id}/cards/first-card/to-roadmap`, {});
    expect((await carriedOf(synthesis.id, alice.participantToken)).body).toEqual({
      cards: [{ cardId: card!.id, roadmapBoardId: roadmap.id, actionId: action.body.cardId }],
    });
    expect((await carriedOf(tables[0]!.id)).body.cards).toEqual([{ cardId: 'first-card', roadmapBoardId: roadmap.id, actionId: atTableAction.body.cardId }]);
    expect((await carriedOf(roadmap.id)).body).toEqual({ cards: [] });

    const other = await server.createWorkshop('Autre');
    expect((await carriedOf(synthesis.id, other.organiserToken)).status).toBe(403);
    expect((await carriedOf('nosuchboard')).status).toBe(404);
    expect((await server.request('GET', `/api/boards/${synthesis.id}/carried`)).status).toBe(401);
  });
});
