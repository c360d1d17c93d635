/**
 * One SQLite database copied while a server writes to it, through SQLite's online backup
 * API (better-sqlite3's paged `db.backup()`), from this process or another one.
 */
import { closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Pages copied per step (256 KiB): measured at about 0.5 ms of CPU, the event loop's share. */
const STEP_PAGES = 64;

export class BackupAborted extends Error {
  constructor() {
    super('backup aborted');
  }
}

/**
 * Copies `source` into the new file `dest` (created 0600: the database holds names), as the
 * database was when the copy began; the event loop runs between steps.
 *
 * SQLite restarts a paged copy from the first page whenever another connection writes, and a
 * busy board writes every few milliseconds: the copy would never end, or only in one long
 * step. A read transaction held on the copy's own connection pins one WAL snapshot instead:
 * every step reads that snapshot, writers go on meanwhile (WAL readers never block them),
 * and nothing restarts. Returns the number of pages copied.
 */
export async function copyDatabase(source: string, dest: string, signal?: AbortSignal): Promise<number> {
  // Read-write, like the server's own connection: a read-only one cannot remove the WAL
  // and shared-memory files it creates when the server is stopped.
  const db = new Database(source, { fileMustExist: true });
  try {
    closeSync(openSync(dest, 'wx', 0o600));
    db.exec('BEGIN');
    // BEGIN is deferred: the first read takes the snapshot.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    const { totalPages } = await db.backup(dest, {
      progress: () => {
        // Thrown here, better-sqlite3 closes the copy and rejects.
        if (signal?.aborted) throw new BackupAborted();
        return STEP_PAGES;
      },
    });
    return totalPages;
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
  }
}
