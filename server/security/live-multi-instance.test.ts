/**
 * Two instances on one PostgreSQL and Redis: what the organiser does on one takes effect on
 * the other's open connections, on both transports. A revoked link or a deleted board
 * closes them within a second and nothing they send after is stored; archiving refuses
 * their writes. Skipped on a laptop without the services; in CI they must be there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardsOf } from '@shared/board-model';
import type { CreatedWorkshop, JoinResult } from '@shared/protocol';
import type { RunningServer } from '../app';
import { PostgresStore } from '../storage/postgres-store';
import { TEST_DATABASE_URL, servicesFor } from '../test-support/services';
import { apiClient } from '../test-support/test-server';
import { startTwoInstances, type TwoInstances } from '../test-support/two-instances';
import { cardUpdate, openRaw } from './live-harness';
import { withTimeout } from './live-timing';
import { TRANSPORTS } from './write-harness';

const available = await servicesFor('postgres', 'redis');
let pair: TwoInstances | undefined;
const cleanups: (() => unknown)[] = [];
let a: RunningServer;
let b: RunningServer;
let store: PostgresStore;

beforeAll(async () => {
  if (!available) return;
  pair = await startTwoInstances();
  [a, b] = [pair.a, pair.b];
  store = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema: pair.schema });
  cleanups.push(() => store.close());
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await pair?.stop();
});

async function workshopWithParticipant() {
  const api = apiClient(a.url);
  const workshop = (await api<CreatedWorkshop>('POST', '/api/workshops', { title: 'Deux instances' })).body;
  const joined = (await api<JoinResult>('POST', '/api/join', { code: workshop.joinCode, name: 'Alice' })).body;
  return { api, workshop, joined };
}

async function storedCards(boardId: string): Promise<Map<string, unknown>> {
  const doc = new Y.Doc();
  const { updates } = await store.loadBoard(boardId);
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
  return new Map(cardsOf(doc).entries());
}

describe.skipIf(!available).each(TRANSPORTS)('an open %s connection on the other instance', (transport) => {
  it('closes within a second when its link is revoked, and what it sends after is not stored', async () => {
    const { api, workshop, joined } = await workshopWithParticipant();
    const board = workshop.boards[0]!;
    const onB = await openRaw(transport, b.url, board.id, joined.participantToken);
    expect(await onB.sendUpdate(cardUpdate('card-before', board.columns[0]!.id, joined.participantId))).toBe(true);
    expect((await api('POST', `/api/workshops/${workshop.id}/links/revoke`, { role: 'participant' }, workshop.organiserToken)).status).toBe(200);
    const late = onB.sendUpdate(cardUpdate('card-after-revoke', board.columns[0]!.id, joined.participantId));
    expect(await withTimeout(onB.ended, 1_000, 'closed on the other instance')).toEqual({ code: 'unauthorized', reason: 'revoked' });
    expect(await late).toBe(false);
    const cards = await storedCards(board.id);
    expect(cards.has('card-before')).toBe(true);
    expect(cards.has('card-after-revoke')).toBe(false);
    // The other instance refuses the old token for new connections too.
    expect((await apiClient(b.url)('GET', `/api/workshops/${workshop.id}`, undefined, joined.participantToken)).status).toBe(401);
  });

  it('closes within a second when its board is deleted, and nothing more is stored for it', async () => {
    const { api, workshop, joined } = await workshopWithParticipant();
    const board = workshop.boards[1]!;
    const onB = await openRaw(transport, b.url, board.id, joined.participantToken);
    expect(await onB.sendUpdate(cardUpdate('card-doomed', board.columns[0]!.id, joined.participantId))).toBe(true);
    expect((await api('DELETE', `/api/boards/${board.id}`, undefined, workshop.organiserToken)).status).toBe(204);
    const late = onB.sendUpdate(cardUpdate('card-after-delete', board.columns[0]!.id, joined.participantId));
    expect(await withTimeout(onB.ended, 1_000, 'closed on the other instance')).toEqual({ code: 'not_found', reason: 'board_deleted' });
    expect(await late).toBe(false);
    expect((await store.loadBoard(board.id)).updates).toEqual([]);
  });

  it('refuses its writes once the workshop is archived on the first instance', async () => {
    const { api, workshop, joined } = await workshopWithParticipant();
    const board = workshop.boards[2]!;
    const onB = await openRaw(transport, b.url, board.id, joined.participantToken);
    expect((await api('POST', `/api/workshops/${workshop.id}/archive`, { archived: true }, workshop.organiserToken)).status).toBe(200);
    // The archive event travels through Redis: a write may still race it, so try until refused.
    let taken = true;
    for (let i = 0; taken && i < 50; i++) taken = await onB.sendUpdate(cardUpdate(`card-archived-${i}`, board.columns[0]!.id, joined.participantId));
    expect(taken).toBe(false);
    if (transport === 'y-websocket') expect(await onB.ended).toEqual({ code: 'forbidden', reason: 'archived' });
    else await onB.roundTrip(); // still open, read-only
    onB.close();
  });
});
