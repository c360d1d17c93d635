/**
 * The Corbeille: every card an update removes is copied here before the update is stored,
 * with who removed it (when the transport says) and when. Facilitators list it and bring a
 * card back under its id, through the live document so that every open client follows.
 */
import * as Y from 'yjs';
import { cardsOf, readCard } from '@shared/board-model';
import { groupsOf } from '@shared/board-groups';
import { TIMINGS } from '@shared/limits';
import { HISTORY_LIMITS, type RestoredCard, type TrashEntry } from '@shared/history';
import type { BoardDoc } from '../docs/board-doc';
import type { BoardRegistry } from '../docs/board-registry';
import { renameAuthors } from '../domain/retention';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { NewTrash } from '../storage/history-store';
import type { Storage } from '../storage/storage';
import { copyCards, describeCopies, openCopy } from './card-copy';

export interface TrashDeps {
  storage: Pick<Storage, 'history' | 'getBoard' | 'listParticipants'>;
  registry: () => BoardRegistry;
  log: Logger;
  now: () => number;
  isAnonymous: (boardId: string) => Promise<boolean>;
}

/** Cards copied between two yields of the event loop (tens of milliseconds of work). */
const COPY_CHUNK = 200;

export interface Removal {
  cardId: string;
  by: string | undefined;
}

export class Trash {
  constructor(private readonly deps: TrashDeps) {}

  /**
   * Copies the removed cards from the document as it is before the batch, and stores them,
   * retrying like the update itself: the batch is not stored (nor acknowledged) before.
   */
  async keep(board: BoardDoc, removals: readonly Removal[]): Promise<void> {
    if (removals.length === 0) return;
    const deletedAt = this.deps.now();
    const entries: NewTrash[] = [];
    for (let start = 0; start < removals.length; start += COPY_CHUNK) {
      // A whole board deleted at once: other boards' work runs between chunks.
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      const chunk = removals.slice(start, start + COPY_CHUNK);
      const copies = copyCards(board.doc, chunk.map((r) => r.cardId));
      for (const { cardId, by } of chunk) {
        const data = copies.get(cardId);
        if (data) entries.push({ boardId: board.boardId, cardId, data, deletedBy: by ?? null, deletedAt });
      }
    }
    if (entries.length === 0) return;
    for (let delay: number = TIMINGS.storageRetryMinMs; ; delay = Math.min(delay * 2, TIMINGS.storageRetryMaxMs)) {
      try {
        return await this.deps.storage.history.addTrash(entries, HISTORY_LIMITS.maxTrashPerBoard);
      } catch (err) {
        this.deps.log.error({ err, boardId: board.boardId, retryInMs: delay }, 'storing deleted cards failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  /** Newest first; cards back on the board meanwhile are left out. */
  async list(workshopId: string, boardId: string): Promise<TrashEntry[]> {
    const records = await this.deps.storage.history.listTrash(boardId, HISTORY_LIMITS.trashListed);
    const anonymous = await this.deps.isAnonymous(boardId);
    const names = new Map((await this.deps.storage.listParticipants(workshopId)).map((p) => [p.id, p.name]));
    const onBoard = await this.withBoard(boardId, (board) => (id: string) => readCard(id, cardsOf(board.doc).get(id)) !== null);
    const inTrash = records.filter((record) => !onBoard(record.cardId));
    const cards = describeCopies(inTrash);
    return inTrash.flatMap((record, i) => {
      const card = cards[i];
      if (!card) return [];
      return [
        {
          id: record.id,
          cardId: card.id,
          text: card.text,
          column: card.column,
          color: card.color,
          author: card.author,
          authorName: anonymous ? '' : card.authorName,
          createdAt: card.createdAt,
          comments: card.comments,
          deletedAt: record.deletedAt,
          deletedBy: record.deletedBy,
          deletedByName: anonymous || !record.deletedBy ? '' : (names.get(record.deletedBy) ?? ''),
        },
      ];
    });
  }

  /** Puts the card back under its id; `conflict` when a card with that id is on the board. */
  async restore(boardId: string, entryId: number, by: string): Promise<RestoredCard> {
    const record = await this.deps.storage.history.getTrash(boardId, entryId);
    if (!record) throw new AppError('not_found', 'No such card in the trash');
    const columns = (await this.deps.storage.getBoard(boardId))?.columns.map((c) => c.id) ?? [];
    const copy = openCopy(record.data);
    // No name comes back onto a board whose authors are hidden.
    if (await this.deps.isAnonymous(boardId)) renameAuthors(copy, () => '');
    const card = cardsOf(copy).get(record.cardId);
    if (!(card instanceof Y.Map)) throw new AppError('not_found', 'No such card in the trash');
    await this.withBoard(boardId, async (board) => {
      if (readCard(record.cardId, cardsOf(board.doc).get(record.cardId))) {
        throw new AppError('conflict', 'A card with this id is already on the board', 'card_exists');
      }
      await board.change((doc) => {
        doc.transact(() => {
          const restored = card.clone();
          cardsOf(doc).set(record.cardId, restored);
          // Its column or group may have gone meanwhile: the card then shows in the first column.
          const column = restored.get('column');
          if (columns.length > 0 && !columns.includes(column as string)) restored.set('column', columns[0]);
          const group = restored.get('group');
          if (group !== undefined && !(typeof group === 'string' && groupsOf(doc).has(group))) restored.delete('group');
        });
      }, by);
    });
    copy.destroy();
    await this.deps.storage.history.removeTrash(boardId, entryId);
    return { cardId: record.cardId };
  }

  private async withBoard<T>(boardId: string, work: (board: BoardDoc) => T | Promise<T>): Promise<T> {
    const registry = this.deps.registry();
    const board = await registry.acquire(boardId);
    try {
      return await work(board);
    } finally {
      registry.release(boardId);
    }
  }
}
