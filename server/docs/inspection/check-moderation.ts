/**
 * Moderation in documents (shared/moderation.ts): a card a facilitator hid keeps its place,
 * but nobody writes its text, colour, name or comments again (the server alone gives them
 * back when it is shown again), so that its words never come back through the document; and
 * on a controlled board a participant creates no card: theirs go through the inbox.
 * The `hidden` key itself is the server's: no client writes it (check-fields knows no such key).
 */
import { moderates } from '@shared/card-rules';
import { AppError } from '../../errors';
import { CARD_KEYS } from './field-rules';
import type { Writer } from './check-ownership';
import { readField, type CardChange, type UpdateDescription } from './update-description';

const hiddenCard = () => new AppError('forbidden', 'A facilitator hid this card: it cannot be changed until it is shown again', 'card_hidden');

function writesHiddenCard(card: CardChange): boolean {
  if (card.textInserted > 0 || card.textDeleted > 0) return true;
  if (card.writes.some(({ key }) => CARD_KEYS.get(key)?.access === 'edit')) return true;
  for (const comment of card.comments.values()) {
    if (comment.created || comment.deleted || comment.writes.length > 0) return true;
  }
  return false;
}

export function checkModeration(description: UpdateDescription, writer: Writer): void {
  for (const card of description.cards.values()) {
    // Deleting a hidden card is still its author's or a facilitator's right (check-ownership).
    if (card.deleted) continue;
    if (card.created) {
      if (writer.settings.controlled && !moderates(writer)) {
        throw new AppError('forbidden', 'This board is in controlled mode: new cards go to the facilitator’s inbox', 'controlled');
      }
      continue;
    }
    if (typeof readField(card, 'hidden') === 'string' && writesHiddenCard(card)) throw hiddenCard();
  }
}
