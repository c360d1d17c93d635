/**
 * What a board may hold: cards, groups, comments per card, characters per card text (counted
 * after the edit: current length + inserted − deleted, without applying it), and stored
 * bytes. Deleting is always allowed, so a full board can be tidied. The counts read the
 * document only when an update adds something, and count exactly only near a limit.
 */
import * as Y from 'yjs';
import { LIMITS } from '@shared/limits';
import { AppError } from '../../errors';
import type { CardChange, MapChange, UpdateDescription } from './update-description';

export interface BoardState {
  doc: Y.Doc;
  unapplied: readonly UpdateDescription[];
  /** Bytes stored for the board (last snapshot and the log since). */
  storedBytes: number;
}

const full = (what: string, max: number) =>
  new AppError('payload_too_large', `A board holds at most ${max} ${what}`, 'board_full');

function net(changes: Iterable<MapChange>): number {
  let n = 0;
  for (const c of changes) {
    if (c.created && !c.deleted) n++;
    else if (c.deleted && !c.created) n--;
  }
  return n;
}

/** Live entries of a root map; its internal map (deleted keys included) bounds it cheaply. */
function liveCount(doc: Y.Doc, root: string, added: number, max: number): number {
  const type = doc.share.get(root) as Y.AbstractType<unknown> | undefined;
  if (!type || type._map.size + added <= max) return 0;
  let live = 0;
  for (const item of type._map.values()) if (!item.deleted) live++;
  return live;
}

function pendingText(state: BoardState, entry: string): number {
  let n = 0;
  for (const u of state.unapplied) {
    const c = u.cards.get(entry);
    if (c) n += c.textInserted - c.textDeleted;
  }
  return n;
}

function checkCard(card: CardChange, state: BoardState): void {
  if (card.deleted) return;
  if (card.textInserted > card.textDeleted) {
    const text = card.existing?.get('text');
    const before = (text instanceof Y.Text ? text.length : 0) + pendingText(state, card.entry);
    if (before + card.textInserted - card.textDeleted > LIMITS.cardTextMaxChars) {
      throw new AppError('payload_too_large', `A card holds at most ${LIMITS.cardTextMaxChars} characters`, 'too_long');
    }
  }
  const added = net(card.comments.values());
  if (added > 0) {
    const comments = card.existing?.get('comments');
    if ((comments instanceof Y.Array ? comments.length : 0) + added > LIMITS.commentsPerCard) {
      throw new AppError('payload_too_large', `A card holds at most ${LIMITS.commentsPerCard} comments`, 'card_full');
    }
  }
}

export function checkBoardLimits(description: UpdateDescription, state: BoardState): void {
  if (description.writers.size > 0 && state.storedBytes + description.decoded.bytes > LIMITS.maxBoardBytes) {
    throw full('bytes', LIMITS.maxBoardBytes);
  }
  const cards = net(description.cards.values());
  if (cards > 0 && liveCount(state.doc, 'cards', cards, LIMITS.maxCardsPerBoard) + cards > LIMITS.maxCardsPerBoard) {
    throw full('cards', LIMITS.maxCardsPerBoard);
  }
  const groups = net(description.groups.values());
  if (groups > 0 && liveCount(state.doc, 'groups', groups, LIMITS.maxGroupsPerBoard) + groups > LIMITS.maxGroupsPerBoard) {
    throw full('groups', LIMITS.maxGroupsPerBoard);
  }
  for (const card of description.cards.values()) checkCard(card, state);
}
