/**
 * A deleted card as the trash keeps it: a document holding only a deep copy of the card's
 * map, encoded. Everything the card had (text, place, author, colour, comments, reactions,
 * group, roadmap and synthesis fields) comes back as it was, under the same id.
 */
import * as Y from 'yjs';
import { cardsOf, readCard, type Card } from '@shared/board-model';
import { listComments } from '@shared/card-comments';

export function copyCard(doc: Y.Doc, cardId: string): Uint8Array | null {
  const map = cardsOf(doc).get(cardId);
  if (!(map instanceof Y.Map) || !readCard(cardId, map)) return null;
  const copy = new Y.Doc();
  cardsOf(copy).set(cardId, map.clone());
  return Y.encodeStateAsUpdate(copy);
}

/** The document of a copy; its card is `cardsOf(doc).get(cardId)`. */
export function openCopy(data: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, data);
  return doc;
}

/** What the trash list shows of a copy. */
export function describeCopy(data: Uint8Array, cardId: string): (Card & { comments: number }) | null {
  const doc = openCopy(data);
  try {
    const card = readCard(cardId, cardsOf(doc).get(cardId));
    return card && { ...card, comments: listComments(doc, cardId).length };
  } finally {
    doc.destroy();
  }
}
