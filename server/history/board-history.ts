/**
 * The trash and the checkpoints, wired into the document layer through one hook that runs
 * before each batch of writes is stored (docs/architecture.md). Private drafts keep no
 * history: they are their author's alone and are emptied when revealed.
 */
import * as Y from 'yjs';
import type { CheckpointReason, RevertResult } from '@shared/history';
import type { BoardDoc } from '../docs/board-doc';
import type { BoardRegistry } from '../docs/board-registry';
import type { DocHooks, DocWrite } from '../docs/doc-hooks';
import { renameAuthors } from '../domain/retention';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { Storage } from '../storage/storage';
import { Checkpoints } from './checkpoints';
import { cardChanges } from './deleted-cards';
import { revertBoard } from './revert-board';
import { Trash, type Removal } from './trash';

export interface HistoryDeps {
  storage: Storage;
  /** Read lazily: the registry is built with these hooks. */
  registry: () => BoardRegistry;
  log: Logger;
  isAnonymous: (boardId: string) => Promise<boolean>;
  now?: () => number;
}

const isDrafts = (docId: string) => docId.includes(':');

export class BoardHistory {
  readonly trash: Trash;
  readonly checkpoints: Checkpoints;
  readonly docHooks: DocHooks = {
    beforeApply: (board, writes) => this.beforeApply(board, writes),
    onUnloaded: (boardId) => this.checkpoints.forget(boardId),
  };

  constructor(private readonly deps: HistoryDeps) {
    const now = deps.now ?? Date.now;
    this.trash = new Trash({ ...deps, now });
    this.checkpoints = new Checkpoints({ store: deps.storage.history, registry: deps.registry, log: deps.log, now });
  }

  /** A card from the trash, back on its board. */
  restoreCard(boardId: string, entryId: number, by: string) {
    return this.serial(boardId, () => this.trash.restore(boardId, entryId, by));
  }

  /** Brings the board back to a checkpoint, after taking one of the board as it is now. */
  revert(boardId: string, checkpointId: number, by: string): Promise<RevertResult> {
    return this.serial(boardId, async () => {
      const checkpoint = await this.deps.storage.history.getCheckpoint(boardId, checkpointId);
      if (!checkpoint) throw new AppError('not_found', 'No such checkpoint');
      const target = new Y.Doc();
      Y.applyUpdate(target, checkpoint.data);
      if (await this.deps.isAnonymous(boardId)) renameAuthors(target, () => '');
      const undoCheckpointId = await this.checkpoints.take(boardId, 'before_restore');
      const registry = this.deps.registry();
      const board = await registry.acquire(boardId);
      try {
        // Another instance's last writes too, which its relay may not have brought yet.
        board.resync(await this.deps.storage.loadBoard(boardId));
        await board.change((doc) => revertBoard(doc, target), by);
      } finally {
        registry.release(boardId);
        target.destroy();
      }
      return { undoCheckpointId };
    });
  }

  /** For reveals and merges (see the call sites in docs/architecture.md); never throws. */
  before(boardId: string, reason: CheckpointReason): Promise<void> {
    return this.checkpoints.before(boardId, reason);
  }

  private async beforeApply(board: BoardDoc, writes: readonly DocWrite[]): Promise<void> {
    if (isDrafts(board.boardId)) return;
    try {
      const removals: Removal[] = [];
      const seen = new Set<string>();
      // The most cards one write creates: a batch merging many people's single cards is no paste.
      let created = 0;
      for (const write of writes) {
        const changes = cardChanges(board.doc, write.update);
        created = Math.max(created, changes.created);
        for (const cardId of changes.removed) {
          // Two writes of one batch removing the same card: the first one did.
          if (!seen.has(cardId)) removals.push({ cardId, by: write.by });
          seen.add(cardId);
        }
      }
      await this.checkpoints.beforeWrite(board, created);
      await this.trash.keep(board, removals);
    } catch (err) {
      // Never stops the writes: a batch left waiting here would never be acknowledged.
      this.deps.log.error({ err, boardId: board.boardId }, 'keeping history before a write failed');
    }
  }

  /** Restores run one at a time per board on every instance, so two never interleave their reads and writes. */
  private serial<T>(boardId: string, work: () => Promise<T>): Promise<T> {
    return this.deps.storage.exclusive(`history:${boardId}`, work);
  }
}
