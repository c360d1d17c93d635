/**
 * One live board: its Y.Doc, its presence (board-presence.ts), and the persistence queue in
 * front of them.
 *
 * Invariant: an update is stored before it is applied to the in-memory document, relayed
 * or acknowledged. Updates that arrive while a write is under way are merged into the next
 * batch, so one write and one broadcast (encoded once per transport) serve many edits; a busy
 * board reaching many clients also waits a little between batches (batch-window.ts).
 */
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { TIMINGS } from '@shared/limits';
import type { Logger } from '../logger';
import type { DocumentStore, StoredBoardState } from '../storage/storage';
import { UpdateRate, batchWindowMs } from './batch-window';
import type { DocHooks } from './doc-hooks';
import type { BoardState } from './inspection/check-board-limits';
import { InvalidUpdateError, decodeUpdate, isBlank } from './inspection/decode-update';
import { describeUpdate } from './inspection/describe-update';
import type { UpdateDescription } from './inspection/update-description';
import { WriterClaims } from './inspection/writer-claims';
import { BoardPresence, REMOTE } from './board-presence';
import type { PresenceSender } from './presence-gate';

export interface BoardListener {
  /** A stored update, already applied to the document. */
  onUpdate(update: Uint8Array): void;
  /** An awareness update covering every client that changed since the last call. */
  onAwareness(update: Uint8Array): void;
}

interface Pending {
  update: Uint8Array;
  /** The writer's participant id, when known (the trash says who deleted a card). */
  by?: string;
  /** What a client's update does (server edits have none): the trash may read deleted cards here. */
  described?: UpdateDescription;
  /** When it was submitted (performance.now()): the time it spends here is a metric. */
  at: number;
  resolve: () => void;
  reject: (err: Error) => void;
}

export { InvalidUpdateError };
export class BoardClosedError extends Error {}
/** An update that was queued when its board was deleted: refused, never stored. */
export class BoardDeletedError extends Error {}

export class BoardDoc {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new Awareness(this.doc);
  private readonly listeners = new Set<BoardListener>();
  private pending: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private lastFlushAt = 0;
  private readonly rate = new UpdateRate();
  /** Applied updates not relayed yet (other instances'), and when they will be. */
  private outbox: Uint8Array[] = [];
  private relayTimer: NodeJS.Timeout | null = null;
  /** Sequence numbers of the stored rows this document holds: what a compaction may delete. */
  private covered: number[];
  private closed = false;
  private readonly presence: BoardPresence;
  /** Bytes appended since the last snapshot, and that snapshot's size: see compactDue. */
  private loggedBytes = 0;
  private snapshotBytes = 0;
  /** Client updates accepted but not applied yet: the next ones may build on them. */
  private readonly unapplied: UpdateDescription[] = [];
  /** Which participant writes under which Yjs client id (see WriterClaims). */
  readonly writers = new WriterClaims();

