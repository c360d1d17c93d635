/**
 * Private writing: while it is on, each participant writes new cards into their own drafts
 * document (`<boardId>:drafts:<participantId>` in storage), which only they can open, so
 * nobody else receives them, not even relayed. Revealing moves the cards into the board,
 * without their names when the board is anonymous.
 */
import * as Y from 'yjs';
import { cardsOf, listCards } from '@shared/board-model';
import type { BoardRegistry } from '../docs/board-registry';
import type { DraftAuthor } from '@shared/protocol';
import type { DocumentStore, FacilitationStore, WorkshopStore } from '../storage/storage';
import { hideCardNames } from './anonymity';

export const draftsDocKey = (boardId: string, participantId: string) => `${boardId}:drafts:${participantId}`;

export class PrivateDrafts {
  constructor(
    private readonly registry: BoardRegistry,
    private readonly store: DocumentStore &
      Pick<FacilitationStore, 'listDocuments' | 'getFacilitation'> &
      Pick<WorkshopStore, 'listParticipants'>,
  ) {}

  /** Authors with drafts on this board and how many cards each holds. */
  async summary(boardId: string): Promise<{ participantId: string; cards: number }[]> {
    const prefix = draftsDocKey(boardId, '');
    const keys = await this.store.listDocuments(prefix);
    const counts = await Promise.all(
      keys.map(async (key) => {
        const drafts = await this.registry.acquire(key);
        const cards = listCards(drafts.doc).length;
        this.registry.release(key);
        return { participantId: key.slice(prefix.length), cards };
      }),
    );
    return counts.filter((c) => c.cards > 0);
  }

  /** The same, with names, for the facilitator's "reveal by author". */
  async authors(workshopId: string, boardId: string): Promise<DraftAuthor[]> {
    const [counts, people] = await Promise.all([this.summary(boardId), this.store.listParticipants(workshopId)]);
    const names = new Map(people.map((p) => [p.id, p.name]));
    return counts.map((c) => ({ ...c, name: names.get(c.participantId) ?? '' }));
  }

  /** Moves the drafts of every author (or one) into the board; returns how many cards moved. */
  async reveal(boardId: string, author?: string): Promise<number> {
    const keys = author
      ? [draftsDocKey(boardId, author)]
      : await this.store.listDocuments(draftsDocKey(boardId, ''));
    const anonymous = (await this.store.getFacilitation(boardId))?.anonymous === true;
    const board = await this.registry.acquire(boardId);
    let moved = 0;
    try {
      for (const key of keys) {
        const drafts = await this.registry.acquire(key);
        try {
          const ids = [...cardsOf(drafts.doc).keys()];
          if (ids.length === 0) continue;
          // Copy first, delete second: a crash in between leaves a duplicate, never a loss.
          const payload = Y.encodeStateAsUpdate(drafts.doc);
          await board.change((doc) => {
            const source = new Y.Doc();
            Y.applyUpdate(source, payload);
            const cards = cardsOf(doc);
            for (const id of ids) {
              const card = cardsOf(source).get(id);
              if (!card || cards.has(id)) continue;
              cards.set(id, card.clone());
              if (anonymous) hideCardNames(cards.get(id)!);
            }
          });
          await drafts.change((doc) => {
            for (const id of ids) cardsOf(doc).delete(id);
          });
          moved += ids.length;
        } finally {
          this.registry.release(key);
        }
      }
    } finally {
      this.registry.release(boardId);
    }
    return moved;
  }
}
