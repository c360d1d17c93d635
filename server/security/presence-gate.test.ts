/** The presence rules as pure functions: what one connection may announce, and nothing else. */
import { describe, expect, it } from 'vitest';
import { PRESENCE_COLORS } from '@shared/presence-palette';
import { gatePresence, withoutName, type PresenceSender, type PresenceView } from '../docs/presence-gate';
import { PresenceOwners } from '../docs/presence-owners';
import { InvalidAwarenessError, readPresenceEntries, writePresenceEntries, type RawPresenceEntry } from '../docs/presence-wire';

const ME = 'participantMe1';
const sender: PresenceSender = { participantId: ME, mayAnnounce: true, anonymous: false };
const valid = (name = 'Ana', id = ME) => ({ user: { name, color: PRESENCE_COLORS[0], id }, editing: null });

const raw = (clientId: number, clock: number, state: unknown): RawPresenceEntry => ({
  clientId,
  clock,
  json: new TextEncoder().encode(JSON.stringify(state)),
});

/** A view over an owners table and known states, as BoardDoc builds it. */
function viewOf(owners: PresenceOwners, me: object, known: Map<number, { clock: number; participantId: string | null }> = new Map()): PresenceView {
  return {
    ownerOf: (id) => {
      const o = owners.ownerOf(id);
      return o && { self: o.connection === me, participantId: o.participantId };
    },
    ownedBySender: owners.count(me),
    known: (id) => known.get(id),
  };
}

describe('presence wire', () => {
  it('reads back what it writes, states as raw JSON', () => {
    const update = writePresenceEntries([
      { clientId: 7, clock: 3, state: valid() },
      { clientId: 8, clock: 1, state: null },
    ]);
    const entries = readPresenceEntries(update);
    expect(entries.map((e) => [e.clientId, e.clock, JSON.parse(new TextDecoder().decode(e.json))])).toEqual([
      [7, 3, valid()],
      [8, 1, null],
    ]);
  });

  it('refuses a truncated or empty message', () => {
    const update = writePresenceEntries([{ clientId: 7, clock: 3, state: valid() }]);
    expect(() => readPresenceEntries(update.slice(0, update.length - 5))).toThrow(InvalidAwarenessError);
    expect(() => readPresenceEntries(new Uint8Array())).toThrow(InvalidAwarenessError);
  });
});

