/**
 * The document edits of hiding and showing a card, made by the server alone (BoardDoc.change):
 * hiding empties the card's Y.Text and sets `hidden` (the reason) in one transaction, so that
 * the board's Y.Doc, which collects deleted content (gc on), no longer holds the words and a
 * client syncing afterwards never receives them; showing writes the kept text back.
 */
import * as Y from 'yjs';
import { cardsOf } from '@shared/board-model';

/** Empties the card's text and marks it hidden; returns the text it held, or null without such a card. */
export function hideInDoc(doc: Y.Doc, cardId: string, reason: string): string | null {
  const map = cardsOf(doc).get(cardId);
  const text = map?.get('text');
  if (!(map instanceof Y.Map) || !(text instanceof Y.Text)) return null;
  const words = text.toString();
  doc.transact(() => {
    if (text.length > 0) text.delete(0, text.length);
    map.set('hidden', reason);
  });
  return words;
}

/** Writes the kept text back and removes the mark; false without such a card. */
export function showInDoc(doc: Y.Doc, cardId: string, words: string): boolean {
  const map = cardsOf(doc).get(cardId);
  const text = map?.get('text');
  if (!(map instanceof Y.Map) || !(text instanceof Y.Text)) return false;
  doc.transact(() => {
    // Nobody writes a hidden card's text (check-moderation): it is empty, unless shown meanwhile.
    if (text.length === 0) text.insert(0, words);
    map.delete('hidden');
  });
  return true;
}
