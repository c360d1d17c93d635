/**
 * Random presence messages against the invariants, with fast-check: first against the gate
 * alone (many runs, fast), then from a hostile connection on a real server on both
 * transports. The server always answers (or closes a malformed sender), nothing malformed
 * is relayed, and honest people keep seeing each other as they are.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Awareness } from 'y-protocols/awareness';
import { PRESENCE_LIMITS, presenceState } from '@shared/presence';
import { PRESENCE_COLORS } from '@shared/presence-palette';
import type { JoinResult } from '@shared/protocol';
import { gatePresence, type PresenceSender } from '../docs/presence-gate';
import { PresenceOwners } from '../docs/presence-owners';
import { readPresenceEntries, writePresenceEntries, type PresenceEntry } from '../docs/presence-wire';
import { connectSocketIO, connectYWebsocket, waitUntil } from '../test-support/test-clients';
import { openRaw, type RawClient } from './live-harness';
import { presenceOf } from './presence-fixtures';
import { TRANSPORTS, openRoom, type Room } from './write-harness';

const MALLORY = 'malloryPid01';
const OTHER = 'otherPid0001';

/** States: valid ones (own or someone else's), near misses, and any JSON at all. */
const stateArb = fc.oneof(
  fc.record({
    user: fc.record({ name: fc.string({ maxLength: 90 }), color: fc.constantFrom(...PRESENCE_COLORS), id: fc.constantFrom(MALLORY, OTHER) }),
    editing: fc.oneof(fc.constant(null), fc.string({ minLength: 1, maxLength: 45 })),
  }),
  fc.record({
    user: fc.record({
      name: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
      color: fc.oneof(fc.constantFrom(...PRESENCE_COLORS), fc.constant('url(http://evil.example/x)'), fc.string()),
      id: fc.oneof(fc.constant(MALLORY), fc.string()),
    }),
    editing: fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 3_000 })),
  }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(null),
);
const entryArb = (ids: fc.Arbitrary<number>) => fc.record({ clientId: ids, clock: fc.nat({ max: 1_000 }), state: stateArb });

describe('the gate, alone', () => {
  it('accepts only valid states of the sender, at most two ids per connection, never another’s', () => {
    const sender: PresenceSender = { participantId: MALLORY, mayAnnounce: true, anonymous: false };
    fc.assert(
      fc.property(fc.array(fc.array(entryArb(fc.integer({ min: 1, max: 12 })), { maxLength: 20 }), { maxLength: 10 }), fc.boolean(), (messages, anonymous) => {
        const owners = new PresenceOwners();
        const me = {};
        const other = {};
        owners.claim(1, other, OTHER);
        const clocks = new Map<number, { clock: number; participantId: string | null }>([[1, { clock: 5, participantId: OTHER }]]);
        for (const entries of messages) {
          const { accepted, claimed } = gatePresence(readPresenceEntries(writePresenceEntries(entries)), { ...sender, anonymous }, {
            ownerOf: (id) => {
              const o = owners.ownerOf(id);
              return o && { self: o.connection === me, participantId: o.participantId };
            },
            ownedBySender: owners.count(me),
            known: (id) => clocks.get(id),
          });
          for (const id of claimed) owners.claim(id, me, MALLORY);
          for (const { clientId, clock, state } of accepted) {
            expect(clientId).not.toBe(1);
            if (state === null) continue;
            const parsed = presenceState.parse(state);
            expect(parsed.user.id).toBe(MALLORY);
            if (anonymous) expect(parsed.user).not.toHaveProperty('name');
            expect(JSON.stringify(state).length).toBeLessThanOrEqual(PRESENCE_LIMITS.stateMaxBytes);
            clocks.set(clientId, { clock, participantId: MALLORY });
          }
          expect(owners.count(me)).toBeLessThanOrEqual(PRESENCE_LIMITS.clientIdsPerConnection);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a real server', () => {
  let room: Room;
  beforeAll(async () => {
    room = await openRoom();
  });
  afterAll(() => room.dispose());

  const onChange = (awareness: Awareness) => (cb: () => void) => {
    awareness.on('change', cb);
    return () => awareness.off('change', cb);
  };

  it.each(TRANSPORTS)('answers random presence over %s, relays nothing malformed, and keeps honest people in sight', async (transport) => {
    const alice = await connectSocketIO(room.server.url, room.boardId, room.alice.token);
    const bob = await connectYWebsocket(room.server.url, room.boardId, room.bob.token);
    alice.provider.awareness.setLocalState(presenceOf(room.alice.token, 'Alice'));
    bob.provider.awareness.setLocalState(presenceOf(room.bob.token, 'Bob'));
    await waitUntil(() => bob.provider.awareness.getStates().has(alice.doc.clientID), onChange(bob.provider.awareness), 'Bob sees Alice');
    const mallory = (await room.request<JoinResult>('POST', '/api/join', { code: room.workshop.joinCode, name: 'Mallory' })).body;
    let hostile: RawClient = await openRaw(transport, room.server.url, room.boardId, mallory.participantToken);
    let marker = 0;

    const ids = fc.oneof(fc.constantFrom(alice.doc.clientID, bob.doc.clientID), fc.integer({ min: 1, max: 2 ** 31 }));
    const messageArb = fc.oneof(
      { weight: 4, arbitrary: fc.array(entryArb(ids), { minLength: 1, maxLength: 30 }).map((entries: PresenceEntry[]) => writePresenceEntries(entries)) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
    );
    await fc.assert(
      fc.asyncProperty(messageArb, async (message) => {
        hostile.sendRawPresence(message);
        const outcome = await Promise.race([hostile.roundTrip().then(() => 'answered'), hostile.ended.then((e) => e.code)]);
        expect(['answered', 'invalid_request']).toContain(outcome);
        if (outcome !== 'answered') hostile = await openRaw(transport, room.server.url, room.boardId, mallory.participantToken);
        // Alice's next change is relayed after what Mallory sent: once Bob has it, all is settled.
        const editing = `card-mark-${++marker}`;
        alice.provider.awareness.setLocalState(presenceOf(room.alice.token, 'Alice', editing));
        await waitUntil(
          () => (bob.provider.awareness.getStates().get(alice.doc.clientID) as { editing?: string } | undefined)?.editing === editing,
          onChange(bob.provider.awareness),
          'Bob sees Alice’s change',
        );
        for (const awareness of [alice.provider.awareness, bob.provider.awareness]) {
          for (const state of awareness.getStates().values()) expect(presenceState.safeParse(state).success).toBe(true);
        }
        expect(alice.provider.awareness.getStates().get(bob.doc.clientID)).toMatchObject({ user: { name: 'Bob', id: room.bob.pid } });
        expect(bob.provider.awareness.getStates().get(alice.doc.clientID)).toMatchObject({ user: { name: 'Alice', id: room.alice.pid } });
      }),
      { numRuns: 40 },
    );
    hostile.close();
    alice.provider.destroy();
    bob.provider.destroy();
  });
});
