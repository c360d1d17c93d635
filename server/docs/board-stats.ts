/** Live figures about boards (cards, people present), read from the in-memory documents. */
import { cardsInColumn, listCards } from '@shared/board-model';
import type { BoardDoc } from './board-doc';
import type { BoardRegistry } from './board-registry';

export interface BoardActivity {
  boardId: string;
  cards: number;
  people: number;
}

export class BoardStats {
  constructor(private readonly registry: BoardRegistry) {}

  private async withBoard<T>(boardId: string, read: (board: BoardDoc) => T): Promise<T> {
    const board = await this.registry.acquire(boardId);
    try {
      return read(board);
    } finally {
      this.registry.release(boardId);
    }
  }

  of(boardId: string): Promise<BoardActivity> {
    return this.withBoard(boardId, (board) => ({
      boardId,
      cards: listCards(board.doc).length,
      people: board.awareness.getStates().size,
    }));
  }

  cardsInColumn(boardId: string, columnId: string): Promise<number> {
    return this.withBoard(boardId, (board) => cardsInColumn(board.doc, columnId).length);
  }
}