  private constructor(
    readonly boardId: string,
    private readonly store: DocumentStore,
    private readonly log: Logger,
    private readonly hooks: DocHooks,
    /** Connections this instance relays the board to: the batch window widens with them. */
    private readonly clients: () => number,
    stored: StoredBoardState,
  ) {
    this.covered = [...stored.seqs];
    // What is loaded counts as the snapshot: the next compaction waits for as much again.
    this.snapshotBytes = stored.updates.reduce((sum, u) => sum + u.byteLength, 0);
    if (stored.updates.length > 0) Y.applyUpdate(this.doc, Y.mergeUpdates(stored.updates));
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.outbox.push(update);
      // A stored batch goes out at once, with what other instances sent meanwhile; their
      // updates alone wait for the board's window, so that they are relayed in batches too.
      if (origin !== REMOTE) this.relay();
      else this.relayTimer ??= setTimeout(() => this.relay(), this.batchWindowMs);
    });
    this.presence = new BoardPresence(this.awareness, {
      boardId,
      hooks,
      broadcast: (update) => this.listeners.forEach((l) => l.onAwareness(update)),
      closed: () => this.closed,
      clients,
    });
  }

  static async load(
    boardId: string,
    store: DocumentStore,
    log: Logger,
    hooks: DocHooks = {},
    clients: () => number = () => 0,
  ): Promise<BoardDoc> {
    await hooks.beforeLoad?.(boardId);
    const board = new BoardDoc(boardId, store, log, hooks, clients, await store.loadBoard(boardId));
    hooks.onLoaded?.(board);
    return board;
  }

  subscribe(listener: BoardListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Appended updates not yet folded into a snapshot. */
  get logLength(): number {
    return this.covered.length;
  }

  get idle(): boolean {
    return this.pending.length === 0 && this.flushing === null;
  }

  /** What the write limits read: the document, the updates not applied yet, the bytes stored. */
  get writeState(): BoardState {
    return { doc: this.doc, unapplied: this.unapplied, storedBytes: this.snapshotBytes + this.loggedBytes };
  }

  /**
   * Decodes a client's update once and says what it would do to this board (and to the
   * updates accepted before it, not applied yet); every write check reads this description.
   */
  inspect(update: Uint8Array): UpdateDescription {
    return describeUpdate(decodeUpdate(update), { doc: this.doc, unapplied: this.unapplied });
  }

  /**
   * Queues an update; resolves once it is stored and relayed. A client's update comes with
   * its description (see inspect), which is not decoded again; a server edit is trusted and
   * only checked to be an update. A malformed update is refused at once and never reaches
   * the document or the store; one that changes nothing (a reconnecting client's step 2
   * resending what the server has) is not stored.
   */
  submit(update: Uint8Array, by?: string, described?: UpdateDescription): Promise<void> {
    if (this.closed) return Promise.reject(new BoardClosedError('board closed'));
    try {
      if (described ? !described.changes : isBlank(decodeUpdate(update, { bounded: false }))) return Promise.resolve();
    } catch (err) {
      return Promise.reject(err instanceof InvalidUpdateError ? err : new InvalidUpdateError((err as Error).message));
    }
    if (described) this.unapplied.push(described);
    const applied = () => {
      const at = described ? this.unapplied.indexOf(described) : -1;
      if (at >= 0) this.unapplied.splice(at, 1);
    };
    return new Promise((resolve, reject) => {
      this.pending.push({
        update,
        by,
        described,
        at: performance.now(),
        resolve: () => (applied(), resolve()),
        reject: (err) => (applied(), reject(err)),
      });
      this.flushing ??= this.flush();
    });
  }

  /**
   * A server-side edit (revealing drafts, say): made on a copy, then submitted like any
   * client's update, so it too is stored before it is applied or relayed.
   */
  async change(mutate: (doc: Y.Doc) => void, by?: string): Promise<void> {
    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(this.doc));
    const updates: Uint8Array[] = [];
    scratch.on('update', (update: Uint8Array) => updates.push(update));
    mutate(scratch);
    scratch.destroy();
    if (updates.length > 0) await this.submit(Y.mergeUpdates(updates), by);
  }

  /** How long this board now waits between batches (0 while it is quiet or small). */
  get batchWindowMs(): number {
    return batchWindowMs({ updatesPerSecond: this.rate.perSecond(performance.now()), clients: this.clients() });
  }

  /** Waits until every queued update is stored. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending.length > 0 && !this.closed) {
        // Let updates arriving in this turn (and, on a busy board, its window) join the batch.
        const wait = this.lastFlushAt + this.batchWindowMs - performance.now();
        await new Promise<void>((resolve) => (wait > 0 ? setTimeout(resolve, wait) : setImmediate(resolve)));
        this.lastFlushAt = performance.now();
        const batch = this.pending;
        this.pending = [];
        this.rate.add(batch.length, this.lastFlushAt);
        const merged = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((p) => p.update));
        await this.hooks.beforeApply?.(this, batch);
        const started = performance.now();
        const stored = await this.storeWithRetry(merged);
        this.hooks.onStored?.({
          boardId: this.boardId,
          updates: batch.length,
          bytes: merged.byteLength,
          durationMs: performance.now() - started,
        });
        if (!stored) {
          for (const p of batch) p.reject(new BoardClosedError('board closed before the update was stored'));
          continue;
        }
        // Relayed on the way (the document's update event).
        Y.applyUpdate(this.doc, merged, this);
        if (this.hooks.onRelayed) {
          const now = performance.now();
          this.hooks.onRelayed({ boardId: this.boardId, waitedMs: batch.map((p) => now - p.at) });
        }
        for (const p of batch) p.resolve();
        if (this.compactDue) await this.compact();
      }
    } finally {
      this.flushing = null;
    }
  }

  /** Sends what the document applied since the last relay to every listener, as one update. */
  private relay(): void {
    if (this.relayTimer) clearTimeout(this.relayTimer);
    this.relayTimer = null;
    const updates = this.outbox;
    this.outbox = [];
    if (updates.length === 0) return;
    const update = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
    for (const l of this.listeners) l.onUpdate(update);
  }

  /** Retries a failed write with backoff until it succeeds or the board is closed. */
  private async storeWithRetry(update: Uint8Array): Promise<boolean> {
    let delay: number = TIMINGS.storageRetryMinMs;
    for (;;) {
      try {
        const seq = await this.store.appendUpdate(this.boardId, update);
        this.covered.push(seq);
        this.loggedBytes += update.byteLength;
        this.hooks.onStoredUpdate?.(this.boardId, update, seq);
        return true;
      } catch (err) {
        this.hooks.onStoreFailed?.(this.boardId, err);
        this.log.error({ err, boardId: this.boardId, retryInMs: delay }, 'storing an update failed; retrying');
        if (this.closed) return false;
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, TIMINGS.storageRetryMaxMs);
      }
    }
  }

  /**
   * Encoding the whole document blocks the event loop (about 200 ms for 35,000 cards), so a
   * board compacts only once its log has both many rows and as many bytes as the last
   * snapshot: the cost stays proportional to what was written, however large the board.
   */
  private get compactDue(): boolean {
    return this.covered.length >= TIMINGS.compactEveryUpdates && this.loggedBytes >= this.snapshotBytes;
  }

  /**
   * Folds the rows this document holds into one snapshot. Only called between batches, so
   * the document holds exactly those rows (and nothing unstored).
   */
  async compact(): Promise<void> {
    if (this.covered.length <= 1) return;
    const folded = [...this.covered];
    try {
      const snapshot = Y.encodeStateAsUpdate(this.doc);
      const snapshotSeq = await this.store.compact(this.boardId, snapshot, folded);
      // Rows that arrived during the compaction (from other instances) stay listed.
      this.covered = [snapshotSeq, ...this.covered.slice(folded.length)];
      this.snapshotBytes = snapshot.byteLength;
      this.loggedBytes = 0;
    } catch (err) {
      // Not fatal: the log is still complete, only longer.
      this.log.warn({ err, boardId: this.boardId }, 'compaction failed; will try again later');
    }
  }

  /** Presence from one of this instance's clients (see BoardPresence.apply). */
  applyAwareness(update: Uint8Array, owner: object, sender: PresenceSender): void {
    this.presence.apply(update, owner, sender);
  }

  /** Forgets the presence a connection announced (its user left or dropped). */
  detach(owner: object): void {
    this.presence.detach(owner);
  }

  /** An update another instance stored (as row `seq`): applied and relayed, not stored again. */
  applyRemote(update: Uint8Array, seq: number): void {
    if (this.closed) return;
    // Relayed here too: it counts in the board's fan-out.
    this.rate.add(1, performance.now());
    Y.applyUpdate(this.doc, update, REMOTE);
    if (!this.covered.includes(seq)) this.covered.push(seq);
  }

  applyRemoteAwareness(update: Uint8Array): void {
    this.presence.applyRemote(update);
  }

  /** Catches up with storage after messages from other instances may have been lost. */
  resync(stored: StoredBoardState): void {
    stored.updates.forEach((update, i) => this.applyRemote(update, stored.seqs[i]!));
  }

  /** Every known presence, for a client that just arrived (without names on an anonymous board). */
  fullAwareness(anonymous: boolean): Uint8Array | null {
    return this.presence.full(anonymous);
  }

  /** Stores what is queued, compacts, and frees the document. */
  async close(): Promise<void> {
    await this.drain();
    await this.compact();
    this.free();
  }

  /**
   * The board was deleted: what is still queued is refused, the batch being written
   * finishes (its rows go with the board's), and nothing is stored or relayed after.
   */
  async discard(): Promise<void> {
    this.closed = true;
    for (const p of this.pending.splice(0)) p.reject(new BoardDeletedError('board deleted'));
    await this.drain();
    this.free();
  }

  private free(): void {
    this.closed = true;
    if (this.relayTimer) clearTimeout(this.relayTimer);
    this.presence.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }
}
