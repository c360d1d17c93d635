/**
 * Every transaction on the server's own SQLite connection begins IMMEDIATE. Document updates
 * are committed by another connection (the append worker, append-worker.ts): a deferred
 * transaction that reads, then writes (a vote counts, then inserts) fails at once with
 * SQLITE_BUSY if that connection committed in between, whatever the busy timeout. Taking the
 * write lock first makes it wait its turn instead (better-sqlite3's 5 s timeout).
 */
import type Database from 'better-sqlite3';

export function inTransaction<T>(db: Database.Database, run: () => T): T {
  return db.transaction(run).immediate();
}
