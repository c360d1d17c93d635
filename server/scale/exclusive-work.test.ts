/**
 * "Only one at a time" rules with two instances on one PostgreSQL: the same request sent to
 * A and B at once gives the result one request would, because the instances take the same
 * database lock (Storage.exclusive), not each a lock of its own memory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, listCards } from '@shared/board-model';
import type { BoardInfo, CreatedWorkshop, WorkshopInfo } from '@shared/protocol';
import { roadmapOf } from '@shared/roadmap';
import type { RoadmapActionResult, SynthesisResult, TablesResult } from '@shared/synthesis';
import type { RunningServer } from '../app';
import { servicesFor } from '../test-support/services';
import { connectSocketIO, waitSaved } from '../test-support/test-clients';
import { apiClient } from '../test-support/test-server';
import { startTwoInstances, type TwoInstances } from '../test-support/two-instances';

const available = await servicesFor('postgres', 'redis');
let pair: TwoInstances | undefined;
const cleanups: (() => unknown)[] = [];
let a: RunningServer;
let b: RunningServer;
let workshop: CreatedWorkshop;
let source: BoardInfo;

beforeAll(async () => {
  if (!available) return;
  pair = await startTwoInstances();
  [a, b] = [pair.a, pair.b];
  workshop = (await apiClient(a.url)<CreatedWorkshop>('POST', '/api/workshops', { title: 'Deux à la fois' })).body;
  source = workshop.boards[0]!;
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await pair?.stop();
});

/** The same request on both instances at once. */
function onBoth<T>(method: string, route: string, body: unknown) {
  return Promise.all([a, b].map((server) => apiClient(server.url)<T>(method, `/api${route}`, body, workshop.organiserToken)));
}

const boardsNow = async () =>
  (await apiClient(a.url)<WorkshopInfo>('GET', `/api/workshops/${workshop.id}`, undefined, workshop.organiserToken)).body.boards;

describe.skipIf(!available)('the same request on two instances at once', () => {
  it('adds tables with distinct consecutive numbers', async () => {
    const answers = await onBoth<TablesResult>('POST', `/boards/${source.id}/tables`, { count: 2 });
    expect(answers.map((r) => r.status)).toEqual([201, 201]);
    const tables = (await boardsNow()).filter((board) => board.sourceBoardId === source.id && board.kind === 'board');
    expect(tables.map((t) => t.table).sort()).toEqual(['Table 1', 'Table 2', 'Table 3', 'Table 4']);
    // Each request got two numbers in a row: the other never slipped between them.
    for (const { body } of answers) {
      const [first, second] = body.boards.map((t) => Number(t.table!.split(' ')[1]));
      expect(second).toBe(first! + 1);
    }
  });

  it('makes one synthesis of a board', async () => {
    const answers = await onBoth<SynthesisResult>('POST', `/boards/${source.id}/synthesis`, undefined);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(answers[0]!.body.board.id).toBe(answers[1]!.body.board.id);
    expect((await boardsNow()).filter((board) => board.kind === 'synthesis')).toHaveLength(1);
  });

  it('makes one roadmap action of a card', async () => {
    const writer = await connectSocketIO(a.url, source.id, workshop.organiserToken);
    cleanups.push(() => writer.provider.destroy());
    const author = JSON.parse(Buffer.from(workshop.organiserToken.split('.')[1]!, 'base64url').toString('utf8')) as { pid: string };
    addCard(writer.doc, { id: 'card-to-carry', column: source.columns[0]!.id, author: author.pid, authorName: '', text: 'Un tiers-lieu' });
    await waitSaved(writer.provider);

    const answers = await onBoth<RoadmapActionResult>('POST', `/boards/${source.id}/cards/card-to-carry/to-roadmap`, {});
    expect(answers.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(answers[0]!.body.cardId).toBe(answers[1]!.body.cardId);
    const roadmap = (await boardsNow()).find((board) => board.kind === 'roadmap')!;
    const reader = await connectSocketIO(b.url, roadmap.id, workshop.organiserToken);
    cleanups.push(() => reader.provider.destroy());
    const actions = listCards(reader.doc).filter((card) => roadmapOf(reader.doc, card.id).links.includes(`${source.id}/card-to-carry`));
    expect(actions.map((card) => card.id)).toEqual([answers[0]!.body.cardId]);
  });
});
