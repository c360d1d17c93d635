/**
 * Scheduled backups inside the server (BACKUP_DIR, BACKUP_EVERY, BACKUP_KEEP): every period
 * the same backup as `npm run backup`, into `BACKUP_DIR/coatelier-YYYYMMDD-HHMMSS/`, then
 * the oldest beyond KEEP are deleted.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Gauge, type Registry } from 'prom-client';
import type { BackupSettings } from '../config';
import type { Logger } from '../logger';
import { backupFolderName, backupFolderTime, listBackupFolders, partialFolderName, pruneBackups, removePartialFolders } from './backup-folders';
import { BackupAborted } from './sqlite-copy';
import { syncToDisk, writeBackup } from './online-backup';

export interface ScheduleOptions extends BackupSettings {
  dataDir: string;
  log: Logger;
  /** The server's metrics, to which the time of the last good backup is added. */
  register?: Registry;
  now?: () => number;
}

/** Starts the schedule; the returned stop aborts a backup under way and waits for its cleanup. */
export function startBackupSchedule(options: ScheduleOptions): () => Promise<void> {
  const { dir, everyMs, keep, dataDir, log, now = Date.now } = options;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  removePartialFolders(dir);
  const abort = new AbortController();
  let lastSuccess = latestBackupTime(dir);
  if (options.register) {
    new Gauge({
      name: 'coatelier_backup_last_success_timestamp_seconds',
      help: 'When the last scheduled backup was written (0: none yet)',
      registers: [options.register],
      collect() {
        this.set(lastSuccess === null ? 0 : Math.floor(lastSuccess / 1000));
      },
    });
  }

  const runOnce = async () => {
    const name = backupFolderName(new Date(now()));
    // Written under a name that is not a backup's, then renamed: a folder named like a
    // backup is always complete, even after a crash in the middle of one.
    const partial = path.join(dir, partialFolderName(name));
    const started = now();
    try {
      const manifest = await writeBackup(dataDir, partial, abort.signal);
      renameSync(partial, path.join(dir, name));
      syncToDisk(dir);
      lastSuccess = now();
      log.info({ backup: path.join(dir, name), files: manifest.files, ms: lastSuccess - started }, 'backup written');
      for (const removed of pruneBackups(dir, keep)) log.info({ backup: path.join(dir, removed) }, 'old backup removed');
    } catch (err) {
      rmSync(partial, { recursive: true, force: true });
      if (!(err instanceof BackupAborted)) log.error({ err, backup: path.join(dir, name) }, 'backup failed');
    }
  };

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  const schedule = (delayMs: number) => {
    timer = setTimeout(() => {
      running = runOnce().finally(() => {
        running = null;
        if (!abort.signal.aborted) schedule(everyMs);
      });
    }, delayMs);
    // A backup never keeps the process alive on its own.
    timer.unref();
  };
  // A server restarted more often than the period still backs up: the next one is due a
  // period after the newest backup already there (at once if that is overdue).
  schedule(lastSuccess === null ? everyMs : Math.min(everyMs, Math.max(0, lastSuccess + everyMs - now())));
  log.info({ dir, everyMs, keep }, 'scheduled backups on');

  return async () => {
    abort.abort();
    clearTimeout(timer);
    await running;
  };
}

function latestBackupTime(dir: string): number | null {
  const newest = listBackupFolders(dir).at(-1);
  return newest === undefined ? null : backupFolderTime(newest);
}
