/**
 * Anonymity in documents. Turning it on blanks every author name of the board (cards,
 * comments, replies) in one server edit, marking what it blanked (`nameHidden`); turning it
 * off puts back those names only, read from the participants table by author id (so a name
 * erased or anonymised meanwhile comes back erased). What was written while the board was
 * anonymous was written without a name, and stays so. The write checks refuse names meanwhile.
 */
import * as Y from 'yjs';
import { cardsOf } from '@shared/board-model';
import type { BoardRegistry } from '../docs/board-registry';

const HIDDEN = 'nameHidden';

function commentsOf(card: Y.Map<unknown>): Y.Map<unknown>[] {
  const comments = card.get('comments');
  return comments instanceof Y.Array ? comments.toArray().filter((c): c is Y.Map<unknown> => c instanceof Y.Map) : [];
}

/** Blanks the name of a card or comment map (already in a document), remembering that it had one. */
function hide(map: Y.Map<unknown>): void {
  const name = map.get('authorName');
  if (name === '' || name === undefined) return;
  map.set('authorName', '');
  map.set(HIDDEN, true);
}

/** Blanks the names of one card and of its comments and replies. */
export function hideCardNames(card: Y.Map<unknown>): void {
  hide(card);
  for (const comment of commentsOf(card)) hide(comment);
}

export function hideAuthorNames(doc: Y.Doc): void {
  doc.transact(() => cardsOf(doc).forEach((card) => card instanceof Y.Map && hideCardNames(card)));
}

function show(map: Y.Map<unknown>, names: ReadonlyMap<string, string>): void {
  if (map.get(HIDDEN) !== true) return;
  const author = map.get('author');
  const name = typeof author === 'string' ? names.get(author) : undefined;
  if (name !== undefined) map.set('authorName', name);
  map.delete(HIDDEN);
}

export function showAuthorNames(doc: Y.Doc, names: ReadonlyMap<string, string>): void {
  doc.transact(() =>
    cardsOf(doc).forEach((card) => {
      if (!(card instanceof Y.Map)) return;
      show(card, names);
      for (const comment of commentsOf(card)) show(comment, names);
    }),
  );
}

/**
 * Hides or shows the board's names, after every update accepted before the switch is stored:
 * those are the last that could carry a name.
 */
export async function applyAnonymity(
  registry: BoardRegistry,
  boardId: string,
  anonymous: boolean,
  names: () => Promise<ReadonlyMap<string, string>>,
): Promise<void> {
  const board = await registry.acquire(boardId);
  try {
    await board.drain();
    if (anonymous) await board.change(hideAuthorNames);
    else {
      const known = await names();
      await board.change((doc) => showAuthorNames(doc, known));
    }
  } finally {
    registry.release(boardId);
  }
}
