/**
 * Comments and reactions on a card, inside the card's Y.Map: `comments` is a Y.Array of
 * Y.Map {id, author, authorName, text, createdAt, replyTo}, one level of threading through
 * `replyTo`; `reactions` is a Y.Map whose keys are `<emoji> <participantId>`, so that
 * toggling one's own reaction never conflicts with anyone else's.
 */
import * as Y from 'yjs';
import { cardsOf } from './board-model';

export const REACTIONS = ['👍', '❤️', '💡', '❓', '🎯'] as const;
export type Reaction = (typeof REACTIONS)[number];
export const COMMENT_MAX_CHARS = 500;

export interface Comment {
  id: string;
  author: string;
  authorName: string;
  text: string;
  createdAt: number;
  replyTo: string | null;
}

function commentsArray(doc: Y.Doc, cardId: string, create: boolean): Y.Array<Y.Map<unknown>> | null {
  const card = cardsOf(doc).get(cardId);
  if (!card) return null;
  const existing = card.get('comments');
  if (existing instanceof Y.Array) return existing as Y.Array<Y.Map<unknown>>;
  if (!create) return null;
  const array = new Y.Array<Y.Map<unknown>>();
  card.set('comments', array);
  return array;
}

export function addComment(doc: Y.Doc, cardId: string, comment: Omit<Comment, 'createdAt'> & { createdAt?: number }): void {
  doc.transact(() => {
    const array = commentsArray(doc, cardId, true);
    if (!array) return;
    const map = new Y.Map<unknown>();
    map.set('id', comment.id);
    map.set('author', comment.author);
    map.set('authorName', comment.authorName);
    map.set('text', comment.text.slice(0, COMMENT_MAX_CHARS));
    map.set('createdAt', comment.createdAt ?? Date.now());
    map.set('replyTo', comment.replyTo);
    array.push([map]);
  });
}

export function listComments(doc: Y.Doc, cardId: string): Comment[] {
  const array = commentsArray(doc, cardId, false);
  if (!array) return [];
  return array.toArray().flatMap((map) => {
    if (!(map instanceof Y.Map)) return [];
    const id = map.get('id');
    const text = map.get('text');
    if (typeof id !== 'string' || typeof text !== 'string') return [];
    const str = (key: string) => {
      const v = map.get(key);
      return typeof v === 'string' ? v : '';
    };
    const createdAt = map.get('createdAt');
    const replyTo = map.get('replyTo');
    return [{ id, text, author: str('author'), authorName: str('authorName'), createdAt: typeof createdAt === 'number' ? createdAt : 0, replyTo: typeof replyTo === 'string' ? replyTo : null }];
  });
}

export function deleteComment(doc: Y.Doc, cardId: string, commentId: string): void {
  const array = commentsArray(doc, cardId, false);
  if (!array) return;
  const index = array.toArray().findIndex((m) => m instanceof Y.Map && m.get('id') === commentId);
  if (index >= 0) array.delete(index, 1);
}

function reactionsMap(doc: Y.Doc, cardId: string, create: boolean): Y.Map<true> | null {
  const card = cardsOf(doc).get(cardId);
  if (!card) return null;
  const existing = card.get('reactions');
  if (existing instanceof Y.Map) return existing as Y.Map<true>;
  if (!create) return null;
  const map = new Y.Map<true>();
  card.set('reactions', map);
  return map;
}

export function toggleReaction(doc: Y.Doc, cardId: string, reaction: Reaction, participantId: string): void {
  doc.transact(() => {
    const map = reactionsMap(doc, cardId, true);
    const key = `${reaction} ${participantId}`;
    if (map?.has(key)) map.delete(key);
    else map?.set(key, true);
  });
}

const isReaction = (value: string): value is Reaction => (REACTIONS as readonly string[]).includes(value);

/**
 * A reaction key split into its reaction and who gave it; null for a key none of our clients
 * writes (any Yjs client can write any key, "constructor <id>" included).
 */
export function parseReactionKey(key: string): { reaction: Reaction; participantId: string } | null {
  const space = key.lastIndexOf(' ');
  const reaction = key.slice(0, space);
  const participantId = key.slice(space + 1);
  return space > 0 && participantId !== '' && isReaction(reaction) ? { reaction, participantId } : null;
}

/** Count per reaction, and which ones this participant gave. */
export function reactionsOf(doc: Y.Doc, cardId: string, participantId: string) {
  const counts = new Map<Reaction, number>();
  const mine = new Set<Reaction>();
  reactionsMap(doc, cardId, false)?.forEach((_v, key) => {
    const parsed = parseReactionKey(key);
    if (!parsed) return;
    counts.set(parsed.reaction, (counts.get(parsed.reaction) ?? 0) + 1);
    if (parsed.participantId === participantId) mine.add(parsed.reaction);
  });
  return { counts, mine };
}

/** Reaction → the participants who gave it, for results; unknown keys are left out. */
export function reactionGivers(doc: Y.Doc, cardId: string): Map<Reaction, string[]> {
  const givers = new Map<Reaction, string[]>();
  reactionsMap(doc, cardId, false)?.forEach((_v, key) => {
    const parsed = parseReactionKey(key);
    if (!parsed) return;
    const list = givers.get(parsed.reaction);
    if (list) list.push(parsed.participantId);
    else givers.set(parsed.reaction, [parsed.participantId]);
  });
  return givers;
}
