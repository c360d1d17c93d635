/** Named hooks into the document layer, for metrics, history and relaying between instances. */
import type { BoardDoc } from './board-doc';

/** One queued write: the update and, when the transport knows it, the writer's participant id. */
export interface DocWrite {
  readonly update: Uint8Array;
  readonly by?: string;
}

export interface DocHooks {
  /** Before a board's stored state is read (a relay subscribes here, so nothing is missed). */
  beforeLoad?(boardId: string): Promise<void>;
  onLoaded?(board: BoardDoc): void;
  /**
   * A batch is about to be stored, then applied; `board.doc` still holds the state before it.
   * Awaited: what is kept here (the trash) is stored before the batch is, hence before any
   * acknowledgement.
   */
  beforeApply?(board: BoardDoc, writes: readonly DocWrite[]): Promise<void>;
  /** A batch of updates was stored (before it is applied and relayed). */
  onStored?(info: { boardId: string; updates: number; bytes: number; durationMs: number }): void;
  /**
   * A stored batch was applied and relayed, just before it is acknowledged: for each of its
   * updates, the milliseconds since it was submitted (waiting for its batch, the hooks, storage, relay).
   */
  onRelayed?(info: { boardId: string; waitedMs: readonly number[] }): void;
  /** One stored update (a merged batch) with its sequence number, for other instances. */
  onStoredUpdate?(boardId: string, update: Uint8Array, seq: number): void;
  onStoreFailed?(boardId: string, err: unknown): void;
  /** Presence announced by this instance's clients, for other instances. */
  onClientAwareness?(boardId: string, update: Uint8Array): void;
  onUnloaded?(boardId: string): void;
}

/** Merges hook sets: each hook of each set is called in turn. */
export function combineHooks(...sets: DocHooks[]): DocHooks {
  const all = <K extends keyof DocHooks>(key: K) => sets.map((s) => s[key]).filter((h) => h !== undefined);
  return {
    beforeLoad: async (boardId) => {
      for (const hook of all('beforeLoad')) await hook(boardId);
    },
    onLoaded: (board) => all('onLoaded').forEach((h) => h(board)),
    beforeApply: async (board, writes) => {
      for (const hook of all('beforeApply')) await hook(board, writes);
    },
    onStored: (info) => all('onStored').forEach((h) => h(info)),
    onRelayed: (info) => all('onRelayed').forEach((h) => h(info)),
    onStoredUpdate: (boardId, update, seq) => all('onStoredUpdate').forEach((h) => h(boardId, update, seq)),
    onStoreFailed: (boardId, err) => all('onStoreFailed').forEach((h) => h(boardId, err)),
    onClientAwareness: (boardId, update) => all('onClientAwareness').forEach((h) => h(boardId, update)),
    onUnloaded: (boardId) => all('onUnloaded').forEach((h) => h(boardId)),
  };
}
