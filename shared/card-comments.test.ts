import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from './board-model';
import { addComment, deleteComment, listComments, parseReactionKey, reactionGivers, reactionsOf, toggleReaction } from './card-comments';

function withCard(): Y.Doc {
  const doc = new Y.Doc();
  addCard(doc, { id: 'c1', column: 'col', author: 'p', authorName: 'P' });
  return doc;
}

describe('comments', () => {
  it('thread one level and delete', () => {
    const doc = withCard();
    addComment(doc, 'c1', { id: 'm1', author: 'p1', authorName: 'Ana', text: 'Qui porte ?', replyTo: null, createdAt: 1 });
    addComment(doc, 'c1', { id: 'm2', author: 'p2', authorName: 'Léo', text: 'La métropole 👍', replyTo: 'm1', createdAt: 2 });
    expect(listComments(doc, 'c1').map((c) => [c.id, c.replyTo, c.text])).toEqual([
      ['m1', null, 'Qui porte ?'],
      ['m2', 'm1', 'La métropole 👍'],
    ]);
    deleteComment(doc, 'c1', 'm1');
    expect(listComments(doc, 'c1').map((c) => c.id)).toEqual(['m2']);
  });

  it('merge comments written at once by two people', () => {
    const a = withCard();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    addComment(a, 'c1', { id: 'm1', author: 'p1', authorName: 'A', text: 'un', replyTo: null });
    addComment(b, 'c1', { id: 'm2', author: 'p2', authorName: 'B', text: 'deux', replyTo: null });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(listComments(a, 'c1')).toEqual(listComments(b, 'c1'));
    expect(listComments(a, 'c1')).toHaveLength(2);
  });
});

describe('reactions', () => {
  it('toggle per participant and count per emoji', () => {
    const doc = withCard();
    toggleReaction(doc, 'c1', '👍', 'p1');
    toggleReaction(doc, 'c1', '👍', 'p2');
    toggleReaction(doc, 'c1', '💡', 'p1');
    toggleReaction(doc, 'c1', '💡', 'p1');
    const { counts, mine } = reactionsOf(doc, 'c1', 'p1');
    expect(Object.fromEntries(counts)).toEqual({ '👍': 2 });
    expect([...mine]).toEqual(['👍']);
  });

  it('read only the keys our clients write, whatever else a document holds', () => {
    expect(parseReactionKey('👍 p1')).toEqual({ reaction: '👍', participantId: 'p1' });
    expect(parseReactionKey('❤️ a b')).toBeNull(); // "❤️ a" is no reaction
    for (const key of ['constructor p1', '__proto__ p1', '👍', '👍 ', ' p1', 'toString']) expect(parseReactionKey(key), key).toBeNull();
    const doc = withCard();
    const map = new Y.Map<true>();
    doc.transact(() => {
      doc.getMap<Y.Map<unknown>>('cards').get('c1')!.set('reactions', map);
      for (const key of ['constructor p1', '__proto__ p1', '👍 constructor', '👍 __proto__', '💡 p1', 'hasOwnProperty']) map.set(key, true);
    });
    expect([...reactionGivers(doc, 'c1')]).toEqual([
      ['👍', ['constructor', '__proto__']],
      ['💡', ['p1']],
    ]);
    expect(Object.fromEntries(reactionsOf(doc, 'c1', '__proto__').counts)).toEqual({ '👍': 2, '💡': 1 });
    expect([...reactionsOf(doc, 'c1', '__proto__').mine]).toEqual(['👍']);
  });
});
