import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { addCard } from '@shared/board-model';
import { BoardStore } from './board-store';
import { PresenceStore } from './presence-store';

const now = () => undefined;
const sync = (run: () => void) => (run(), now);

/** Another client's awareness, whose states reach ours as they would over the wire. */
function remote(into: Awareness, state: unknown, clientId = Math.floor(Math.random() * 1e9)) {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const theirs = new Awareness(doc);
  theirs.setLocalState(state as Record<string, unknown>);
  applyAwarenessUpdate(into, encodeAwarenessUpdate(theirs, [clientId]), 'remote');
  return theirs;
}

function room() {
  const doc = new Y.Doc();
  addCard(doc, { id: 'a', column: 'left', text: 'Alpha', author: 'p1', authorName: 'Ana' });
  addCard(doc, { id: 'b', column: 'left', text: 'Bravo', author: 'p1', authorName: 'Ana' });
  const awareness = new Awareness(doc);
  awareness.setLocalState({ user: { name: 'Ana', color: '#b3261e', id: 'p1' }, editing: null });
  return { doc, awareness, board: new BoardStore(doc, 'p1'), presence: new PresenceStore(awareness, sync) };
}

describe('presence store', () => {
  it('a presence change tells the people bar and the card written in, never the board', () => {
    const { awareness, board, presence } = room();
    const heard = { card: 0, slots: 0, content: 0, all: 0, people: 0, writersA: 0, writersB: 0 };
    board.subscribeCard('a', () => heard.card++);
    board.subscribeSlots('left', () => heard.slots++);
    board.subscribeColumnContent('left', () => heard.content++);
    board.subscribeCards(() => heard.all++);
    presence.subscribePeople(() => heard.people++);
    presence.subscribeWriters('a', () => heard.writersA++);
    presence.subscribeWriters('b', () => heard.writersB++);

    const bo = remote(awareness, { user: { name: 'Bo', color: '#1d6b35', id: 'p2' }, editing: 'a' }, 7);
    expect(presence.writersOf('a')!.map((p) => p.name)).toEqual(['Bo']);
    expect(presence.people().map((p) => p.name)).toEqual(['Ana', 'Bo']);

    // Bo moves from card A to card B: the people bar does not change.
    bo.setLocalStateField('editing', 'b');
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(bo, [7]), 'remote');
    expect(presence.writersOf('a')).toBeUndefined();
    expect(presence.writersOf('b')!.map((p) => p.name)).toEqual(['Bo']);
    expect(heard).toEqual({ card: 0, slots: 0, content: 0, all: 0, people: 1, writersA: 2, writersB: 1 });
  });

  it('reads hostile states without breaking: wrong types, foreign colours, long names', () => {
    const { awareness, presence } = room();
    remote(awareness, { user: { name: 1, color: 'url(http://evil.example/x)', id: 'p3' }, editing: { card: 'a' } }, 11);
    remote(awareness, { user: { name: 'x'.repeat(5_000), color: '#00696b' }, editing: 'b' }, 12);
    remote(awareness, { user: 'Mallory', editing: 'a' }, 13);
    remote(awareness, [1, 2, 3], 14);
    const people = presence.people();
    expect(people.map((p) => p.clientId).sort()).toEqual([11, 12, awareness.clientID].sort());
    const nameless = people.find((p) => p.clientId === 11)!;
    expect(nameless.name).toBe('');
    expect(nameless.color).toBe('#57606a');
    expect(people.find((p) => p.clientId === 12)!.name).toHaveLength(80);
    expect(presence.writersOf('a')).toBeUndefined();
    expect(presence.writersOf('b')).toHaveLength(1);
  });

  it('copes with thousands of people in one message', () => {
    const { awareness, presence } = room();
    const doc = new Y.Doc();
    const crowd = new Awareness(doc);
    const ids: number[] = [];
    for (let i = 0; i < 5_000; i++) {
      const id = 1_000_000 + i;
      ids.push(id);
      crowd.states.set(id, { user: { name: `P${i}`, color: '#1d6b35' }, editing: i % 2 ? 'a' : null });
      crowd.meta.set(id, { clock: 1, lastUpdated: Date.now() });
    }
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(crowd, ids), 'remote');
    expect(presence.people()).toHaveLength(5_001);
    expect(presence.people()[0]!.self).toBe(true);
    expect(presence.writersOf('a')).toHaveLength(2_500);
  });
});
