import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, listCards } from '@shared/board-model';
import { listComments } from '@shared/card-comments';
import type { FacilitatorCommand } from '@shared/facilitation';
import type { Ack, CreatedWorkshop, InviteLink, RedeemResult, VotesView } from '@shared/protocol';
import type { SocketIOProvider } from '../../client/src/sync/socketio-provider';
import {
  connectSocketIO,
  connectYWebsocket,
  onDocChange,
  waitConverged,
  waitSaved,
  waitUntil,
  type SioClient,
} from '../test-support/test-clients';
import { startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let workshop: CreatedWorkshop;
let boardId: string;
let column: string;
let facilitator: SioClient;
let alice: SioClient;
let bob: SioClient;
let viewerToken: string;
/** Participant ids: a card carries its writer's own (the server refuses any other). */
const pid = { alice: '', bob: '', facilitator: '' };
const toClose: { destroy(): void }[] = [];

const refusedWith = (ack: Ack, code: string) => expect(ack).toMatchObject({ ok: false, error: { code } });
const command = (client: SioClient, c: FacilitatorCommand) => client.provider.command(c);
const storedCards = async () => {
  const reader = await connectSocketIO(server.url, boardId, workshop.organiserToken);
  const cards = listCards(reader.doc);
  reader.provider.destroy();
  return cards;
};
const nextVotes = (provider: SocketIOProvider, check: (v: VotesView) => boolean) =>
  waitUntil(
    () => provider.votes !== null && check(provider.votes),
    (cb) => (provider.on('votes', cb), () => provider.off('votes', cb)),
    'votes view',
  );

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop();
  boardId = workshop.boards[0]!.id;
  column = workshop.boards[0]!.columns[0]!.id;
  const link = await server.request<InviteLink>('POST', `/api/workshops/${workshop.id}/links`, { role: 'facilitator', boardId }, workshop.organiserToken);
  const redeemed = await server.request<RedeemResult>('POST', '/api/invites/redeem', { invite: link.body.token, name: 'Fanny' });
  facilitator = await connectSocketIO(server.url, boardId, redeemed.body.token);
  const [joinedAlice, joinedBob] = [await server.join(workshop.joinCode, 'Alice'), await server.join(workshop.joinCode, 'Bob')];
  Object.assign(pid, { alice: joinedAlice.participantId, bob: joinedBob.participantId, facilitator: redeemed.body.participantId });
  alice = await connectSocketIO(server.url, boardId, joinedAlice.participantToken);
  bob = await connectSocketIO(server.url, boardId, joinedBob.participantToken);
  viewerToken = (await server.request<InviteLink>('POST', `/api/workshops/${workshop.id}/links`, { role: 'viewer', boardId }, workshop.organiserToken)).body.token;
  toClose.push(facilitator.provider, alice.provider, bob.provider);
  addCard(alice.doc, { id: 'card-alice1', column, author: pid.alice, authorName: 'Alice', text: 'Former les élus' });
  addCard(bob.doc, { id: 'card-bob-01', column, author: pid.bob, authorName: 'Bob', text: 'Prise de parts' });
  await Promise.all([waitSaved(alice.provider), waitSaved(bob.provider)]);
  await waitConverged([facilitator.doc, alice.doc, bob.doc]);
});
afterAll(async () => {
  for (const c of toClose) c.destroy();
  await server.dispose();
});

