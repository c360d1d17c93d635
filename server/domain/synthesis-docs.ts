/**
 * The document edits behind a synthesis, as plain functions on a Y.Doc: reading a table's
 * cards, writing their copies, merging cards. SynthesisService runs them inside
 * `BoardDoc.change`, so each is one stored update.
 */
import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { addCard, cardsOf, listCards, type Card } from '@shared/board-model';
import { groupOfCard, groupsOf, createGroup, addToGroup } from '@shared/board-groups';
import { listComments, type Comment } from '@shared/card-comments';
import { newId } from '@shared/ids';
import { cardLink } from '@shared/roadmap';
import { paragraphsToAppend, tablesOf } from '@shared/synthesis';
import { setText } from '../history/revert-board';

/**
 * Every origin ever copied into a synthesis (origin → the copy's id), in a root of its own that
 * only the server writes (the write checks refuse any root but `cards` and `groups`): a copy
 * merged away, deleted or reverted away is not copied again by the next refresh.
 */
const COPIES_ROOT = 'copies';

/** One card as read from a table, ready to be copied. */
export interface GatheredCard {
  card: Card;
  /** The column's position on its board: tables share the source's structure, not its ids. */
  columnIndex: number;
  groupTitle: string | null;
  comments: Comment[];
  reactions: string[];
  table: string;
  origin: string;
}

export function gatherCards(doc: Y.Doc, boardId: string, columnIds: string[], table: string): GatheredCard[] {
  // A card hidden by a facilitator stays out; shown again, the next refresh brings it.
  return listCards(doc).filter((card) => card.hidden === undefined).map((card) => {
    const map = cardsOf(doc).get(card.id);
    const group = groupOfCard(doc, card.id);
    const title = group ? groupsOf(doc).get(group)?.get('title') : null;
    const reactions = map?.get('reactions');
    return {
      card,
      columnIndex: Math.max(0, columnIds.indexOf(card.column)),
      groupTitle: typeof title === 'string' ? title : null,
      comments: listComments(doc, card.id),
      reactions: reactions instanceof Y.Map ? [...reactions.keys()] : [],
      table,
      origin: cardLink(boardId, card.id),
    };
  });
}

/** The origins a refresh must skip: those recorded, and those of cards copied before the record existed. */
export function copiedOrigins(doc: Y.Doc): Set<string> {
  const origins = new Set(doc.getMap<string>(COPIES_ROOT).keys());
  for (const map of cardsOf(doc).values()) {
    const origin = map.get('origin');
    if (typeof origin === 'string') origins.add(origin);
  }
  return origins;
}

/**
 * Whether the synthesis holds copies that do not say where they came from: imported from a
 * backup, which keeps a card's tables but not its origin. A refresh would copy them again.
 */
export function untrackedCopies(doc: Y.Doc): boolean {
  if (doc.getMap(COPIES_ROOT).size > 0) return false;
  const cards = [...cardsOf(doc).values()];
  return !cards.some((map) => typeof map.get('origin') === 'string') && cards.some((map) => tablesOf(map).length > 0);
}

/** The synthesis' groups by column and title, so that copies join a group of the same name. */
function groupKeys(doc: Y.Doc): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [id, map] of groupsOf(doc)) {
    const [column, title] = [map.get('column'), map.get('title')];
    if (typeof column === 'string' && typeof title === 'string') keys.set(groupKey(column, title), id);
  }
  return keys;
}

const groupKey = (column: string, title: string) => `${column}\n${title.trim().toLowerCase()}`;

/** The last `order` of each column: copies go after it, without reading the whole board per card. */
function lastOrders(doc: Y.Doc): Map<string, string> {
  const last = new Map<string, string>();
  for (const { column, order } of listCards(doc)) {
    const current = last.get(column);
    if (current === undefined || order > current) last.set(column, order);
  }
  return last;
}

function commentMap(comment: Comment): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(comment)) map.set(key, value);
  return map;
}

/**
 * Writes copies of `gathered` into `doc` (columns by position) and records their origins;
 * cards whose groups have the same title in the same column end up in one group, the
 * synthesis' own groups included. Returns old origin → new card id.
 */
export function writeCopies(doc: Y.Doc, gathered: GatheredCard[], columnIds: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const groups = groupKeys(doc);
  const copies = doc.getMap<string>(COPIES_ROOT);
  const orders = lastOrders(doc);
  doc.transact(() => {
    for (const g of gathered) {
      const column = columnIds[g.columnIndex] ?? columnIds[0]!;
      const id = newId();
      ids.set(g.origin, id);
      copies.set(g.origin, id);
      const { card } = g;
      const order = generateKeyBetween(orders.get(column) ?? null, null);
      orders.set(column, order);
      addCard(doc, { id, column, order, author: card.author, authorName: card.authorName, color: card.color, text: card.text, createdAt: card.createdAt });
      const map = cardsOf(doc).get(id)!;
      map.set('tables', [g.table]);
      map.set('origin', g.origin);
      const comments = map.get('comments') as Y.Array<Y.Map<unknown>>;
      comments.push(g.comments.map(commentMap));
      const reactions = map.get('reactions') as Y.Map<true>;
      for (const key of g.reactions) reactions.set(key, true);
      if (g.groupTitle !== null) {
        const key = groupKey(column, g.groupTitle);
        let group = groups.get(key);
        if (!group) {
          group = newId();
          groups.set(key, group);
          createGroup(doc, { id: group, column, title: g.groupTitle });
        }
        addToGroup(doc, id, group);
      }
    }
  });
  return ids;
}

/**
 * Folds `others` into `into`: comments, reactions and tables, and either `wording` as the
 * text (the facilitator's choice) or their texts as new paragraphs (when different); then
 * deletes them. One transaction, so clients see it at once.
 */
export function mergeCards(doc: Y.Doc, into: string, others: string[], wording?: string): void {
  const cards = cardsOf(doc);
  const target = cards.get(into);
  const text = target?.get('text');
  if (!target || !(text instanceof Y.Text)) return;
  doc.transact(() => {
    const sources = others.flatMap((id) => {
      const map = cards.get(id);
      return map && id !== into ? [{ id, map }] : [];
    });
    if (wording !== undefined) {
      // Only the part that differs: someone typing in the card meanwhile keeps the rest.
      setText(text, wording);
    } else {
      const texts = sources.map(({ map }) => String(map.get('text') ?? ''));
      for (const paragraph of paragraphsToAppend(text.toString(), texts)) {
        text.insert(text.length, text.length > 0 ? `\n\n${paragraph}` : paragraph);
      }
    }
    let comments = target.get('comments');
    if (!(comments instanceof Y.Array)) target.set('comments', (comments = new Y.Array()));
    let reactions = target.get('reactions');
    if (!(reactions instanceof Y.Map)) target.set('reactions', (reactions = new Y.Map()));
    const tables = new Set(tablesOf(target));
    for (const { id, map } of sources) {
      (comments as Y.Array<Y.Map<unknown>>).push(listComments(doc, id).map(commentMap));
      const theirs = map.get('reactions');
      if (theirs instanceof Y.Map) for (const key of theirs.keys()) (reactions as Y.Map<true>).set(key, true);
      for (const table of tablesOf(map)) tables.add(table);
    }
    if (tables.size > 0) target.set('tables', [...tables].sort((a, b) => a.localeCompare(b, 'fr', { numeric: true })));
    for (const { id } of sources) cards.delete(id);
  });
}
