/**
 * Deleted cards as the trash keeps them: for each, a Yjs update of a document holding only a
 * deep copy of the card's map. Everything the card had (text, place, author, colour, comments,
 * reactions, group, roadmap and synthesis fields) comes back as it was, under the same id.
 * A Y.Doc costs more to make than a card to copy, so a batch shares one for writing, and a
 * listing one for reading.
 */
import * as Y from 'yjs';
import { cardsOf, readCard, type Card } from '@shared/board-model';
import { listComments } from '@shared/card-comments';

/** Card id → its copy, for the readable cards among `cardIds`. */
export function copyCards(doc: Y.Doc, cardIds: readonly string[]): Map<string, Uint8Array> {
  const copies = new Map<string, Uint8Array>();
  const scratch = new Y.Doc();
  let written: Uint8Array | null = null;
  // Each card is set in a transaction of its own, whose update holds that card alone.
  scratch.on('update', (update: Uint8Array) => (written = update));
  for (const id of cardIds) {
    const map = cardsOf(doc).get(id);
    if (copies.has(id) || !(map instanceof Y.Map) || !readCard(id, map)) continue;
    written = null;
    scratch.transact(() => cardsOf(scratch).set(id, map.clone()));
    if (written) copies.set(id, written);
  }
  scratch.destroy();
  return copies;
}

/** The document of one copy; its card is `cardsOf(doc).get(cardId)`. */
export function openCopy(data: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, data);
  return doc;
}

export type CopiedCard = Card & { comments: number };

/**
 * What the trash list shows of each copy (null for one that cannot be read). Copies of the
 * same card (deleted, restored, deleted again) go to separate documents: they share an id.
 */
export function describeCopies(copies: readonly { cardId: string; data: Uint8Array }[]): (CopiedCard | null)[] {
  const docs: Y.Doc[] = [];
  const occurrences = new Map<string, number>();
  const placed = copies.map(({ cardId, data }) => {
    const n = occurrences.get(cardId) ?? 0;
    occurrences.set(cardId, n + 1);
    const doc = (docs[n] ??= new Y.Doc());
    Y.applyUpdate(doc, data);
    return { cardId, doc };
  });
  const described = placed.map(({ cardId, doc }) => {
    const card = readCard(cardId, cardsOf(doc).get(cardId));
    return card && { ...card, comments: listComments(doc, cardId).length };
  });
  for (const doc of docs) doc.destroy();
  return described;
}
