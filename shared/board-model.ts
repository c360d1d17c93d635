/**
 * The board document: one Y.Doc per board. `doc.getMap('cards')` maps a card id to a
 * Y.Map with the fields of CardFields; `text` is a Y.Text so concurrent typing merges
 * character by character, and `order` is a fractional index so concurrent moves never
 * collide (ties are broken by card id). Columns are not in the document: the server owns
 * them (see BoardInfo). See docs/board-schema.md.
 */
import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';

export const CARD_COLORS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const;
export type CardColor = (typeof CARD_COLORS)[number];

export interface CardFields {
  text: Y.Text;
  column: string;
  order: string;
  author: string;
  authorName: string;
  color: CardColor;
  createdAt: number;
}

/**
 * A plain snapshot of one card, for rendering, exports and tests. `hidden` is the reason a
 * facilitator hid it (shared/moderation.ts): its text is then empty in the document.
 */
export type Card = Omit<CardFields, 'text'> & { id: string; text: string; hidden?: string };

export type CardMap = Y.Map<unknown>;

export function cardsOf(doc: Y.Doc): Y.Map<CardMap> {
  return doc.getMap<CardMap>('cards');
}

function isColor(v: unknown): v is CardColor {
  return typeof v === 'string' && (CARD_COLORS as readonly string[]).includes(v);
}

/** Reads a card defensively: any Yjs client can write the document, so shapes are checked. */
export function readCard(id: string, map: unknown): Card | null {
  if (!(map instanceof Y.Map)) return null;
  const text = map.get('text');
  const column = map.get('column');
  const order = map.get('order');
  if (!(text instanceof Y.Text) || typeof column !== 'string' || typeof order !== 'string') return null;
  const author = map.get('author');
  const authorName = map.get('authorName');
  const color = map.get('color');
  const createdAt = map.get('createdAt');
  const hidden = map.get('hidden');
  return {
    id,
    text: text.toString(),
    column,
    order,
    author: typeof author === 'string' ? author : '',
    authorName: typeof authorName === 'string' ? authorName : '',
    color: isColor(color) ? color : 'yellow',
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
    ...(typeof hidden === 'string' ? { hidden } : {}),
  };
}

/** The reason a card was hidden by a facilitator, written by the server only; null when shown. */
export function hiddenReason(map: Y.Map<unknown>): string | null {
  const hidden = map.get('hidden');
  return typeof hidden === 'string' ? hidden : null;
}

export function compareCards(a: Pick<Card, 'order' | 'id'>, b: Pick<Card, 'order' | 'id'>): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every well-formed card, in column order. */
export function listCards(doc: Y.Doc): Card[] {
  const cards: Card[] = [];
  cardsOf(doc).forEach((map, id) => {
    const card = readCard(id, map);
    if (card) cards.push(card);
  });
  return cards.sort(compareCards);
}

export function cardsInColumn(doc: Y.Doc, columnId: string): Card[] {
  return listCards(doc).filter((c) => c.column === columnId);
}

/**
 * An order key that puts a card at `index` among `siblings` (sorted, without the card
 * itself). Equal neighbouring keys (two cards created concurrently) are stepped over.
 */
export function orderAt(siblings: readonly Pick<Card, 'order'>[], index: number): string {
  const prev = siblings[index - 1]?.order ?? null;
  let next: string | null = null;
  for (let i = index; i < siblings.length; i++) {
    const candidate = siblings[i]?.order ?? null;
    if (candidate !== null && (prev === null || candidate > prev)) {
      next = candidate;
      break;
    }
  }
  return generateKeyBetween(prev, next);
}

export interface NewCard {
  id: string;
  column: string;
  author: string;
  authorName: string;
  color?: CardColor;
  text?: string;
  /** Place in the column; defaults to the end. */
  index?: number;
  /** An order key chosen by the caller (an import, a benchmark), instead of `index`. */
  order?: string;
  createdAt?: number;
}

export function addCard(doc: Y.Doc, input: NewCard): void {
  const siblings = input.order === undefined ? cardsInColumn(doc, input.column) : [];
  const order = input.order ?? orderAt(siblings, input.index ?? siblings.length);
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    const text = new Y.Text();
    if (input.text) text.insert(0, input.text);
    map.set('text', text);
    map.set('column', input.column);
    map.set('order', order);
    map.set('author', input.author);
    map.set('authorName', input.authorName);
    map.set('color', input.color ?? 'yellow');
    map.set('createdAt', input.createdAt ?? Date.now());
    // Created with the card: two people creating them at once would overwrite each other.
    map.set('comments', new Y.Array());
    map.set('reactions', new Y.Map());
    cardsOf(doc).set(input.id, map);
  });
}

/** Moves a card to `index` in `column` (index counted without the card itself). */
export function moveCard(doc: Y.Doc, id: string, column: string, index: number): void {
  const map = cardsOf(doc).get(id);
  if (!map) return;
  const siblings = cardsInColumn(doc, column).filter((c) => c.id !== id);
  const order = orderAt(siblings, Math.max(0, Math.min(index, siblings.length)));
  doc.transact(() => {
    if (map.get('column') !== column) map.set('column', column);
    map.set('order', order);
  });
}

export function cardText(doc: Y.Doc, id: string): Y.Text | null {
  const text = cardsOf(doc).get(id)?.get('text');
  return text instanceof Y.Text ? text : null;
}

export function setCardColor(doc: Y.Doc, id: string, color: CardColor): void {
  cardsOf(doc).get(id)?.set('color', color);
}

export function deleteCard(doc: Y.Doc, id: string): void {
  cardsOf(doc).delete(id);
}
