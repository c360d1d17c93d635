/**
 * A synthesis refresh with two instances on one PostgreSQL: the same refresh sent to A and B
 * at once copies each new table card once, because both take the same database lock and read
 * the synthesis as stored (the other's copy may still be on its way through Redis).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, listCards } from '@shared/board-model';
import type { BoardInfo, CreatedWorkshop, JoinResult } from '@shared/protocol';
import type { RefreshResult, SynthesisResult, TablesResult } from '@shared/synthesis';
import type { RunningServer } from '../app';
import { servicesFor } from '../test-support/services';
import { connectSocketIO, onDocChange, waitSaved, waitUntil } from '../test-support/test-clients';
import { apiClient } from '../test-support/test-server';
import { startTwoInstances, type TwoInstances } from '../test-support/two-instances';

const available = await servicesFor('postgres', 'redis');
let pair: TwoInstances | undefined;
const cleanups: (() => unknown)[] = [];
let a: RunningServer;
let b: RunningServer;
let workshop: CreatedWorkshop;
let table: BoardInfo;
let synthesis: BoardInfo;
let alice: JoinResult;

const post = <T>(server: RunningServer, route: string) => apiClient(server.url)<T>('POST', `/api${route}`, {}, workshop.organiserToken);

beforeAll(async () => {
  if (!available) return;
  pair = await startTwoInstances();
  [a, b] = [pair.a, pair.b];
  const api = apiClient(a.url);
  workshop = (await api<CreatedWorkshop>('POST', '/api/workshops', { title: 'Synthèse à deux' })).body;
  const source = workshop.boards[0]!;
  table = (await api<TablesResult>('POST', `/api/boards/${source.id}/tables`, { count: 1 }, workshop.organiserToken)).body.boards[0]!;
  alice = (await api<JoinResult>('POST', '/api/join', { code: workshop.joinCode, name: 'Alice' })).body;
  synthesis = (await post<SynthesisResult>(a, `/boards/${source.id}/synthesis`)).body.board;
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await pair?.stop();
});

describe.skipIf(!available)('refreshing a synthesis on two instances at once', () => {
  it('copies each new table card once', async () => {
    const writer = await connectSocketIO(a.url, table.id, alice.participantToken);
    cleanups.push(() => writer.provider.destroy());
    const column = table.columns[0]!.id;
    writer.doc.transact(() => {
      for (const text of ['Un tiers-lieu', 'Une monnaie locale']) addCard(writer.doc, { id: `card-${text.length}-${text.slice(4, 8)}`, column, author: alice.participantId, authorName: 'Alice', text });
    });
    await waitSaved(writer.provider);

    const answers = await Promise.all([a, b].map((server) => post<RefreshResult>(server, `/boards/${synthesis.id}/synthesis/refresh`)));
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    expect(answers.map((r) => r.body.added).sort()).toEqual([0, 2]);
    const reader = await connectSocketIO(b.url, synthesis.id, workshop.organiserToken);
    cleanups.push(() => reader.provider.destroy());
    await waitUntil(() => listCards(reader.doc).length >= 2, onDocChange([reader.doc]), 'the copies on B');
    expect(listCards(reader.doc).map((c) => c.text).sort()).toEqual(['Un tiers-lieu', 'Une monnaie locale']);
  });
});