describe('roles', () => {
  it('refuses a viewer’s edits on both transports and stores nothing', async () => {
    const viewer = await connectSocketIO(server.url, boardId, viewerToken);
    toClose.push(viewer.provider);
    expect(viewer.provider.readOnly).toBe(true);
    const raw = new Y.Doc();
    Y.applyUpdate(raw, Y.encodeStateAsUpdate(viewer.doc));
    addCard(raw, { id: 'card-viewer', column, author: 'v', authorName: 'V' });
    const ack = await viewer.provider.socket.emitWithAck('y:sync', boardId, new Uint8Array([2, ...lengthPrefixed(Y.encodeStateAsUpdate(raw))]));
    refusedWith(ack as Ack, 'forbidden');

    const wsViewer = await connectYWebsocket(server.url, boardId, viewerToken);
    const closed = new Promise<number>((resolve) => wsViewer.provider.ws!.addEventListener('close', (e) => resolve(e.code)));
    wsViewer.provider.shouldConnect = false;
    addCard(wsViewer.doc, { id: 'card-viewer-ws', column, author: 'v', authorName: 'V' });
    expect(await closed).toBe(4403);
    wsViewer.provider.destroy();
    expect((await storedCards()).map((c) => c.id).sort()).toEqual(['card-alice1', 'card-bob-01']);
  });

  it('refuses facilitator commands from a participant and leaves the state unchanged', async () => {
    refusedWith(await command(alice, { type: 'phase.set', phase: 'voting' }), 'forbidden');
    refusedWith(await command(alice, { type: 'drafts.reveal' }), 'forbidden');
    refusedWith(await command(alice, { type: 'lock.set', locked: true }), 'forbidden');
    expect(facilitator.provider.state?.state.phase).toBe('writing');
    expect(facilitator.provider.state?.state.locked).toBe(false);
  });

  it('limits a board facilitator to their board', async () => {
    const otherBoard = workshop.boards[1]!.id;
    const onOther = await connectSocketIO(server.url, otherBoard, (facilitator.provider.socket.auth as { token: string }).token);
    toClose.push(onOther.provider);
    refusedWith(await onOther.provider.command({ type: 'lock.set', locked: true }), 'forbidden');
  });

  it('refuses invalid commands with a clear error', async () => {
    refusedWith(await facilitator.provider.command({ type: 'phase.set', phase: 'nope' } as never), 'invalid_request');
  });
});

describe('lock and phases', () => {
  it('refuses participants’ writes on a locked board, on both transports, but not the facilitator’s', async () => {
    expect((await command(facilitator, { type: 'lock.set', locked: true })).ok).toBe(true);
    await waitUntil(() => alice.provider.state?.state.locked === true, (cb) => (alice.provider.on('state', cb), () => alice.provider.off('state', cb)), 'lock seen');

    const refused = new Promise<string>((resolve) => alice.provider.once('refused', (r) => resolve(r.error.code)));
    addCard(alice.doc, { id: 'card-locked', column, author: pid.alice, authorName: 'Alice' });
    expect(await refused).toBe('forbidden');
    expect(alice.provider.saved).toBe(false);

    const wes = await server.join(workshop.joinCode, 'Wes');
    const participantWs = await connectYWebsocket(server.url, boardId, wes.participantToken);
    const closed = new Promise<number>((resolve) => participantWs.provider.ws!.addEventListener('close', (e) => resolve(e.code)));
    participantWs.provider.shouldConnect = false;
    addCard(participantWs.doc, { id: 'card-locked-ws', column, author: wes.participantId, authorName: 'W' });
    expect(await closed).toBe(4403);
    participantWs.provider.destroy();

    addCard(facilitator.doc, { id: 'card-facil1', column, author: pid.facilitator, authorName: 'Fanny' });
    await waitSaved(facilitator.provider);
    const ids = (await storedCards()).map((c) => c.id);
    expect(ids).toContain('card-facil1');
    expect(ids).not.toContain('card-locked');
    expect(ids).not.toContain('card-locked-ws');
    expect((await command(facilitator, { type: 'lock.set', locked: false })).ok).toBe(true);
    // A refused edit is never offered again: Alice's page starts over from the server's board.
    alice.provider.destroy();
    alice = await connectSocketIO(server.url, boardId, (alice.provider.socket.auth as { token: string }).token);
    toClose.push(alice.provider);
    expect(listCards(alice.doc).map((c) => c.id)).not.toContain('card-locked');
  });

  it('keeps the timer in step: every client gets the same end time', async () => {
    expect((await command(facilitator, { type: 'timer.start', durationMs: 300_000 })).ok).toBe(true);
    await waitUntil(() => bob.provider.state?.state.timer.endsAt != null, (cb) => (bob.provider.on('state', cb), () => bob.provider.off('state', cb)), 'timer');
    expect(bob.provider.state?.state.timer.endsAt).toBe(facilitator.provider.state?.state.timer.endsAt);
  });
});

