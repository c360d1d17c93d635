/**
 * Anonymity in documents: on a board whose facilitator hides authors, an update may write no
 * name, however it goes about it: a new card, an overwrite of an existing card's
 * `authorName`, a comment or reply, several times in one update, or a name tucked inside a
 * value. Writing an empty name (blanking it) is allowed.
 */
import { AppError } from '../../errors';
import type { FieldWrite, UpdateDescription } from './update-description';

/** Whether a plain value holds a non-empty `authorName` anywhere inside (walked without recursion). */
export function holdsName(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
      continue;
    }
    for (const [key, inner] of Object.entries(v)) {
      if (key === 'authorName' && inner !== '' && inner !== null && inner !== undefined) return true;
      stack.push(inner);
    }
  }
  return false;
}

const writesName = ({ key, value }: FieldWrite) =>
  value.kind === 'value' && ((key === 'authorName' && value.value !== '') || holdsName(value.value));

export function checkNames(description: UpdateDescription): void {
  const writes: FieldWrite[] = [];
  for (const card of description.cards.values()) {
    writes.push(...card.writes, ...card.reactions);
    for (const comment of card.comments.values()) writes.push(...comment.writes);
  }
  for (const group of description.groups.values()) writes.push(...group.writes);
  if (writes.some(writesName)) {
    throw new AppError('forbidden', 'Authors are anonymous on this board: no names in cards or comments', 'anonymous_names');
  }
}
