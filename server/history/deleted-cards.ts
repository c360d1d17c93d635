/**
 * Which cards an update removes, and how many it creates, read against the document it is
 * about to be applied to (one decode). A card is removed when its entry in `cards` is deleted
 * or replaced, or when an entry it cannot be read without (`text`, `column`, `order`) is
 * deleted and not set again. Moves and edits set keys again, so they remove nothing.
 *
 * The write-rules inspection (server/docs/inspection/) decodes each update too and lists
 * deleted cards: once it lands, the two can share that one decode.
 */
import * as Y from 'yjs';
import { cardsOf, readCard } from '@shared/board-model';

const REQUIRED_KEYS = new Set(['text', 'column', 'order']);

export interface CardChanges {
  /** Ids of readable cards the update removes, as they are before it. */
  removed: string[];
  /** New card entries (keys not yet holding a readable card). */
  created: number;
}

const idKey = (id: Y.ID) => `${id.client}:${id.clock}`;

/** The document's item with this id, if it has it (a hostile id may point past its state). */
function itemAt(doc: Y.Doc, id: Y.ID): Y.Item | null {
  if (Y.getState(doc.store, id.client) <= id.clock) return null;
  const struct = Y.getItem(doc.store, id);
  return struct instanceof Y.Item ? struct : null;
}

/** The card id whose live entry this item is, or null. */
function cardEntry(cards: Y.Map<unknown>, item: Y.Item): string | null {
  const key = item.parentSub;
  return item.parent === cards && key !== null && !item.deleted && cards._map.get(key) === item ? key : null;
}

/** The card id made unreadable when this item (a required key's live value) goes, or null. */
function requiredFieldOf(cards: Y.Map<unknown>, item: Y.Item): string | null {
  const parent = item.parent;
  const key = item.parentSub;
  if (!(parent instanceof Y.Map) || key === null || !REQUIRED_KEYS.has(key) || item.deleted) return null;
  if (parent._map.get(key) !== item || !parent._item) return null;
  return cardEntry(cards, parent._item);
}

/** Every live item in the update's delete set (proportional to what it deletes). */
function* deletedItems(doc: Y.Doc, ds: ReturnType<typeof Y.decodeUpdate>['ds']): Generator<Y.Item> {
  for (const [client, ranges] of ds.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    const state = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      const end = Math.min(clock + len, state);
      if (clock >= end) continue;
      for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i]!.id.clock < end; i++) {
        const struct = structs[i];
        if (struct instanceof Y.Item && !struct.deleted) yield struct;
      }
    }
  }
}

export function cardChanges(doc: Y.Doc, update: Uint8Array): CardChanges {
  const { structs, ds } = Y.decodeUpdate(update);
  const cards = cardsOf(doc) as Y.Map<unknown>;
  const readable = (id: string) => readCard(id, cards.get(id)) !== null;
  const removed = new Set<string>();
  const created = new Set<string>();
  // A key set again names its previous value as origin: that value is replaced, not removed.
  const replaced = new Set<string>();
  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue;
    if (s.origin) {
      replaced.add(idKey(s.origin));
      const previous = itemAt(doc, s.origin);
      const id = previous && cardEntry(cards, previous);
      if (id !== null && id !== undefined) removed.add(id);
    } else if (s.parent === ('cards' as unknown) && s.parentSub !== null && s.content instanceof Y.ContentType) {
      if (!readable(s.parentSub)) created.add(s.parentSub);
    }
  }
  for (const item of deletedItems(doc, ds)) {
    const entry = cardEntry(cards, item);
    if (entry !== null) removed.add(entry);
    else if (!replaced.has(idKey(item.id))) {
      const field = requiredFieldOf(cards, item);
      if (field !== null) removed.add(field);
    }
  }
  return { removed: [...removed].filter(readable), created: created.size };
}
