import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, listCards } from './board-model';
import {
  addToGroup,
  cardIdsInGroup,
  createGroup,
  dissolveGroup,
  groupOfCard,
  listGroups,
  removeFromGroup,
  renameGroup,
  setGroupCollapsed,
} from './board-groups';

function board(): Y.Doc {
  const doc = new Y.Doc();
  for (const id of ['a', 'b', 'c']) addCard(doc, { id, column: 'col1', author: 'p', authorName: 'P' });
  addCard(doc, { id: 'd', column: 'col2', author: 'p', authorName: 'P' });
  return doc;
}

describe('groups', () => {
  it('gather cards, follow renames and collapse', () => {
    const doc = board();
    createGroup(doc, { id: 'g1', column: 'col1', title: 'Gouvernance', cardIds: ['a', 'c'] });
    renameGroup(doc, 'g1', 'Gouvernance partagée');
    setGroupCollapsed(doc, 'g1', true);
    expect(listGroups(doc)).toEqual([expect.objectContaining({ id: 'g1', title: 'Gouvernance partagée', collapsed: true })]);
    expect(cardIdsInGroup(doc, 'g1')).toEqual(['a', 'c']);
  });

  it('move a card into the group’s column when it joins', () => {
    const doc = board();
    createGroup(doc, { id: 'g1', column: 'col1', title: 'G' });
    addToGroup(doc, 'd', 'g1');
    expect(listCards(doc).find((c) => c.id === 'd')?.column).toBe('col1');
    removeFromGroup(doc, 'd');
    expect(groupOfCard(doc, 'd')).toBeNull();
  });

  it('free their cards when dissolved', () => {
    const doc = board();
    createGroup(doc, { id: 'g1', column: 'col1', title: 'G', cardIds: ['a', 'b'] });
    dissolveGroup(doc, 'g1');
    expect(listGroups(doc)).toEqual([]);
    expect(listCards(doc)).toHaveLength(4);
    expect(groupOfCard(doc, 'a')).toBeNull();
  });
});
