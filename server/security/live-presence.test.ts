/**
 * Presence from a hostile participant and from the projector, on both transports: states
 * that break the schema, that speak for another connection or another person, or that
 * come by the thousand are dropped; honest people keep seeing each other; an anonymous
 * board relays no names. What clients hold is decoded (applied to a fresh Awareness).
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Awareness } from 'y-protocols/awareness';
import { PRESENCE_COLORS } from '@shared/presence-palette';
import { presenceState } from '@shared/presence';
import type { InviteLink, JoinResult } from '@shared/protocol';
import { connectSocketIO, connectYWebsocket, waitUntil } from '../test-support/test-clients';
import { openRaw, presenceSeen, type RawClient } from './live-harness';
import { presenceOf } from './presence-fixtures';
import { TRANSPORTS, openRoom, type Room } from './write-harness';

let room: Room;
const closers: (() => void)[] = [];

beforeAll(async () => {
  // Room enough for 15,000 well-formed states in one message: the gate, not the size limit, must stop them.
  room = await openRoom({ MAX_MESSAGE_BYTES: String(2 * 1024 * 1024) });
});
afterAll(async () => {
  for (const close of closers) close();
  await room.dispose();
});

const onChange = (awareness: Awareness) => (cb: () => void) => {
  awareness.on('change', cb);
  return () => awareness.off('change', cb);
};

async function raw(transport: (typeof TRANSPORTS)[number], token: string, docId = room.boardId): Promise<RawClient> {
  const client = await openRaw(transport, room.server.url, docId, token);
  closers.push(() => client.close());
  return client;
}

/** Honest Alice on Socket.IO and Bob on the stock y-websocket provider, each seeing the other. */
async function honestPair() {
  const alice = await connectSocketIO(room.server.url, room.boardId, room.alice.token);
  const bob = await connectYWebsocket(room.server.url, room.boardId, room.bob.token);
  onTestFinished(() => {
    alice.provider.destroy();
    bob.provider.destroy();
  });
  alice.provider.awareness.setLocalState(presenceOf(room.alice.token, 'Alice'));
  bob.provider.awareness.setLocalState(presenceOf(room.bob.token, 'Bob'));
  for (const [awareness, other] of [
    [alice.provider.awareness, bob.doc.clientID],
    [bob.provider.awareness, alice.doc.clientID],
  ] as const) {
    await waitUntil(() => awareness.getStates().has(other), onChange(awareness), 'Alice and Bob see each other');
  }
  return { alice, bob };
}

/** Every state a client holds is a valid presence state. */
function allValid(states: Iterable<unknown>): boolean {
  return [...states].every((s) => presenceState.safeParse(s).success);
}

