import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardsOf, cardText, deleteCard, moveCard, setCardColor } from '@shared/board-model';
import { createGroup, groupsOf } from '@shared/board-groups';
import { addComment, deleteComment, toggleReaction } from '@shared/card-comments';
import { setRoadmapFields } from '@shared/roadmap';
import { revertBoard, setText } from './revert-board';

const content = (doc: Y.Doc) => ({ cards: cardsOf(doc).toJSON(), groups: groupsOf(doc).toJSON() });

/** The changes revertBoard writes, applied to a replica that only had the live state. */
function revertedReplica(live: Y.Doc, target: Y.Doc): { replica: Y.Doc; bytes: number } {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(live));
  const before = Y.encodeStateVector(live);
  revertBoard(live, target);
  const diff = Y.encodeStateAsUpdate(live, before);
  Y.applyUpdate(replica, diff);
  return { replica, bytes: diff.byteLength };
}

describe('going back to a checkpoint', () => {
  it('makes the board equal the checkpoint: cards back, extra cards gone, fields, texts, comments, groups', () => {
    const live = new Y.Doc();
    for (const id of ['a', 'b', 'c']) addCard(live, { id, column: 'col1', author: 'p1', authorName: 'Zoé', text: `carte ${id} 🌱` });
    addComment(live, 'a', { id: 'k1', author: 'p2', authorName: 'Léo', text: 'Premier', replyTo: null });
    createGroup(live, { id: 'g1', column: 'col1', title: 'Qui porte', cardIds: ['a'] });
    setRoadmapFields(live, 'c', { status: 'doing', partners: 'CAF' });
    const checkpoint = new Y.Doc();
    Y.applyUpdate(checkpoint, Y.encodeStateAsUpdate(live));

    // Then a hostile morning: a card deleted, one rewritten and moved, new ones, a group renamed…
    deleteCard(live, 'b');
    setText(cardText(live, 'a')!, 'Réécrit 🌿 par quelqu’un');
    moveCard(live, 'a', 'col2', 0);
    setCardColor(live, 'c', 'pink');
    addCard(live, { id: 'd', column: 'col1', author: 'p3', authorName: 'Inès', text: 'nouvelle' });
    deleteComment(live, 'a', 'k1');
    addComment(live, 'a', { id: 'k2', author: 'p3', authorName: 'Inès', text: 'Autre', replyTo: null });
    toggleReaction(live, 'c', '👍', 'p3');
    groupsOf(live).get('g1')!.set('title', 'Renommé');
    createGroup(live, { id: 'g2', column: 'col2', title: 'En trop' });
    setRoadmapFields(live, 'c', { status: 'done' });

    const { replica } = revertedReplica(live, checkpoint);
    expect(content(live)).toEqual(content(checkpoint));
    expect(content(replica)).toEqual(content(checkpoint));
  });

  it('writes nothing when the board already is the checkpoint', () => {
    const live = new Y.Doc();
    addCard(live, { id: 'a', column: 'col1', author: 'p1', authorName: 'Zoé', text: 'pareil' });
    const checkpoint = new Y.Doc();
    Y.applyUpdate(checkpoint, Y.encodeStateAsUpdate(live));
    let writes = 0;
    live.on('update', () => writes++);
    revertBoard(live, checkpoint);
    expect(writes).toBe(0);
  });

  it('edits back only the part of a long text that changed', () => {
    const long = 'Une très longue synthèse. '.repeat(80);
    const live = new Y.Doc();
    addCard(live, { id: 'a', column: 'col1', author: 'p1', authorName: 'Zoé', text: long });
    const checkpoint = new Y.Doc();
    Y.applyUpdate(checkpoint, Y.encodeStateAsUpdate(live));
    cardText(live, 'a')!.insert(1000, ' (ajout)');
    const { bytes } = revertedReplica(live, checkpoint);
    expect(cardText(live, 'a')!.toString()).toBe(long);
    expect(bytes).toBeLessThan(100);
  });
});

describe('setting a text', () => {
  it('never splits an emoji (Yjs would turn each half into U+FFFD)', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    for (const [from, to] of [
      ['a😀b', 'a😁b'],
      ['😀', '😁'],
      ['x😀', 'x'],
      ['😀😀', '😀'],
      ['', '🌱 départ'],
      ['fin 🌱', ''],
    ] as const) {
      text.delete(0, text.length);
      text.insert(0, from);
      setText(text, to);
      expect(text.toString()).toBe(to);
    }
  });
});
