import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardText, cardsInColumn, cardsOf, hiddenReason, deleteCard, listCards, moveCard, orderAt, readCard, setCardColor } from './board-model';

const newCard = (id: string, column = 'col1', extra = {}) => ({ id, column, author: 'p1', authorName: 'Ana', ...extra });

describe('board model', () => {
  it('adds cards at the end or at an index, in order', () => {
    const doc = new Y.Doc();
    addCard(doc, newCard('a', 'col1', { text: 'Premier' }));
    addCard(doc, newCard('b'));
    addCard(doc, newCard('c', 'col1', { index: 0 }));
    expect(cardsInColumn(doc, 'col1').map((c) => c.id)).toEqual(['c', 'a', 'b']);
    expect(listCards(doc).find((c) => c.id === 'a')).toMatchObject({ text: 'Premier', color: 'yellow', authorName: 'Ana' });
  });

  it('moves cards within and between columns', () => {
    const doc = new Y.Doc();
    for (const id of ['a', 'b', 'c']) addCard(doc, newCard(id));
    moveCard(doc, 'a', 'col1', 2);
    expect(cardsInColumn(doc, 'col1').map((c) => c.id)).toEqual(['b', 'c', 'a']);
    moveCard(doc, 'c', 'col2', 0);
    expect(cardsInColumn(doc, 'col2').map((c) => c.id)).toEqual(['c']);
    expect(cardsInColumn(doc, 'col1').map((c) => c.id)).toEqual(['b', 'a']);
  });

  it('steps over equal order keys left by concurrent inserts', () => {
    expect(orderAt([{ order: 'a0' }, { order: 'a0' }, { order: 'a1' }], 1) > 'a0').toBe(true);
    const key = orderAt([{ order: 'a0' }, { order: 'a0' }, { order: 'a1' }], 1);
    expect(key < 'a1').toBe(true);
  });

  it('merges concurrent inserts and moves from two replicas', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addCard(a, newCard('x'));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    addCard(a, newCard('y'));
    addCard(b, newCard('z'));
    moveCard(a, 'x', 'col2', 0);
    moveCard(b, 'x', 'col1', 1);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(listCards(a)).toEqual(listCards(b));
    expect(listCards(a)).toHaveLength(3);
  });

  it('edits text, colour and deletes', () => {
    const doc = new Y.Doc();
    addCard(doc, newCard('a', 'col1', { text: 'Gouvernance' }));
    cardText(doc, 'a')!.insert(11, ' partagée');
    setCardColor(doc, 'a', 'blue');
    expect(listCards(doc)[0]).toMatchObject({ text: 'Gouvernance partagée', color: 'blue' });
    deleteCard(doc, 'a');
    expect(listCards(doc)).toEqual([]);
  });

  it('ignores malformed entries written by a foreign client', () => {
    const doc = new Y.Doc();
    const cards = doc.getMap<unknown>('cards');
    cards.set('bad1', 'not a map');
    const partial = new Y.Map<unknown>();
    cards.set('bad2', partial);
    partial.set('column', 3);
    expect(listCards(doc)).toEqual([]);
    expect(readCard('x', null)).toBeNull();
  });

  it('reads the reason a facilitator hid a card for, and nothing for a card shown or a malformed mark', () => {
    const doc = new Y.Doc();
    addCard(doc, newCard('a'));
    addCard(doc, newCard('b'));
    cardsOf(doc).get('a')!.set('hidden', 'Hors sujet');
    cardsOf(doc).get('b')!.set('hidden', 42);
    expect(listCards(doc).map((c) => [c.id, c.hidden])).toEqual([
      ['a', 'Hors sujet'],
      ['b', undefined],
    ]);
    expect(hiddenReason(cardsOf(doc).get('a')!)).toBe('Hors sujet');
    expect(hiddenReason(cardsOf(doc).get('b')!)).toBeNull();
  });
});
