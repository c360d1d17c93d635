/**
 * A consistent copy of a running server's DATA_DIR, for `npm run backup` and the scheduled
 * backups alike: every SQLite database through the online backup API, the token secret (so
 * that every link handed out stays valid), and `backup.json`. Starting a server with
 * `DATA_DIR` set to the copy restores it.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { SECRET_FILE } from '../storage/secret-file';
import { copyDatabase } from './sqlite-copy';

export const MANIFEST_FILE = 'backup.json';
const SQLITE_HEADER = Buffer.from('SQLite format 3\0');

export interface BackupFile {
  name: string;
  bytes: number;
  kind: 'sqlite' | 'secret';
}

export interface BackupManifest {
  app: 'coatelier';
  version: string;
  /** ISO 8601, when the backup was complete (each database is as it was when its copy began). */
  createdAt: string;
  source: string;
  files: BackupFile[];
}

/** A backup that cannot be made as asked (not a failure along the way). */
export class BackupRefused extends Error {}

/** Writes the backup of `dataDir` into `destDir`, which must not exist or be empty. */
export async function writeBackup(dataDir: string, destDir: string, signal?: AbortSignal): Promise<BackupManifest> {
  const databases = sqliteFiles(dataDir);
  if (databases.length === 0) throw new BackupRefused(`No SQLite database in ${dataDir}: is DATA_DIR right?`);
  prepareDestination(destDir);
  const files: BackupFile[] = [];
  const written = (name: string, kind: BackupFile['kind']) =>
    files.push({ name, kind, bytes: statSync(path.join(destDir, name)).size });

  for (const name of databases) {
    await copyDatabase(path.join(dataDir, name), path.join(destDir, name), signal);
    written(name, 'sqlite');
  }
  // Absent when SECRET is set: the backup then needs that same setting to restore.
  const secret = path.join(dataDir, SECRET_FILE);
  if (existsSync(secret)) {
    writeFileSync(path.join(destDir, SECRET_FILE), readFileSync(secret), { flag: 'wx', mode: 0o600 });
    written(SECRET_FILE, 'secret');
  }
  const manifest: BackupManifest = {
    app: 'coatelier',
    version: packageJson.version,
    createdAt: new Date().toISOString(),
    source: path.resolve(dataDir),
    files,
  };
  // Written last: a folder with a manifest is a complete backup.
  writeFileSync(path.join(destDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  for (const name of [...files.map((f) => f.name), MANIFEST_FILE]) syncToDisk(path.join(destDir, name));
  syncToDisk(destDir);
  return manifest;
}

/** On disk before anyone counts on it (scheduled backups delete older ones next); a folder for the names it holds. */
export function syncToDisk(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Never mixes a backup with other files, nor overwrites an older backup. */
function prepareDestination(destDir: string): void {
  if (!existsSync(destDir)) {
    // Names are personal data: the backup is for the server's user only, like DATA_DIR.
    mkdirSync(destDir, { recursive: true, mode: 0o700 });
    return;
  }
  if (!statSync(destDir).isDirectory()) throw new BackupRefused(`${destDir} is a file: give a new or empty folder`);
  if (readdirSync(destDir).length > 0) throw new BackupRefused(`${destDir} is not empty: give a new or empty folder`);
}

/** The SQLite databases in `dataDir` by their header, whatever their name; not WAL nor journal files. */
function sqliteFiles(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !/-(wal|shm|journal)$/.test(entry.name))
    .map((entry) => entry.name)
    .filter((name) => startsWithHeader(path.join(dataDir, name)))
    .sort();
}

function startsWithHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}
