/**
 * Groups (regroupement): named clusters of cards inside a column. `doc.getMap('groups')`
 * maps a group id to a Y.Map {title, column, order, collapsed}; a card names its group in
 * its `group` key. Dissolving a group frees its cards, never deletes them.
 */
import * as Y from 'yjs';
import { cardsOf, compareCards, orderAt } from './board-model';

export interface Group {
  id: string;
  title: string;
  column: string;
  order: string;
  collapsed: boolean;
}

export function groupsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>('groups');
}

function readGroup(id: string, map: unknown): Group | null {
  if (!(map instanceof Y.Map)) return null;
  const title = map.get('title');
  const column = map.get('column');
  const order = map.get('order');
  if (typeof column !== 'string' || typeof order !== 'string') return null;
  return { id, title: typeof title === 'string' ? title : '', column, order, collapsed: map.get('collapsed') === true };
}

export function listGroups(doc: Y.Doc, column?: string): Group[] {
  const groups: Group[] = [];
  groupsOf(doc).forEach((map, id) => {
    const group = readGroup(id, map);
    if (group && (column === undefined || group.column === column)) groups.push(group);
  });
  return groups.sort(compareCards);
}

/** The group a card belongs to, if that group still exists. */
export function groupOfCard(doc: Y.Doc, cardId: string): string | null {
  const group = cardsOf(doc).get(cardId)?.get('group');
  return typeof group === 'string' && groupsOf(doc).has(group) ? group : null;
}

export function createGroup(doc: Y.Doc, input: { id: string; column: string; title: string; cardIds?: string[] }): void {
  const order = orderAt(listGroups(doc, input.column), listGroups(doc, input.column).length);
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('title', input.title);
    map.set('column', input.column);
    map.set('order', order);
    map.set('collapsed', false);
    groupsOf(doc).set(input.id, map);
    for (const cardId of input.cardIds ?? []) addToGroup(doc, cardId, input.id);
  });
}

export function renameGroup(doc: Y.Doc, id: string, title: string): void {
  groupsOf(doc).get(id)?.set('title', title);
}

export function setGroupCollapsed(doc: Y.Doc, id: string, collapsed: boolean): void {
  groupsOf(doc).get(id)?.set('collapsed', collapsed);
}

/** Puts a card in a group (and so in the group's column). */
export function addToGroup(doc: Y.Doc, cardId: string, groupId: string): void {
  const card = cardsOf(doc).get(cardId);
  const column = groupsOf(doc).get(groupId)?.get('column');
  if (!card || typeof column !== 'string') return;
  doc.transact(() => {
    card.set('group', groupId);
    if (card.get('column') !== column) card.set('column', column);
  });
}

export function removeFromGroup(doc: Y.Doc, cardId: string): void {
  cardsOf(doc).get(cardId)?.delete('group');
}

export function dissolveGroup(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    cardsOf(doc).forEach((card) => {
      if (card.get('group') === id) card.delete('group');
    });
    groupsOf(doc).delete(id);
  });
}

/** Cards of a group, in order. */
export function cardIdsInGroup(doc: Y.Doc, groupId: string): string[] {
  const ids: { id: string; order: string }[] = [];
  cardsOf(doc).forEach((card, id) => {
    const order = card.get('order');
    if (card.get('group') === groupId && typeof order === 'string') ids.push({ id, order });
  });
  return ids.sort(compareCards).map((c) => c.id);
}
