/**
 * Runs in the append worker thread (see append-worker.ts) with a SQLite connection of its
 * own on the server's database: WAL lets this one connection write while the main thread's
 * reads and rarer writes go on. Appends are committed together (group commit): those that
 * arrived while the previous transaction was syncing share the next transaction and its one
 * fsync, whichever boards they belong to. A compaction is an append that replaces rows (the
 * board's snapshot, which deletes the rows it folds), so the main thread never waits for a
 * document write's fsync. Answers `{ seqs }` in the order of the appends, or `{ failure }` for
 * every append of a transaction that failed (the document layer retries).
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { Append, AppendSettings } from './append-worker';

const { file, synchronous } = workerData as AppendSettings;
const db = new Database(file);
db.pragma('journal_mode = WAL');
// The same durability as the store's own connection: an update is answered once synced.
db.pragma(`synchronous = ${synchronous}`);
const insert = db.prepare('INSERT INTO board_updates (board_id, data) VALUES (?, ?)');
const remove = db.prepare('DELETE FROM board_updates WHERE board_id = ? AND seq = ?');
// IMMEDIATE, like the main connection's transactions: whoever takes the write lock first goes first.
const commit = db.transaction((appends: Append[]) =>
  appends.map(({ boardId, update, replaces }) => {
    for (const seq of replaces ?? []) remove.run(boardId, seq);
    return Number(insert.run(boardId, Buffer.from(update.buffer, update.byteOffset, update.byteLength)).lastInsertRowid);
  }),
).immediate;

let queued: Append[] = [];

/** One transaction for everything queued: messages delivered in the same turn land here together. */
function flush(): void {
  const appends = queued;
  queued = [];
  const ids = appends.map((a) => a.id);
  try {
    parentPort!.postMessage({ ids, seqs: commit(appends) });
  } catch (err) {
    parentPort!.postMessage({ ids, failure: err instanceof Error ? err.message : String(err) });
  }
}

parentPort!.on('message', (message: Append | 'close') => {
  if (message === 'close') {
    if (queued.length > 0) flush();
    db.close();
    parentPort!.close();
    return;
  }
  if (queued.length === 0) setImmediate(flush);
  queued.push(message);
});
