/**
 * Facilitator events survive a Redis outage. Instance A's Redis goes through a TCP proxy that
 * the test cuts; B's too in the full outage. Meanwhile the organiser, on A, opens the vote,
 * votes and archives the workshop: nothing throws, everything is stored, and nothing reaches
 * B. When Redis returns, B re-reads what it keeps (on its own reconnection, or because A says
 * it lost what it published) and its clients see the new phase and the votes; the archive
 * refuses their writes and commands, and B's API refuses changes.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCard, cardsOf } from '@shared/board-model';
import type { CreatedWorkshop, JoinResult, Refusal } from '@shared/protocol';
import { startServer, type RunningServer } from '../app';
import { configFromEnv } from '../config';
import {
  TEST_REDIS_URL,
  createSchema,
  databaseUrlFor,
  dropSchema,
  freshSchema,
  servicesFor,
} from '../test-support/services';
import { startTcpProxy, type TcpProxy } from '../test-support/tcp-proxy';
import { connectSocketIO, onDocChange, waitUntil, type SioClient } from '../test-support/test-clients';
import { apiClient, tempDataDir, testEnv } from '../test-support/test-server';

const available = await servicesFor('postgres', 'redis');
const schema = freshSchema();
const dirs: string[] = [];
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  if (available) await createSchema(schema);
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (available) await dropSchema(schema);
});

/** An instance whose Redis connections go through a proxy the test can cut. */
async function instanceBehindProxy(): Promise<{ server: RunningServer; redis: TcpProxy }> {
  const redis = await startTcpProxy(Number(new URL(TEST_REDIS_URL).port));
  const dataDir = tempDataDir();
  dirs.push(dataDir);
  const env = {
    ...testEnv(dataDir),
    DATABASE_URL: databaseUrlFor(schema),
    REDIS_URL: redis.url.replace('http:', 'redis:'),
    SECRET: 'a-secret-shared-by-both-instances-of-this-test',
  };
  const server = await startServer(configFromEnv(env));
  cleanups.push(() => redis.close(), () => server.close());
  return { server, redis };
}

async function connect(url: string, boardId: string, token: string): Promise<SioClient> {
  const client = await connectSocketIO(url, boardId, token);
  cleanups.push(() => client.provider.destroy());
  return client;
}

/** Resolves once the instance's readiness check reports Redis gone (it notices within a few round trips). */
async function redisDown(url: string): Promise<void> {
  for (;;) {
    const { body } = await apiClient(url)<{ checks: Record<string, string> }>('GET', '/readyz');
    if (body.checks.redis === 'disconnected') return;
  }
}

const onVotes = (client: SioClient) => (cb: () => void) => (client.provider.on('votes', cb), () => client.provider.off('votes', cb));
const onState = (client: SioClient) => (cb: () => void) => (client.provider.on('state', cb), () => client.provider.off('state', cb));

describe.skipIf(!available).each([
  ['only instance A loses Redis', false],
  ['Redis goes away for both instances', true],
])('%s while the organiser acts on A', (_, bothCut) => {
  it('B’s clients see the new phase and votes once it returns, and the archive holds on B', async () => {
    const [a, b] = [await instanceBehindProxy(), await instanceBehindProxy()];
    const api = apiClient(a.server.url);
    const { body: workshop } = await api<CreatedWorkshop>('POST', '/api/workshops', { title: 'Coupure' });
    const { body: joined } = await api<JoinResult>('POST', '/api/join', { code: workshop.joinCode, name: 'Alice' });
    const board = workshop.boards[0]!;
    const column = board.columns[0]!.id;
    const organiserOnA = await connect(a.server.url, board.id, workshop.organiserToken);
    const organiserOnB = await connect(b.server.url, board.id, workshop.organiserToken);
    const participantOnB = await connect(b.server.url, board.id, joined.participantToken);
    // A card written on B reaches A: both instances hold the board and relay between them.
    addCard(participantOnB.doc, { id: 'card-to-vote', column, author: joined.participantId, authorName: 'Alice' });
    await waitUntil(() => cardsOf(organiserOnA.doc).has('card-to-vote'), onDocChange([organiserOnA.doc]), 'the card on A');

    a.redis.cut();
    if (bothCut) b.redis.cut();
    await Promise.all([redisDown(a.server.url), ...(bothCut ? [redisDown(b.server.url)] : [])]);
    // Stored and answered on A even though nothing can be published.
    expect(await organiserOnA.provider.command({ type: 'phase.set', phase: 'voting' })).toMatchObject({ ok: true });
    expect(await organiserOnA.provider.vote({ cardId: 'card-to-vote', action: 'cast' })).toMatchObject({ ok: true });
    expect((await api('POST', `/api/workshops/${workshop.id}/archive`, { archived: true }, workshop.organiserToken)).status).toBe(200);
    expect(organiserOnB.provider.votes?.totals?.['card-to-vote'] ?? 0).toBe(0);

    a.redis.restore();
    b.redis.restore();
    // Only B's catch-up sends votes to B's clients, after re-reading the archive and the phase.
    await waitUntil(() => organiserOnB.provider.votes?.totals?.['card-to-vote'] === 1, onVotes(organiserOnB), 'the vote on B', 20_000);
    await waitUntil(() => participantOnB.provider.state?.state.phase === 'voting', onState(participantOnB), 'the phase on B');

    const refused = new Promise<Refusal>((resolve) => participantOnB.provider.once('refused', resolve));
    addCard(participantOnB.doc, { id: 'card-after-archive', column, author: joined.participantId, authorName: 'Alice' });
    expect((await refused).error).toMatchObject({ code: 'forbidden', reason: 'archived' });
    const command = await organiserOnB.provider.command({ type: 'lock.set', locked: true });
    expect(command).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const onBApi = apiClient(b.server.url);
    const column2 = await onBApi('POST', `/api/boards/${board.id}/columns`, { title: 'Encore' }, workshop.organiserToken);
    expect(column2.status).toBe(403);
  });
});
