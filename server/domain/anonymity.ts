/**
 * When a facilitator hides authors, the names already written into cards are blanked in
 * the document, so that from then on the server sends no name to participants.
 */
import { cardsOf } from '@shared/board-model';
import type { BoardRegistry } from '../docs/board-registry';

export async function eraseAuthorNames(registry: BoardRegistry, boardId: string): Promise<void> {
  const board = await registry.acquire(boardId);
  try {
    await board.change((doc) => {
      cardsOf(doc).forEach((card) => {
        if (card.get('authorName')) card.set('authorName', '');
      });
    });
  } finally {
    registry.release(boardId);
  }
}
