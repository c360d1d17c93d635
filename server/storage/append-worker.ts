/**
 * SQLite appends (and compactions) of document updates, off the event loop. better-sqlite3
 * is synchronous: with `synchronous = FULL` each commit waits for an fsync (a millisecond or
 * two, tens on a busy disk) during which the main thread would relay nothing, read nothing,
 * acknowledge nothing. A worker thread with its own connection on the same WAL file commits instead
 * (append-worker-entry.ts), and gathers the appends that arrive while it syncs into one
 * transaction. The promise of an append resolves with its row's seq once it is durable, so
 * the document layer's rule holds unchanged: stored before applied, relayed or acknowledged.
 *
 * The worker starts when a board is loaded (warm) or at the first append, and keeps the
 * process alive only while appends wait for it. If it dies, the appends it held fail (the document layer retries them) and the next
 * append starts another.
 */
import { Worker } from 'node:worker_threads';

export interface AppendSettings {
  /** The database file, already created and migrated by the store. */
  file: string;
  synchronous: 'FULL' | 'NORMAL';
}

/** One append, as posted to the worker. */
export interface Append {
  id: number;
  boardId: string;
  update: Uint8Array;
  /** A compaction: the rows (seqs) of this board that `update`, its snapshot, replaces. */
  replaces?: number[];
}

type Answer = { ids: number[] } & ({ seqs: number[] } | { failure: string });

interface Waiting {
  resolve: (seq: number) => void;
  reject: (err: Error) => void;
}

/** Compiled, the worker's own file beside this code; from sources, the .mjs that registers tsx first. */
const ENTRY = new URL(import.meta.url.endsWith('.js') ? './append-worker-entry.js' : './append-worker-entry.mjs', import.meta.url);

export class AppendFailedError extends Error {}

export class AppendWorker {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private closed = false;

  constructor(private readonly settings: AppendSettings) {}

  /**
   * Resolves with the new row's seq once it is committed (and synced, with FULL). With
   * `replaces`, the rows of those seqs are deleted in the same transaction (a compaction).
   */
  append(boardId: string, update: Uint8Array, replaces?: number[]): Promise<number> {
    if (this.closed) return Promise.reject(new AppendFailedError('storage closed'));
    const id = this.nextId++;
    const worker = this.thread();
    if (this.waiting.size === 0) worker.ref();
    return new Promise<number>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // A view would be cloned with its whole buffer (a socket's read buffer, a pooled slab),
      // and the caller still applies the update: post a copy of its bytes, moved, not cloned.
      const own = update.slice();
      worker.postMessage({ id, boardId, update: own, replaces } satisfies Append, [own.buffer]);
    });
  }

  /**
   * Starts the thread before the first append needs it: opening it takes a few hundred
   * milliseconds, which the first edits after a start would otherwise wait.
   */
  warm(): void {
    if (this.closed || this.worker) return;
    this.thread().unref();
  }

  /** Lets the worker commit what it holds, then ends it. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage('close');
    await exited;
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(ENTRY, { workerData: this.settings });
    let error = '';
    worker.on('message', (answer: Answer) => {
      this.answered(answer);
      if (this.waiting.size === 0) worker.unref();
    });
    // An exception in the thread ends it: 'exit' follows and fails what it held.
    worker.on('error', (err) => (error = `: ${err.message}`));
    worker.once('exit', (code) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(new AppendFailedError(`the append worker stopped (exit code ${code})${error}`));
    });
    this.worker = worker;
    return worker;
  }

  private answered(answer: Answer): void {
    answer.ids.forEach((id, i) => {
      const waiting = this.waiting.get(id);
      if (!waiting) return;
      this.waiting.delete(id);
      if ('seqs' in answer) waiting.resolve(answer.seqs[i]!);
      else waiting.reject(new AppendFailedError(answer.failure));
    });
  }

  private failAll(err: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(err);
    this.waiting.clear();
  }
}
