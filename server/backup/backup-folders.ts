/**
 * The scheduled backups' folders in BACKUP_DIR: `coatelier-YYYYMMDD-HHMMSS` in UTC, so that
 * names sort by time and never repeat when clocks change. Nothing else there is touched.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const NAME = /^coatelier-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})$/;
const PARTIAL = /^\.coatelier-\d{8}-\d{6}\.partial$/;

export function backupFolderName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `coatelier-${stamp}`;
}

/** Where a backup is written before it takes its name: never taken for a backup, even half-written. */
export function partialFolderName(name: string): string {
  return `.${name}.partial`;
}

/** When the backup of that name was made, or null for any other name. */
export function backupFolderTime(name: string): number | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h, mi, s);
}

/** Scheduled backup folders in `dir`, oldest first. */
export function listBackupFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && NAME.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** Deletes what a server stopped in the middle of a backup left behind. */
export function removePartialFolders(dir: string): void {
  for (const name of readdirSync(dir)) if (PARTIAL.test(name)) rmSync(path.join(dir, name), { recursive: true, force: true });
}

/** Deletes the oldest backups beyond `keep`; returns the names removed. */
export function pruneBackups(dir: string, keep: number): string[] {
  const folders = listBackupFolders(dir);
  const removed = folders.slice(0, Math.max(0, folders.length - keep));
  for (const name of removed) rmSync(path.join(dir, name), { recursive: true, force: true });
  return removed;
}
