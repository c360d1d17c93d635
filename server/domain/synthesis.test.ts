import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addCard, cardsInColumn, cardsOf, listCards } from '@shared/board-model';
import { createGroup, groupOfCard, groupsOf } from '@shared/board-groups';
import { addComment, listComments, toggleReaction } from '@shared/card-comments';
import type { CheckpointList } from '@shared/history';
import type { BoardInfo, CreatedWorkshop, InviteLink, JoinResult, RedeemResult, VotesView } from '@shared/protocol';
import { roadmapOf } from '@shared/roadmap';
import { tablesOf, type MergeResult, type RoadmapActionResult, type SynthesisResult, type TablesResult } from '@shared/synthesis';
import type { SocketIOProvider } from '../../client/src/sync/socketio-provider';
import { connectSocketIO, onDocChange, waitSaved, waitUntil, type SioClient } from '../test-support/test-clients';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;
let source: BoardInfo;
let tables: BoardInfo[];
let participantToken: string;
let aliceJoin: JoinResult;
const toClose: { destroy(): void }[] = [];

const post = <T>(route: string, body: unknown, token = workshop.organiserToken) => server.request<T>('POST', `/api${route}`, body, token);
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

/** The participant id a token carries: cards are written under their writer's own id. */
const pidOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { pid: string }).pid;

/** Writes one card (in a group) with a comment and a reply, and a reaction, as `person`. */
async function writeAtTable(client: SioClient, board: BoardInfo, id: string, text: string, group: string, person: JoinResult) {
  const column = board.columns[0]!.id;
  const [author, name] = [person.participantId, person.name];
  client.doc.transact(() => {
    addCard(client.doc, { id, column, author, authorName: name, text });
    createGroup(client.doc, { id: `${id}-grp`, column, title: group, cardIds: [id] });
    addComment(client.doc, id, { id: `${id}-c1`, author, authorName: name, text: `Avis de ${name}`, replyTo: null });
    addComment(client.doc, id, { id: `${id}-c2`, author, authorName: name, text: 'Réponse', replyTo: `${id}-c1` });
    toggleReaction(client.doc, id, '👍', author);
  });
  await waitSaved(client.provider);
}

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop();
  source = workshop.boards[0]!;
  aliceJoin = await server.join(workshop.joinCode, 'Alice');
  participantToken = aliceJoin.participantToken;
});
afterAll(async () => {
  for (const c of toClose) c.destroy();
  await server.dispose();
});

describe('tables', () => {
  it('copies the board’s columns, empty, numbered after the existing tables', async () => {
    const first = await post<TablesResult>(`/boards/${source.id}/tables`, { count: 2 });
    expect(first.status).toBe(201);
    const more = await post<TablesResult>(`/boards/${source.id}/tables`, { count: 1 });
    tables = [...first.body.boards, ...more.body.boards];
    expect(tables.map((b) => [b.title, b.table, b.sourceBoardId, b.kind])).toEqual([
      ['Difficultés — Table 1', 'Table 1', source.id, 'board'],
      ['Difficultés — Table 2', 'Table 2', source.id, 'board'],
      ['Difficultés — Table 3', 'Table 3', source.id, 'board'],
    ]);
    for (const table of tables) expect(table.columns.map((c) => c.title)).toEqual(source.columns.map((c) => c.title));
    const reader = await connect(tables[0]!.id, workshop.organiserToken);
    expect(listCards(reader.doc)).toEqual([]);
  });

  it('refuses more boards than a workshop holds, participants, and tables of a table', async () => {
    const blank = await server.createWorkshop('Petit', 'blank');
    const from = blank.boards[0]!.id;
    // Two requests at once still number their tables apart.
    const both = await Promise.all([1, 2].map(() => post<TablesResult>(`/boards/${from}/tables`, { count: 12 }, blank.organiserToken)));
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    expect(new Set(both.flatMap((r) => r.body.boards.map((b) => b.table))).size).toBe(24);
    const refused = await post<{ error: { code: string; message: string } }>(`/boards/${from}/tables`, { count: 6 }, blank.organiserToken);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/at most 30 boards: room for 5 more/);
    expect((await post(`/boards/${from}/tables`, { count: 13 }, blank.organiserToken)).status).toBe(400);
    expect((await post(`/boards/${source.id}/tables`, { count: 1 }, participantToken)).status).toBe(403);
    expect((await post(`/boards/${tables[0]!.id}/tables`, { count: 1 })).status).toBe(400);
  });

  it('changes nothing in an archived workshop', async () => {
    const archived = await server.createWorkshop('Archivé', 'blank');
    const from = archived.boards[0]!.id;
    expect((await post(`/workshops/${archived.id}/archive`, { archived: true }, archived.organiserToken)).status).toBe(200);
    expect((await post(`/boards/${from}/tables`, { count: 1 }, archived.organiserToken)).status).toBe(403);
    expect((await post(`/boards/${from}/synthesis`, {}, archived.organiserToken)).status).toBe(403);
  });
});

