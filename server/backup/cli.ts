/**
 * `npm run backup -- DIR`: a consistent copy of a running (or stopped) server's DATA_DIR
 * into DIR, read from the same environment as the server. `DATA_DIR=DIR` restores it.
 */
import path from 'node:path';
import { configFromEnv } from '../config';
import { BackupRefused, MANIFEST_FILE, writeBackup } from './online-backup';

const USAGE = `Usage: npm run backup -- DIR

Writes a consistent copy of the server's data (DATA_DIR, default ./data) into DIR, which
must not exist or be empty, while the server keeps running. To restore, start the server
with DATA_DIR=DIR. With DATABASE_URL, use pg_dump instead (docs/backup.md).`;

const PG_DUMP = `This server stores its data in PostgreSQL (DATABASE_URL): back it up with
  pg_dump -Fc "$DATABASE_URL" > coatelier.dump
and restore it with
  pg_restore --clean --if-exists -d "$DATABASE_URL" coatelier.dump
(see docs/backup.md).`;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (args.length !== 1 || args[0]!.startsWith('-')) fail(USAGE, 2);
const dest = path.resolve(args[0]!);

let config;
try {
  config = configFromEnv();
} catch (err) {
  fail((err as Error).message, 2);
}
if (config.databaseUrl) fail(PG_DUMP, 1);

try {
  const manifest = await writeBackup(config.dataDir, dest);
  const width = Math.max(...manifest.files.map((f) => f.name.length), MANIFEST_FILE.length);
  const lines = manifest.files.map((f) => `  ${f.name.padEnd(width)}  ${f.bytes.toLocaleString('en')} bytes`);
  process.stdout.write(`Backup of ${config.dataDir} written to ${dest}:\n${lines.join('\n')}\n  ${MANIFEST_FILE}\n`);
  if (!manifest.files.some((f) => f.kind === 'secret')) {
    process.stdout.write('No secret.key in DATA_DIR: restore with the same SECRET, or links handed out stop working.\n');
  }
  process.stdout.write(`To restore: start the server with DATA_DIR=${dest}\n`);
} catch (err) {
  if (err instanceof BackupRefused) fail(err.message, 1);
  fail(`Backup failed: ${(err as Error).stack ?? String(err)}`, 1);
}
