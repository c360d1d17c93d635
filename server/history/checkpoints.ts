/**
 * History checkpoints: a board's whole document, stored with the time and the reason. Taken
 * before the first write after `checkpointEveryMs` (so a checkpoint at 10 h 45 holds the
 * board as it was at 10 h 45), before an update that creates many cards at once, before
 * reveals and merges, and before going back to an earlier one (so that this can be undone).
 */
import * as Y from 'yjs';
import { cardsOf, readCard } from '@shared/board-model';
import { HISTORY_LIMITS, type CheckpointEntry, type CheckpointReason } from '@shared/history';
import type { BoardDoc } from '../docs/board-doc';
import type { BoardRegistry } from '../docs/board-registry';
import type { Logger } from '../logger';
import type { HistoryStore } from '../storage/history-store';

export interface CheckpointDeps {
  store: HistoryStore;
  registry: () => BoardRegistry;
  log: Logger;
  now: () => number;
}

function countCards(doc: Y.Doc): number {
  let count = 0;
  cardsOf(doc).forEach((map, id) => {
    if (readCard(id, map)) count++;
  });
  return count;
}

export class Checkpoints {
  /** When this instance last took one, per loaded board (read from storage on first use). */
  private readonly lastAt = new Map<string, number | null>();
  /** Boards known not to have changed since their last checkpoint (unknown counts as changed). */
  private readonly unchanged = new Set<string>();

  constructor(private readonly deps: CheckpointDeps) {}

  /** Takes one now; throws when it cannot be stored. Returns its id. */
  async take(boardId: string, reason: CheckpointReason): Promise<number> {
    const registry = this.deps.registry();
    const board = await registry.acquire(boardId);
    try {
      return await this.save(board, reason);
    } finally {
      registry.release(boardId);
    }
  }

  /**
   * For other features' call sites (reveals, merges): takes one unless nothing changed since
   * the last, and never fails the action it precedes (a failure is logged).
   */
  async before(boardId: string, reason: CheckpointReason): Promise<void> {
    if (this.unchanged.has(boardId)) return;
    await this.take(boardId, reason).catch((err: unknown) => this.deps.log.error({ err, boardId, reason }, 'taking a checkpoint failed'));
  }

  /** Called before each batch of writes is stored; `created` counts the cards it creates. */
  async beforeWrite(board: BoardDoc, created: number): Promise<void> {
    const { boardId } = board;
    const last = await this.lastTaken(boardId);
    const due = last === null || this.deps.now() - last >= HISTORY_LIMITS.checkpointEveryMs;
    const bulk = created >= HISTORY_LIMITS.bulkCards && !this.unchanged.has(boardId);
    if (due || bulk) {
      await this.save(board, bulk ? 'paste' : 'activity').catch((err: unknown) =>
        this.deps.log.error({ err, boardId }, 'taking a checkpoint failed; the write goes on'),
      );
    }
    this.unchanged.delete(boardId);
  }

  async list(boardId: string): Promise<CheckpointEntry[]> {
    return (await this.deps.store.listCheckpoints(boardId)).map(({ id, reason, takenAt, cards }) => ({ id, reason, takenAt, cards }));
  }

  forget(boardId: string): void {
    this.lastAt.delete(boardId);
    this.unchanged.delete(boardId);
  }

  private async lastTaken(boardId: string): Promise<number | null> {
    if (!this.lastAt.has(boardId)) {
      const [latest] = await this.deps.store.listCheckpoints(boardId);
      // Unless one was taken meanwhile (the list is read while writes go on).
      if (!this.lastAt.has(boardId)) this.lastAt.set(boardId, latest?.takenAt ?? null);
    }
    return this.lastAt.get(boardId) ?? null;
  }

  private async save(board: BoardDoc, reason: CheckpointReason): Promise<number> {
    const now = this.deps.now();
    // Encoded at once: the stored picture is the document as it is now, whatever the wait.
    const data = Y.encodeStateAsUpdate(board.doc);
    const cards = countCards(board.doc);
    this.lastAt.set(board.boardId, now);
    this.unchanged.add(board.boardId);
    const keep = {
      latest: HISTORY_LIMITS.keepLatestCheckpoints,
      since: now - HISTORY_LIMITS.keepCheckpointsForMs,
      max: HISTORY_LIMITS.maxCheckpointsPerBoard,
    };
    try {
      return await this.deps.store.addCheckpoint({ boardId: board.boardId, reason, takenAt: now, cards, data }, keep);
    } catch (err) {
      this.unchanged.delete(board.boardId);
      throw err;
    }
  }
}