describe('synthesis, merge and roadmap', () => {
  let synthesis: BoardInfo;
  let watcher: SioClient;
  let alice: SioClient;
  let bob: SioClient;
  let bobJoin: JoinResult;

  beforeAll(async () => {
    alice = await connect(tables[0]!.id, participantToken);
    bobJoin = await server.join(workshop.joinCode, 'Bob');
    bob = await connect(tables[1]!.id, bobJoin.participantToken);
    await writeAtTable(alice, tables[0]!, 'card-table1', 'Former les élus aux SCIC', 'Formation', aliceJoin);
    await writeAtTable(bob, tables[1]!, 'card-table2', 'former des élus sur les SCIC', 'formation', bobJoin);
    // A card written on the source board itself is gathered too.
    const onSource = await connect(source.id, workshop.organiserToken);
    addCard(onSource.doc, { id: 'card-source', column: source.columns[1]!.id, author: pidOf(workshop.organiserToken), authorName: 'Odile', text: 'Statuts mal connus' });
    await waitSaved(onSource.provider);
    // Votes through the real path: the facilitator opens voting, participants cast.
    for (const [client, table, cardId] of [[alice, tables[0]!, 'card-table1'], [bob, tables[1]!, 'card-table2']] as const) {
      const organiser = await connect(table.id, workshop.organiserToken);
      expect((await organiser.provider.command({ type: 'phase.set', phase: 'voting' })).ok).toBe(true);
      await nextVotes(client.provider, () => true);
      expect((await client.provider.vote({ cardId, action: 'cast' })).ok).toBe(true);
    }
  });

  it('gathers every table’s cards with their tables, groups, comments, reactions and votes', async () => {
    // Two clicks at once: one board.
    const both = await Promise.all([
      post<SynthesisResult>(`/boards/${source.id}/synthesis`, {}),
      post<SynthesisResult>(`/boards/${source.id}/synthesis`, {}),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(both[0].body.board.id).toBe(both[1].body.board.id);
    const made = both.find((r) => r.status === 201)!;
    synthesis = made.body.board;
    expect(synthesis).toMatchObject({ title: 'Difficultés — Synthèse', kind: 'synthesis', sourceBoardId: source.id });
    expect(synthesis.columns.map((c) => c.title)).toEqual(source.columns.map((c) => c.title));

    watcher = await connect(synthesis.id, workshop.organiserToken);
    const fromSource = cardsInColumn(watcher.doc, synthesis.columns[1]!.id);
    expect(fromSource.map((c) => [c.text, tablesOf(cardsOf(watcher.doc).get(c.id))])).toEqual([['Statuts mal connus', ['Difficultés']]]);
    const cards = cardsInColumn(watcher.doc, synthesis.columns[0]!.id);
    expect(cards.map((c) => [c.text, c.authorName, c.column])).toEqual([
      ['Former les élus aux SCIC', 'Alice', synthesis.columns[0]!.id],
      ['former des élus sur les SCIC', 'Bob', synthesis.columns[0]!.id],
    ]);
    const [one, two] = cards.map((c) => cardsOf(watcher.doc).get(c.id)!);
    expect([tablesOf(one), tablesOf(two)]).toEqual([['Table 1'], ['Table 2']]);
    expect(one!.get('origin')).toBe(`${tables[0]!.id}/card-table1`);
    // "Formation" and "formation": one group in the synthesis.
    expect(groupsOf(watcher.doc).size).toBe(1);
    expect(groupOfCard(watcher.doc, cards[0]!.id)).toBe(groupOfCard(watcher.doc, cards[1]!.id));
    expect(listComments(watcher.doc, cards[0]!.id).map((c) => [c.text, c.replyTo])).toEqual([
      ['Avis de Alice', null],
      ['Réponse', 'card-table1-c1'],
    ]);
    await nextVotes(watcher.provider, (v) => v.totals?.[cards[0]!.id] === 1 && v.totals[cards[1]!.id] === 1);

    const again = await post<SynthesisResult>(`/boards/${source.id}/synthesis`, {});
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ board: synthesis, created: false });
  });

  it('merges cards keeping votes, comments, reactions and tables; live clients see it', async () => {
    const firstColumn = () => cardsInColumn(watcher.doc, synthesis.columns[0]!.id);
    const [target, other] = firstColumn();
    expect((await post(`/boards/${synthesis.id}/merge`, { into: target!.id, cards: [target!.id] })).status).toBe(400);
    expect((await post(`/boards/${synthesis.id}/merge`, { into: target!.id, cards: ['card-missing'] })).status).toBe(400);
    expect((await post(`/boards/${synthesis.id}/merge`, { into: target!.id, cards: [other!.id] }, participantToken)).status).toBe(403);
    // A facilitator whose link is for one table cannot merge on the synthesis.
    const link = await post<InviteLink>(`/workshops/${workshop.id}/links`, { role: 'facilitator', boardId: tables[0]!.id });
    const tableFacilitator = await post<RedeemResult>('/invites/redeem', { invite: link.body.token, name: 'Fanny' });
    expect((await post(`/boards/${synthesis.id}/merge`, { into: target!.id, cards: [other!.id] }, tableFacilitator.body.token)).status).toBe(403);

    const merged = await post<MergeResult>(`/boards/${synthesis.id}/merge`, { into: target!.id, cards: [other!.id] });
    expect(merged.body).toEqual({ cardId: target!.id, merged: 1 });
    await waitUntil(() => firstColumn().length === 1, onDocChange([watcher.doc]), 'merge seen live');
    const map = cardsOf(watcher.doc).get(target!.id)!;
    // The texts differ beyond case and accents ("aux" / "sur les"), so both are kept.
    expect(firstColumn()[0]!.text).toBe('Former les élus aux SCIC\n\nformer des élus sur les SCIC');
    expect(tablesOf(map)).toEqual(['Table 1', 'Table 2']);
    expect(listComments(watcher.doc, target!.id)).toHaveLength(4);
    expect([...(map.get('reactions') as Y.Map<true>).keys()].sort()).toEqual([`👍 ${aliceJoin.participantId}`, `👍 ${bobJoin.participantId}`].sort());
    await nextVotes(watcher.provider, (v) => v.totals?.[target!.id] === 2 && v.totals[other!.id] === undefined);
    // The board as it was before the merge can be brought back.
    const history = await server.request<CheckpointList>('GET', `/api/boards/${synthesis.id}/checkpoints`, undefined, workshop.organiserToken);
    expect(history.body.checkpoints.map((c) => c.reason)).toContain('merge');
  });

  it('carries a card into the roadmap once, linked to it', async () => {
    const [card] = cardsInColumn(watcher.doc, synthesis.columns[0]!.id);
    const roadmap = workshop.boards.find((b) => b.kind === 'roadmap')!;
    const route = `/boards/${synthesis.id}/cards/${card!.id}/to-roadmap`;
    expect((await post(route, {}, participantToken)).status).toBe(403);
    const first = await post<RoadmapActionResult>(route, {});
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ boardId: roadmap.id, created: true });
    const twice = await Promise.all([post<RoadmapActionResult>(route, {}), post<RoadmapActionResult>(route, {})]);
    expect(twice.map((r) => [r.status, r.body.cardId])).toEqual([
      [200, first.body.cardId],
      [200, first.body.cardId],
    ]);

    const reader = await connect(roadmap.id, workshop.organiserToken);
    expect(listCards(reader.doc).map((c) => [c.text, c.column])).toEqual([[card!.text, roadmap.columns[0]!.id]]);
    expect(roadmapOf(reader.doc, first.body.cardId)).toMatchObject({ status: 'todo', links: [`${synthesis.id}/${card!.id}`] });
    expect((await post(`/boards/${roadmap.id}/cards/${first.body.cardId}/to-roadmap`, {})).status).toBe(400);
  });

  it('refuses a roadmap carry when the workshop has none', async () => {
    const blank = await server.createWorkshop('Sans feuille', 'blank');
    const board = blank.boards[0]!;
    const client = await connect(board.id, blank.organiserToken);
    addCard(client.doc, { id: 'card-lonely', column: board.columns[0]!.id, author: pidOf(blank.organiserToken), authorName: 'O', text: 'Seule' });
    await waitSaved(client.provider);
    expect((await post(`/boards/${board.id}/cards/card-lonely/to-roadmap`, {}, blank.organiserToken)).status).toBe(409);
  });
});