describe('private writing', () => {
  it('keeps drafts from everyone else, on both transports, until the facilitator reveals them', async () => {
    expect((await command(facilitator, { type: 'privateWriting.set', enabled: true })).ok).toBe(true);
    const aliceToken = (alice.provider.socket.auth as { token: string }).token;
    const drafts = await connectSocketIO(server.url, `${boardId}:drafts`, aliceToken);
    toClose.push(drafts.provider);
    addCard(drafts.doc, { id: 'card-secret', column, author: pid.alice, authorName: 'Alice', text: 'Idée privée' });
    await waitSaved(drafts.provider);

    // Bob opening "his" drafts gets his own, empty; the board holds nothing of Alice's drafts.
    const bobToken = (bob.provider.socket.auth as { token: string }).token;
    const bobDrafts = await connectSocketIO(server.url, `${boardId}:drafts`, bobToken);
    const bobDraftsWs = await connectYWebsocket(server.url, `${boardId}:drafts`, bobToken);
    const boardWs = await connectYWebsocket(server.url, boardId, bobToken);
    toClose.push(bobDrafts.provider, bobDraftsWs.provider, boardWs.provider);
    // Each client's whole state, decoded into a fresh document: the check that finds the draft in
    // Alice's own copy must find it nowhere else.
    expect(decodedTexts(drafts.doc)).toContain('Idée privée');
    for (const doc of [bobDrafts.doc, bobDraftsWs.doc, boardWs.doc, bob.doc, facilitator.doc]) {
      expect(decodedTexts(doc)).not.toContain('Idée privée');
      expect(listCards(doc).some((c) => c.id === 'card-secret')).toBe(false);
    }
    // A reload keeps the draft.
    const again = await connectSocketIO(server.url, `${boardId}:drafts`, aliceToken);
    toClose.push(again.provider);
    expect(listCards(again.doc).map((c) => c.text)).toEqual(['Idée privée']);

    // The facilitator sees who has drafts (counts and names, not the cards); a participant does not.
    const facilitatorToken = (facilitator.provider.socket.auth as { token: string }).token;
    const listed = await server.request<{ authors: { participantId: string; name: string; cards: number }[] }>(
      'GET',
      `/api/boards/${boardId}/drafts`,
      undefined,
      facilitatorToken,
    );
    expect(listed.body.authors).toEqual([{ participantId: expect.any(String), name: 'Alice', cards: 1 }]);
    expect((await server.request('GET', `/api/boards/${boardId}/drafts`, undefined, bobToken)).status).toBe(403);

    refusedWith(await command(bob, { type: 'drafts.reveal' }), 'forbidden');
    expect((await command(facilitator, { type: 'drafts.reveal', author: listed.body.authors[0]!.participantId })).ok).toBe(true);
    await waitUntil(() => listCards(bob.doc).some((c) => c.id === 'card-secret'), onDocChange([bob.doc]), 'revealed card');
    await waitUntil(() => listCards(drafts.doc).length === 0, onDocChange([drafts.doc]), 'drafts emptied');
    expect(listCards(bob.doc).find((c) => c.id === 'card-secret')?.text).toBe('Idée privée');
    await command(facilitator, { type: 'privateWriting.set', enabled: false });
  });
});

describe('dot voting', () => {
  it('enforces phase, budget and lock, and hides totals until revealed', async () => {
    refusedWith(await alice.provider.vote({ cardId: 'card-bob-01', action: 'cast' }), 'forbidden');
    await command(facilitator, { type: 'votes.configure', perParticipant: 2, allowStacking: false, hideTotals: true });
    await command(facilitator, { type: 'phase.set', phase: 'voting' });

    expect((await alice.provider.vote({ cardId: 'card-bob-01', action: 'cast' })).ok).toBe(true);
    refusedWith(await alice.provider.vote({ cardId: 'card-bob-01', action: 'cast' }), 'conflict');
    expect((await alice.provider.vote({ cardId: 'card-alice1', action: 'cast' })).ok).toBe(true);
    refusedWith(await alice.provider.vote({ cardId: 'card-facil1', action: 'cast' }), 'conflict');
    refusedWith(await alice.provider.vote({ cardId: 'card-unknown', action: 'cast' }), 'not_found');
    expect((await bob.provider.vote({ cardId: 'card-bob-01', action: 'cast' })).ok).toBe(true);

    await nextVotes(alice.provider, (v) => v.remaining === 0);
    expect(alice.provider.votes).toMatchObject({ mine: { 'card-bob-01': 1, 'card-alice1': 1 }, totals: null });
    await nextVotes(facilitator.provider, (v) => v.totals?.['card-bob-01'] === 2);

    await command(facilitator, { type: 'lock.set', locked: true });
    refusedWith(await bob.provider.vote({ cardId: 'card-alice1', action: 'cast' }), 'forbidden');
    await command(facilitator, { type: 'lock.set', locked: false });

    expect((await alice.provider.vote({ cardId: 'card-alice1', action: 'withdraw' })).ok).toBe(true);
    refusedWith(await alice.provider.vote({ cardId: 'card-alice1', action: 'withdraw' }), 'conflict');

    await command(facilitator, { type: 'votes.reveal', revealed: true });
    await nextVotes(bob.provider, (v) => v.totals !== null);
    expect(bob.provider.votes?.totals).toEqual({ 'card-bob-01': 2 });

    await command(facilitator, { type: 'phase.set', phase: 'closed' });
    refusedWith(await bob.provider.vote({ cardId: 'card-alice1', action: 'cast' }), 'forbidden');
  });

  it('gives a reconnecting client the state, its own votes and revealed totals at once', async () => {
    const token = (bob.provider.socket.auth as { token: string }).token;
    const back = await connectSocketIO(server.url, boardId, token);
    toClose.push(back.provider);
    expect(back.provider.state?.state.phase).toBe('closed');
    expect(back.provider.votes).toMatchObject({ mine: { 'card-bob-01': 1 }, totals: { 'card-bob-01': 2 } });
    await command(facilitator, { type: 'phase.set', phase: 'writing' });
  });
});

