/**
 * Keeps live boards in memory: loads a board on first use (never serving it before its
 * stored state is in), counts who holds it, and unloads it a while after the last left.
 * It knows nothing of transports.
 */
import type { Logger } from '../logger';
import type { DocumentStore } from '../storage/storage';
import { BoardDoc } from './board-doc';
import type { DocHooks } from './doc-hooks';

interface Entry {
  board: Promise<BoardDoc>;
  holders: number;
  unloadTimer: NodeJS.Timeout | null;
}

export class BoardRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly store: DocumentStore,
    private readonly log: Logger,
    private readonly unloadDelayMs: number,
    private readonly hooks: DocHooks = {},
  ) {}

  get loadedCount(): number {
    return this.entries.size;
  }

  /** How many hold each board in memory (mostly connections), for metrics. */
  holderCounts(): number[] {
    return [...this.entries.values()].map((e) => e.holders);
  }

  /** Boards whose load has finished, for metrics. */
  async loaded(): Promise<BoardDoc[]> {
    const boards = await Promise.all([...this.entries.values()].map((e) => e.board.catch(() => null)));
    return boards.filter((b): b is BoardDoc => b !== null);
  }

  /** The live board, loaded if needed; pair every call with release(). */
  async acquire(boardId: string): Promise<BoardDoc> {
    let entry = this.entries.get(boardId);
    if (!entry) {
      // The holders, read at each batch: whoever holds this id then (a reloaded board's entry).
      const holders = () => this.entries.get(boardId)?.holders ?? 0;
      const board = BoardDoc.load(boardId, this.store, this.log, this.hooks, holders);
      entry = { board, holders: 0, unloadTimer: null };
      this.entries.set(boardId, entry);
      board.catch((err: unknown) => {
        this.log.error({ err, boardId }, 'loading a board failed');
        if (this.entries.get(boardId) === entry) this.entries.delete(boardId);
      });
    }
    entry.holders++;
    if (entry.unloadTimer) {
      clearTimeout(entry.unloadTimer);
      entry.unloadTimer = null;
    }
    try {
      return await entry.board;
    } catch (err) {
      entry.holders--;
      throw err;
    }
  }

  release(boardId: string): void {
    const entry = this.entries.get(boardId);
    if (!entry) return;
    entry.holders--;
    if (entry.holders > 0) return;
    entry.unloadTimer = setTimeout(() => void this.unload(boardId, entry), this.unloadDelayMs);
  }

  /** `use` with the live board, held (loaded if needed) until it is done. */
  async using<T>(boardId: string, use: (board: BoardDoc) => Promise<T>): Promise<T> {
    const board = await this.acquire(boardId);
    try {
      return await use(board);
    } finally {
      this.release(boardId);
    }
  }

  /**
   * As `using`, with everything stored so far applied first: other instances' last writes
   * included (their relay may still be on its way), so that what a lock holder reads is what
   * the previous holder left.
   */
  usingStored<T>(boardId: string, use: (board: BoardDoc) => Promise<T>): Promise<T> {
    return this.using(boardId, async (board) => {
      board.resync(await this.store.loadBoard(boardId));
      return use(board);
    });
  }

  /** A board already in memory, without loading it (for server-side reads). */
  peek(boardId: string): Promise<BoardDoc> | null {
    return this.entries.get(boardId)?.board ?? null;
  }

  private async unload(boardId: string, entry: Entry): Promise<void> {
    const board = await entry.board;
    if (this.entries.get(boardId) !== entry || entry.holders > 0) return;
    if (!board.idle) {
      entry.unloadTimer = setTimeout(() => void this.unload(boardId, entry), this.unloadDelayMs);
      return;
    }
    // Removed first: a client arriving during the close loads a fresh copy from storage,
    // which already holds everything (nothing is queued; the close only compacts rows).
    this.entries.delete(boardId);
    await board.close();
    this.log.debug({ boardId }, 'board unloaded');
    this.hooks.onUnloaded?.(boardId);
  }

  /**
   * The board and its private drafts were deleted: dropped from memory without storing
   * anything more. Holders still releasing it later find nothing to release.
   */
  async discard(boardId: string): Promise<void> {
    const keys = [...this.entries.keys()].filter((key) => key === boardId || key.startsWith(`${boardId}:drafts:`));
    await Promise.all(
      keys.map(async (key) => {
        const entry = this.entries.get(key)!;
        this.entries.delete(key);
        if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
        const board = await entry.board.catch(() => null);
        await board?.discard();
        this.hooks.onUnloaded?.(key);
      }),
    );
  }

  /** Stores and compacts every board (on shutdown). */
  async closeAll(): Promise<void> {
    const entries = [...this.entries.entries()];
    this.entries.clear();
    await Promise.all(
      entries.map(async ([, entry]) => {
        if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
        const board = await entry.board.catch(() => null);
        await board?.close();
      }),
    );
  }
}
