/**
 * One SQLite database copied while a server writes to it, through SQLite's online backup
 * API (better-sqlite3's paged `db.backup()`), from this process or another one.
 */
import { closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Pages copied per step at first (4 KiB each): a step then holds the event loop ~1 ms. */
export const FIRST_STEP_PAGES = 256;
/** better-sqlite3's largest step: the rest of the database in one go. */
const WHOLE_DATABASE = 0x7fff_ffff;

export class BackupAborted extends Error {
  constructor() {
    super('backup aborted');
  }
}

/**
 * Copies `source` into the new file `dest` (created 0600: the database holds names).
 * Between steps the event loop runs. A write by another connection restarts SQLite's copy
 * from the first page; a busy board writes every few milliseconds, so each restart doubles
 * the step until the copy outruns the writes (at worst the whole file in one step), which
 * bounds the number of restarts at log2(pages / FIRST_STEP_PAGES).
 * Returns how many times the copy restarted.
 */
export async function copyDatabase(source: string, dest: string, signal?: AbortSignal): Promise<number> {
  // Read-write, like the server's own connection: a read-only one cannot remove the WAL
  // and shared-memory files it creates when the server is stopped.
  const db = new Database(source, { fileMustExist: true });
  try {
    closeSync(openSync(dest, 'wx', 0o600));
    let step = FIRST_STEP_PAGES;
    // -1: better-sqlite3's first call copies nothing and only counts the pages.
    let copied = -1;
    let restarts = 0;
    await db.backup(dest, {
      progress: ({ totalPages, remainingPages }) => {
        // Thrown here, better-sqlite3 closes the copy and rejects.
        if (signal?.aborted) throw new BackupAborted();
        const done = totalPages - remainingPages;
        // No progress since the last step: SQLite went back to the first page.
        if (done <= copied) {
          restarts++;
          step = Math.min(step * 2, WHOLE_DATABASE);
        }
        copied = done;
        return step;
      },
    });
    return restarts;
  } finally {
    db.close();
  }
}