describe.each(TRANSPORTS)('presence over %s', (transport) => {
  it('drops malformed, borrowed and mass states; honest people still see each other', async () => {
    const { alice, bob } = await honestPair();
    const mallory = (await room.request<JoinResult>('POST', '/api/join', { code: room.workshop.joinCode, name: 'Mallory' })).body;
    const hostile = await raw(transport, mallory.participantToken);
    const mine = presenceOf(mallory.participantToken, 'Mallory');
    const aliceId = alice.doc.clientID;
    const aliceClock = alice.provider.awareness.meta.get(aliceId)!.clock;

    hostile.sendPresence([{ clientId: 1001, clock: 1, state: { ...mine, user: { ...mine.user, name: 1 } } }]);
    hostile.sendPresence([{ clientId: 1002, clock: 1, state: { ...mine, user: { ...mine.user, color: 'url(http://evil.example/t.png)' } } }]);
    // Alice's id: as Alice, then as Mallory, with a newer clock; and removing her.
    hostile.sendPresence([{ clientId: aliceId, clock: aliceClock + 5, state: presenceOf(room.alice.token, 'Alice (fake)') }]);
    hostile.sendPresence([{ clientId: aliceId, clock: aliceClock + 6, state: mine }]);
    hostile.sendPresence([{ clientId: aliceId, clock: aliceClock + 7, state: null }]);
    hostile.sendPresence(Array.from({ length: 15_000 }, (_, i) => ({ clientId: 10_000 + i, clock: 1, state: { ...mine, user: { ...mine.user, name: `Fake ${i}` } } })));
    await hostile.roundTrip();
    // A later change of Alice's is relayed after all of that: once Bob has it, the rest is settled.
    alice.provider.awareness.setLocalState(presenceOf(room.alice.token, 'Alice', 'card-marker'));
    await waitUntil(
      () => (bob.provider.awareness.getStates().get(aliceId) as { editing?: string } | undefined)?.editing === 'card-marker',
      onChange(bob.provider.awareness),
      'Bob sees Alice writing',
    );

    for (const awareness of [alice.provider.awareness, bob.provider.awareness]) {
      const states = [...awareness.getStates().values()] as { user: { id: string; name: string } }[];
      expect(allValid(states)).toBe(true);
      // At most the two ids a connection may own, none of them Alice's.
      expect(states.filter((s) => s.user.id === mallory.participantId).length).toBeLessThanOrEqual(2);
      expect(awareness.getStates().get(aliceId)).toMatchObject({ user: { name: 'Alice', id: room.alice.pid } });
      expect(awareness.getStates().get(bob.doc.clientID)).toMatchObject({ user: { name: 'Bob', id: room.bob.pid } });
    }
    expect(allValid(presenceSeen(hostile.presence).values())).toBe(true);
  });

  it('sees a person again after they reconnect with the same client id', async () => {
    const { alice, bob } = await honestPair();
    const [mover, watcher] = transport === 'socket.io' ? [alice, bob] : [bob, alice];
    const token = transport === 'socket.io' ? room.alice.token : room.bob.token;
    const name = transport === 'socket.io' ? 'Alice' : 'Bob';
    const id = mover.doc.clientID;
    mover.provider.disconnect();
    await waitUntil(() => !watcher.provider.awareness.getStates().has(id), onChange(watcher.provider.awareness), 'the leaver is gone');
    mover.provider.connect();
    // Its next change (a newer clock) is taken from the new connection.
    mover.provider.awareness.setLocalState(presenceOf(token, name, 'card-back'));
    await waitUntil(
      () => (watcher.provider.awareness.getStates().get(id) as { editing?: string } | undefined)?.editing === 'card-back',
      onChange(watcher.provider.awareness),
      'the person is back',
    );
  });

  it('lets the projector announce nothing', async () => {
    const { alice, bob } = await honestPair();
    const link = (await room.request<InviteLink>('POST', `/api/workshops/${room.workshop.id}/links`, { role: 'viewer' }, room.organiser.token)).body;
    const projector = await raw(transport, link.token);
    projector.sendPresence([{ clientId: 4242, clock: 1, state: presenceOf(link.token, 'Écran') }]);
    await projector.roundTrip();
    alice.provider.awareness.setLocalState(presenceOf(room.alice.token, 'Alice', 'card-after-projector'));
    await waitUntil(
      () => (bob.provider.awareness.getStates().get(alice.doc.clientID) as { editing?: string }).editing === 'card-after-projector',
      onChange(bob.provider.awareness),
      'Bob sees Alice writing',
    );
    expect(bob.provider.awareness.getStates().has(4242)).toBe(false);
    expect(presenceSeen(projector.presence).has(4242)).toBe(false);
  });
});

describe('an anonymous board', () => {
  it('relays presence without names, on both transports, including what was announced before', async () => {
    const anonymousRoom = await openRoom();
    closers.push(() => void anonymousRoom.dispose());
    const alice = await connectSocketIO(anonymousRoom.server.url, anonymousRoom.boardId, anonymousRoom.alice.token);
    closers.push(() => alice.provider.destroy());
    alice.provider.awareness.setLocalState(presenceOf(anonymousRoom.alice.token, 'Alice'));
    const early = await openRaw('socket.io', anonymousRoom.server.url, anonymousRoom.boardId, anonymousRoom.bob.token);
    closers.push(() => early.close());
    await waitUntil(() => presenceSeen(early.presence).has(alice.doc.clientID), early.onPresence, 'Bob sees Alice');
    expect(await anonymousRoom.command({ type: 'anonymity.set', anonymous: true })).toEqual({ ok: true });

    for (const transport of TRANSPORTS) {
      // A newcomer gets everyone's presence at once: Alice's was announced with her name.
      const observer = await openRaw(transport, anonymousRoom.server.url, anonymousRoom.boardId, anonymousRoom.bob.token);
      closers.push(() => observer.close());
      await waitUntil(() => presenceSeen(observer.presence).has(alice.doc.clientID), observer.onPresence, `${transport} sees Alice`);
      expect(presenceSeen(observer.presence).get(alice.doc.clientID)).toEqual({
        user: { color: PRESENCE_COLORS['Alice'.length % PRESENCE_COLORS.length], id: anonymousRoom.alice.pid },
        editing: null,
      });
    }
    // What she announces now reaches everyone without her name, even those who knew it.
    alice.provider.awareness.setLocalState(presenceOf(anonymousRoom.alice.token, 'Alice', 'card-anon1'));
    await waitUntil(
      () => (presenceSeen(early.presence).get(alice.doc.clientID) as { editing?: string }).editing === 'card-anon1',
      early.onPresence,
      'Bob sees Alice writing',
    );
    const seen = presenceSeen(early.presence).get(alice.doc.clientID) as { user: Record<string, unknown> };
    expect(seen.user).not.toHaveProperty('name');
    // Her own client keeps her name: the server does not echo it back without.
    expect(alice.provider.awareness.getLocalState()).toMatchObject({ user: { name: 'Alice' } });
  });
});