describe('gatePresence', () => {
  it('accepts a valid state naming the sender, and claims its id', () => {
    const me = {};
    const result = gatePresence([raw(1, 1, valid())], sender, viewOf(new PresenceOwners(), me));
    expect(result).toEqual({ accepted: [{ clientId: 1, clock: 1, state: valid() }], claimed: [1] });
  });

  it.each([
    ['a name that is not a string', { ...valid(), user: { ...valid().user, name: 1 } }],
    ['a colour that fetches a URL', { ...valid(), user: { ...valid().user, color: 'url(http://evil.example/x)' } }],
    ['a name over 80 characters', valid('n'.repeat(81))],
    ['another participant', valid('Ana', 'someoneElse1')],
    ['an extra field', { ...valid(), cursor: { x: 1 } }],
    ['no editing field', { user: valid().user }],
    ['a non-string card id', { ...valid(), editing: 42 }],
    ['a state over 2 kB', { ...valid(), editing: 'c'.repeat(3_000) }],
    ['an array', [valid()]],
  ])('drops %s', (_, state) => {
    const result = gatePresence([raw(1, 1, state)], sender, viewOf(new PresenceOwners(), {}));
    expect(result.accepted).toEqual([]);
    expect(result.claimed).toEqual([]);
  });

  it('drops a state that is not JSON or not UTF-8', () => {
    const view = viewOf(new PresenceOwners(), {});
    expect(gatePresence([{ clientId: 1, clock: 1, json: new TextEncoder().encode('{"user":') }], sender, view).accepted).toEqual([]);
    expect(gatePresence([{ clientId: 1, clock: 1, json: new Uint8Array([0xff, 0xfe]) }], sender, view).accepted).toEqual([]);
  });

  it('lets a viewer announce nothing', () => {
    const result = gatePresence([raw(1, 1, valid())], { ...sender, mayAnnounce: false }, viewOf(new PresenceOwners(), {}));
    expect(result.accepted).toEqual([]);
  });

  it('strips names on an anonymous board', () => {
    const result = gatePresence([raw(1, 1, valid())], { ...sender, anonymous: true }, viewOf(new PresenceOwners(), {}));
    expect(result.accepted[0]!.state).toEqual({ user: { color: PRESENCE_COLORS[0], id: ME }, editing: null });
  });

  it('claims at most two ids per connection, the first announced', () => {
    const owners = new PresenceOwners();
    const me = {};
    const flood = Array.from({ length: 15_000 }, (_, i) => raw(i + 1, 1, valid(`P${i}`)));
    const { accepted, claimed } = gatePresence(flood, sender, viewOf(owners, me));
    expect(claimed).toEqual([1, 2]);
    expect(accepted.map((e) => e.clientId)).toEqual([1, 2]);
  });

  it('lets the owner update and remove its ids, and nobody else', () => {
    const owners = new PresenceOwners();
    const me = {};
    const other = {};
    owners.claim(1, me, ME);
    owners.claim(2, other, 'someoneElse1');
    const known = new Map([
      [1, { clock: 5, participantId: ME }],
      [2, { clock: 5, participantId: 'someoneElse1' }],
    ]);
    const result = gatePresence([raw(1, 6, null), raw(2, 9, valid()), raw(2, 9, null)], sender, viewOf(owners, me, known));
    expect(result.accepted).toEqual([{ clientId: 1, clock: 6, state: null }]);
  });

  it('does not claim an echo of known presence, another person’s presence, or a removal', () => {
    const me = {};
    const known = new Map([
      [3, { clock: 4, participantId: ME }],
      [4, { clock: 1, participantId: 'someoneElse1' }],
    ]);
    // A stock y-websocket client echoes what it received: same clock, nothing to claim.
    const result = gatePresence([raw(3, 4, valid()), raw(4, 2, valid()), raw(5, 1, null)], sender, viewOf(new PresenceOwners(), me, known));
    expect(result).toEqual({ accepted: [], claimed: [] });
  });

  it('takes over an id from another connection of the same person with a newer clock (a reconnect)', () => {
    const owners = new PresenceOwners();
    const before = {};
    const after = {};
    owners.claim(1, before, ME);
    const known = new Map([[1, { clock: 3, participantId: ME }]]);
    const result = gatePresence([raw(1, 4, valid())], sender, viewOf(owners, after, known));
    expect(result.claimed).toEqual([1]);
    owners.claim(1, after, ME);
    expect(owners.release(before)).toEqual([]);
    expect(owners.release(after)).toEqual([1]);
  });
});

describe('a client coming back with the id it had', () => {
  it('takes it again with a newer clock once its connection has left, and nobody else does', () => {
    const owners = new PresenceOwners();
    const before = {};
    owners.claim(1, before, ME);
    owners.release(before);
    expect(owners.participantOf(1)).toBe(ME);
    // Its state was removed: the view knows the clock and, from the owners, whose it was.
    const known = new Map([[1, { clock: 3, participantId: owners.participantOf(1) ?? null }]]);
    const after = {};
    expect(gatePresence([raw(1, 3, valid())], sender, viewOf(owners, after, known)).claimed).toEqual([]);
    expect(gatePresence([raw(1, 4, valid())], sender, viewOf(owners, after, known)).claimed).toEqual([1]);
    const stranger: PresenceSender = { ...sender, participantId: 'someoneElse1' };
    expect(gatePresence([raw(1, 9, valid('Eve', 'someoneElse1'))], stranger, viewOf(owners, {}, known)).claimed).toEqual([]);
  });
});

describe('withoutName', () => {
  it('removes the name and keeps the rest; leaves anything else alone', () => {
    expect(withoutName(valid())).toEqual({ user: { color: PRESENCE_COLORS[0], id: ME }, editing: null });
    expect(withoutName(null)).toBeNull();
    expect(withoutName({ user: 'x' })).toEqual({ user: 'x' });
  });
});
