import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardText, cardsOf, moveCard, setCardColor } from '@shared/board-model';
import { addToGroup, createGroup } from '@shared/board-groups';
import { addComment, toggleReaction } from '@shared/card-comments';
import { BoardStore } from './board-store';

function board() {
  const doc = new Y.Doc();
  for (const [id, column, text] of [['a', 'left', 'Alpha'], ['b', 'left', 'Bravo'], ['c', 'right', 'Charlie']] as const) {
    addCard(doc, { id, column, text, author: 'p1', authorName: 'Ana' });
  }
  return { doc, store: new BoardStore(doc, 'p1') };
}

/** Counts the notifications a listener receives. */
function counter() {
  const calls = { n: 0 };
  return { calls, listener: () => void calls.n++ };
}

describe('board store', () => {
  it('reads every card once into records, in column order', () => {
    const { store } = board();
    expect(store.columnRecords('left').map((c) => c.text)).toEqual(['Alpha', 'Bravo']);
    expect(store.card('c')).toMatchObject({ column: 'right', text: 'Charlie', authorName: 'Ana', group: null });
    expect(store.cardCount()).toBe(3);
  });

  it('a change to card A leaves card B’s record identical, and tells A’s listeners only', () => {
    const { doc, store } = board();
    const before = { a: store.card('a'), b: store.card('b'), slots: store.slots('left'), right: store.columnRecords('right') };
    const [onA, onB, onSlots, onLeft, onRight] = [counter(), counter(), counter(), counter(), counter()];
    store.subscribeCard('a', onA.listener);
    store.subscribeCard('b', onB.listener);
    store.subscribeSlots('left', onSlots.listener);
    store.subscribeColumnContent('left', onLeft.listener);
    store.subscribeColumnContent('right', onRight.listener);

    cardText(doc, 'a')!.insert(5, ' !');

    expect(store.card('a')!.text).toBe('Alpha !');
    expect(store.card('a')).not.toBe(before.a);
    expect(Object.is(store.card('b'), before.b)).toBe(true);
    // Typing changes neither the column's order nor the other column.
    expect(store.slots('left')).toBe(before.slots);
    expect(store.columnRecords('right')).toBe(before.right);
    expect([onA.calls.n, onB.calls.n, onSlots.calls.n, onLeft.calls.n, onRight.calls.n]).toEqual([1, 0, 0, 1, 0]);
  });

  it('comments, reactions and colour are part of the card’s record, read once per change', () => {
    const { doc, store } = board();
    const b = store.card('b');
    addComment(doc, 'a', { id: 'k1', author: 'p2', authorName: 'Bo', text: 'Pourquoi ?', replyTo: null });
    toggleReaction(doc, 'a', '💡', 'p1');
    toggleReaction(doc, 'a', '💡', 'p2');
    setCardColor(doc, 'a', 'blue');
    const a = store.card('a')!;
    expect(a.comments.map((c) => c.text)).toEqual(['Pourquoi ?']);
    expect(a.reactions.counts.get('💡')).toBe(2);
    expect(a.reactions.mine.has('💡')).toBe(true);
    expect(a.color).toBe('blue');
    expect(store.card('b')).toBe(b);
  });

  it('a move changes the slots of both columns; a new card those of its column only', () => {
    const { doc, store } = board();
    const right = store.slots('right');
    const [onLeft, onRight] = [counter(), counter()];
    store.subscribeSlots('left', onLeft.listener);
    store.subscribeSlots('right', onRight.listener);

    moveCard(doc, 'a', 'right', 0);
    expect(store.slots('left').map((s) => s.id)).toEqual(['b']);
    expect(store.slots('right').map((s) => s.id)).toEqual(['a', 'c']);
    expect([onLeft.calls.n, onRight.calls.n]).toEqual([1, 1]);

    const rightNow = store.slots('right');
    addCard(doc, { id: 'd', column: 'left', text: 'Delta', author: 'p1', authorName: 'Ana' });
    expect(store.slots('right')).toBe(rightNow);
    expect(store.slots('right')).not.toBe(right);
    expect(store.slots('left').map((s) => s.id)).toEqual(['b', 'd']);
  });

  it('grouping is a change of place; groups keep their identity until they change', () => {
    const { doc, store } = board();
    createGroup(doc, { id: 'g', column: 'left', title: 'Ensemble', cardIds: ['a'] });
    const groups = store.groups();
    expect(groups.map((g) => g.title)).toEqual(['Ensemble']);
    expect(store.slots('left').find((s) => s.id === 'a')!.group).toBe('g');
    addToGroup(doc, 'b', 'g');
    expect(store.groups()).toBe(groups);
    expect(store.slots('left').every((s) => s.group === 'g')).toBe(true);
  });

  it('skips malformed cards written by a hostile client, and keeps the rest', () => {
    const { doc, store } = board();
    doc.transact(() => {
      const bad = new Y.Map<unknown>();
      bad.set('text', 'not a Y.Text');
      bad.set('column', 'left');
      cardsOf(doc).set('constructor', bad as never);
    });
    expect(store.card('constructor')).toBeUndefined();
    expect(store.slots('left').map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('removes a deleted card from its column', () => {
    const { doc, store } = board();
    cardsOf(doc).delete('a');
    expect(store.card('a')).toBeUndefined();
    expect(store.allCards().map((c) => c.id).sort()).toEqual(['b', 'c']);
  });

  it('tells of cards that arrive from elsewhere, once per transaction, and not of local ones or edits', () => {
    const { doc, store } = board();
    const arrivals: string[][] = [];
    store.subscribeArrivals((cards) => arrivals.push(cards.map((c) => c.id)));
    // A remote batch: two cards from another replica, applied as the provider does.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.transact(() => {
      addCard(other, { id: 'd', column: 'right', text: 'Delta', author: 'p2', authorName: 'Bo' });
      addCard(other, { id: 'e', column: 'left', text: 'Echo', author: 'p2', authorName: 'Bo' });
    });
    cardText(other, 'a')!.insert(0, '> ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    // A local card, and a remote edit of an existing card.
    addCard(doc, { id: 'f', column: 'left', text: 'Foxtrot', author: 'p1', authorName: 'Ana' });
    cardText(other, 'b')!.insert(0, '> ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    expect(arrivals).toEqual([['d', 'e']]);
  });

  it('leaves a hidden card out for everyone but its author and the facilitators, and tells only when one is hidden or shown', () => {
    const doc = new Y.Doc();
    addCard(doc, { id: 'mine', column: 'left', text: '', author: 'p1', authorName: 'Ana' });
    addCard(doc, { id: 'theirs', column: 'left', text: 'Bravo', author: 'p2', authorName: 'Bea' });
    const participant = new BoardStore(doc, 'p1');
    const facilitator = new BoardStore(doc, 'f1', true);
    const told = counter();
    participant.subscribeHidden(told.listener);

    cardsOf(doc).get('mine')!.set('hidden', 'Hors sujet');
    cardsOf(doc).get('theirs')!.set('hidden', 'Données personnelles');
    expect(participant.columnRecords('left').map((c) => [c.id, c.hidden])).toEqual([['mine', 'Hors sujet']]);
    expect(participant.cardCount()).toBe(1);
    expect([...participant.hidden()]).toEqual([['mine', 'Hors sujet']]);
    expect(facilitator.cardCount()).toBe(2);
    expect([...facilitator.hidden()].sort()).toEqual([['mine', 'Hors sujet'], ['theirs', 'Données personnelles']]);
    expect(told.calls.n).toBe(1);

    cardText(doc, 'mine')!.insert(0, 'x');
    expect(told.calls.n).toBe(1);
    cardsOf(doc).get('theirs')!.delete('hidden');
    expect(participant.card('theirs')).toMatchObject({ text: 'Bravo' });
    expect(participant.card('theirs')?.hidden).toBeUndefined();
    expect(facilitator.hidden().has('theirs')).toBe(false);
  });
});
