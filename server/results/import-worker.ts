/**
 * Plans imports in a worker thread: parsing, checking and building the documents of an 18 MB
 * backup takes seconds of CPU, which on the main thread would freeze every board of the
 * server meanwhile. Imports run one at a time (each may take a core and a few hundred MB), a
 * few more wait their turn, and beyond that the server says it is busy. The worker is started
 * at the first import (loading its code takes a while), kept for the next ones, and ended
 * after a minute without any.
 */
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '@shared/protocol';
import { AppError } from '../errors';
import { RateLimitedError } from '../security/rate-limits';
import type { ImportPlan } from './import-backup';

/**
 * Compiled (this code is then in dist/server/main.js), the worker's own compiled file beside
 * it; from sources (tsx, tests), the .mjs that registers tsx in the thread first.
 */
const ENTRY = new URL(import.meta.url.endsWith('.js') ? './import-worker-entry.js' : './import-worker-entry.mjs', import.meta.url);
/** Ample for the largest file accepted; a hostile file that needs more ends the worker, not the server. */
const WORKER_HEAP_MB = 1_024;
const MAX_WAITING = 4;
const BUSY_RETRY_AFTER_S = 30;
const IDLE_MS = 60_000;

type Answer = { id: number } & ({ plan: ImportPlan } | { refusal: { code: ErrorCode; message: string } } | { failure: string });

export class ImportWorkers {
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private worker: Worker | null = null;
  private idle: NodeJS.Timeout | null = null;
  private nextId = 0;

  /** The plan of a backup file's bytes, or the refusal that names what is wrong with it. */
  plan(body: Uint8Array): Promise<ImportPlan> {
    if (this.waiting >= MAX_WAITING) {
      return Promise.reject(new RateLimitedError('The server is busy with other imports: try again shortly', BUSY_RETRY_AFTER_S));
    }
    this.waiting++;
    const run = this.queue.then(() => {
      this.waiting--;
      return this.run(body);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Ends the worker (server shutdown). */
  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    await this.worker?.terminate();
  }

  private run(body: Uint8Array): Promise<ImportPlan> {
    if (this.idle) clearTimeout(this.idle);
    const worker = (this.worker ??= this.start());
    const id = ++this.nextId;
    return new Promise<ImportPlan>((resolve, reject) => {
      const onAnswer = (answer: Answer) => {
        if (answer.id !== id) return;
        done();
        if ('plan' in answer) resolve(answer.plan);
        else if ('refusal' in answer) reject(new AppError(answer.refusal.code, answer.refusal.message));
        else reject(new Error(`import worker failed: ${answer.failure}`));
      };
      const onError = (err: Error & { code?: string }) => {
        done();
        reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppError('payload_too_large', 'This backup needs more memory than the server gives an import') : err);
      };
      const onExit = (code: number) => onError(new Error(`import worker exited with code ${code}`));
      const done = () => {
        worker.off('message', onAnswer).off('error', onError).off('exit', onExit);
        this.idle = setTimeout(() => void this.close(), IDLE_MS).unref();
      };
      worker.on('message', onAnswer).once('error', onError).once('exit', onExit);
      // Handed over rather than copied when the body owns its memory (a large upload does).
      const own = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
      worker.postMessage({ id, body }, own ? [body.buffer as ArrayBuffer] : []);
    });
  }

  private start(): Worker {
    const worker = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    // A worker that ended (idle, out of memory, crashed) is replaced at the next import.
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    worker.unref();
    return worker;
  }
}
