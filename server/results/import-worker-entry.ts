/**
 * Runs in the import worker thread (see import-worker.ts): reads, checks and builds each
 * backup file it is sent into an import plan, so that the seconds a large file takes never
 * block the server. Answers each `{ id, body }` with `{ id, plan }` (its documents
 * transferred, not copied), `{ id, refusal }` for a file the server refuses, or `{ id, failure }`.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors';
import { parseBackup, planImport } from './import-backup';

parentPort!.on('message', ({ id, body }: { id: number; body: Uint8Array }) => {
  try {
    const plan = planImport(parseBackup(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')));
    parentPort!.postMessage({ id, plan }, plan.documents.flat().map((d) => d.buffer as ArrayBuffer));
  } catch (err) {
    const answer = err instanceof AppError ? { refusal: { code: err.code, message: err.message } } : { failure: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    parentPort!.postMessage({ id, ...answer });
  }
});