describe('anonymity', () => {
  it('erases author names from the document and refuses new ones', async () => {
    await command(facilitator, { type: 'anonymity.set', anonymous: true });
    await waitUntil(() => listCards(bob.doc).every((c) => c.authorName === ''), onDocChange([bob.doc]), 'names erased');
    // Facilitators still know who wrote what; participants do not.
    const byFacilitator = await server.request<{ participants: { id: string; name: string }[] }>(
      'GET',
      `/api/workshops/${workshop.id}/participants`,
      undefined,
      (facilitator.provider.socket.auth as { token: string }).token,
    );
    expect(byFacilitator.body.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Alice', 'Bob', 'Fanny']));
    const byParticipant = await server.request('GET', `/api/workshops/${workshop.id}/participants`, undefined, (bob.provider.socket.auth as { token: string }).token);
    expect(byParticipant.status).toBe(403);
    const refused = new Promise<string>((resolve) => bob.provider.once('refused', (r) => resolve(r.error.code)));
    addCard(bob.doc, { id: 'card-named1', column, author: pid.bob, authorName: 'Bob' });
    expect(await refused).toBe('forbidden');
    addCard(alice.doc, { id: 'card-anon01', column, author: pid.alice, authorName: '' });
    await waitSaved(alice.provider);
    const stored = await storedCards();
    expect(stored.map((c) => c.id)).toContain('card-anon01');
    expect(stored.every((c) => c.authorName === '')).toBe(true);
  });
});

describe('links and archive', () => {
  it('revoking viewer links refuses their tokens at once', async () => {
    await server.request('POST', `/api/workshops/${workshop.id}/links/revoke`, { role: 'viewer' }, workshop.organiserToken);
    expect((await server.request('GET', `/api/workshops/${workshop.id}`, undefined, viewerToken)).status).toBe(401);
  });

  it('refuses every write once the workshop is archived', async () => {
    const res = await server.request<{ archivedAt: number | null }>('POST', `/api/workshops/${workshop.id}/archive`, { archived: true }, workshop.organiserToken);
    expect(res.body.archivedAt).not.toBeNull();
    const refused = new Promise<string>((resolve) => facilitator.provider.once('refused', (r) => resolve(r.error.code)));
    addCard(facilitator.doc, { id: 'card-archiv', column, author: pid.facilitator, authorName: '' });
    expect(await refused).toBe('forbidden');
    refusedWith(await command(facilitator, { type: 'phase.set', phase: 'discussion' }), 'forbidden');
  });
});

/** Every text a document's state holds (card texts and comments), read after decoding it into a fresh document. */
function decodedTexts(doc: Y.Doc): string[] {
  const fresh = new Y.Doc();
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
  return listCards(fresh).flatMap((card) => [card.text, ...listComments(fresh, card.id).map((c) => c.text)]);
}

/** A y-protocols varUint8Array: length prefix then bytes (lengths here fit one or two bytes). */
function lengthPrefixed(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let n = bytes.length;
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return [...out, ...bytes];
}
