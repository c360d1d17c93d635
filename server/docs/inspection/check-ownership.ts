/**
 * Who may do what to whose card (shared/card-rules.ts), applied to a described update: new
 * cards and comments carry their writer's own id, nobody changes an author, text and colour
 * are the author's (or everyone's in free co-writing, or a moderator's), moving and grouping
 * are open unless restricted, a comment is its author's (or a moderator's), a reaction key
 * names its giver. One refusal refuses the whole update.
 */
import { REACTIONS } from '@shared/card-comments';
import { mayDeleteCard, mayEditCardText, mayMoveCard, moderates, type CardActor } from '@shared/card-rules';
import type { FacilitationState } from '@shared/facilitation';
import { AppError } from '../../errors';
import { CARD_KEYS, reactionOwner } from './field-rules';
import { readField, type CardChange, type CommentChange, type UpdateDescription } from './update-description';

export interface Writer extends CardActor {
  /** `controlled` is missing where a board has no controlled mode (private drafts). */
  settings: Pick<FacilitationState, 'freeEditing' | 'movesRestricted'> & Partial<Pick<FacilitationState, 'controlled'>>;
  /** Organisers may write cards in someone else's name (the sample workshop, seeded content). */
  writesForOthers: boolean;
}

const notOwner = (what: string) => new AppError('forbidden', `Only its author or a facilitator may ${what}`, 'not_owner');
const forged = (what: string) => new AppError('forbidden', `${what} must carry your own participant id`, 'author_forged');
const restricted = () => new AppError('forbidden', 'The facilitator has reserved moving and grouping cards', 'moves_restricted');

const authorOf = (change: CardChange | CommentChange) => {
  const author = readField(change, 'author');
  return typeof author === 'string' ? author : '';
};

function checkNewAuthor(writer: Writer, author: string, what: string): void {
  if (author !== writer.participantId && !writer.writesForOthers) throw forged(what);
}

function checkCardWrites(writer: Writer, card: CardChange, author: string): void {
  for (const { key } of card.writes) {
    const access = CARD_KEYS.get(key)?.access;
    if (access === 'author') throw new AppError('forbidden', 'A card’s author never changes', 'author_forged');
    if (access === 'move' && !mayMoveCard(writer, writer.settings)) throw restricted();
    if (access === 'edit' && !mayEditCardText(writer, author, writer.settings)) throw notOwner('change this card');
  }
  if ((card.textInserted > 0 || card.textDeleted > 0) && !mayEditCardText(writer, author, writer.settings)) {
    throw notOwner('change this card’s text');
  }
}

function checkComments(writer: Writer, card: CardChange): void {
  for (const comment of card.comments.values()) {
    const author = authorOf(comment);
    if (comment.created) checkNewAuthor(writer, author, 'A comment');
    else if ((comment.deleted || comment.writes.length > 0) && author !== writer.participantId && !moderates(writer)) {
      throw notOwner('change or delete this comment');
    }
  }
}

function checkReactions(writer: Writer, card: CardChange): void {
  for (const { key, value } of card.reactions) {
    const giver = reactionOwner(key, REACTIONS);
    if (giver === writer.participantId) continue;
    if (value.kind !== 'removed') throw forged('A reaction');
    if (!moderates(writer)) throw notOwner('take back this reaction');
  }
}

export function checkOwnership(description: UpdateDescription, writer: Writer): void {
  for (const card of description.cards.values()) {
    const author = authorOf(card);
    if (card.created) checkNewAuthor(writer, author, 'A new card');
    else if (card.deleted && !mayDeleteCard(writer, author)) throw notOwner('delete this card');
    // What a deletion takes with it (text, comments…) needs no other right.
    if (card.deleted) continue;
    if (!card.created) checkCardWrites(writer, card, author);
    checkComments(writer, card);
    checkReactions(writer, card);
  }
  for (const group of description.groups.values()) {
    if (group.created || group.deleted || group.writes.length > 0) {
      if (!mayMoveCard(writer, writer.settings)) throw restricted();
    }
  }
}
