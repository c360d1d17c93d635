/**
 * Replaces every name in a backup by "Participant N" (RGPD): N follows the order in which
 * people joined, so the same person keeps the same number across boards and comments.
 */
import type { WorkshopBackup } from './backup';

export const anonymousName = (n: number) => `Participant ${n}`;

/** Participant id → "Participant N", numbered by join order; unknown authors come after. */
export function pseudonyms(participantIds: readonly string[]): (authorId: string) => string {
  const numbers = new Map(participantIds.map((id, i) => [id, i + 1]));
  return (authorId) => {
    if (!authorId) return '';
    let n = numbers.get(authorId);
    if (n === undefined) {
      n = numbers.size + 1;
      numbers.set(authorId, n);
    }
    return anonymousName(n);
  };
}

export function anonymiseBackup(backup: WorkshopBackup): WorkshopBackup {
  const name = pseudonyms([...backup.participants].sort((a, b) => a.joinedAt - b.joinedAt).map((p) => p.id));
  return {
    ...backup,
    anonymous: true,
    participants: backup.participants.map((p) => ({ ...p, name: name(p.id) })),
    boards: backup.boards.map((board) => ({
      ...board,
      cards: board.cards.map((card) => ({
        ...card,
        authorName: card.authorName && name(card.author),
        comments: card.comments.map((c) => ({ ...c, authorName: c.authorName && name(c.author) })),
      })),
    })),
  };
}
