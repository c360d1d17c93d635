/**
 * The token signing secret of a SQLite install: `DATA_DIR/secret.key` (base64), beside the
 * database, so that a backup of the folder carries both and old links keep working.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export const SECRET_FILE = 'secret.key';
/** What this module writes (32 random bytes); a shorter key would be guessable. */
const MIN_SECRET_BYTES = 32;

/** The secret kept in `dataDir`, or null when there is none. */
export function readSecretFile(dataDir: string): Uint8Array | null {
  let text: string;
  try {
    text = readFileSync(path.join(dataDir, SECRET_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const secret = new Uint8Array(Buffer.from(text.trim(), 'base64'));
  // An empty or cut file (a crash while it was written) must not sign tokens with no key.
  if (secret.length < MIN_SECRET_BYTES) {
    throw new Error(
      `${path.join(dataDir, SECRET_FILE)} holds fewer than ${MIN_SECRET_BYTES} bytes: restore it from a backup, ` +
        'or delete it to generate a new one (the links already handed out then stop working)',
    );
  }
  return secret;
}

/** The secret kept in `dataDir`, else `candidate()` kept there now. */
export function secretFile(dataDir: string, candidate: () => Uint8Array): Uint8Array {
  const kept = readSecretFile(dataDir);
  if (kept) return kept;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = candidate();
  // Written whole and synced under a name of its own, then linked into place: the key never
  // exists half-written, and link fails if another process got there first (then use theirs).
  const file = path.join(dataDir, SECRET_FILE);
  const draft = `${file}.${randomBytes(6).toString('hex')}`;
  const fd = openSync(draft, 'wx', 0o600);
  try {
    writeSync(fd, Buffer.from(secret).toString('base64'));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(draft, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return secretFile(dataDir, candidate);
    throw err;
  } finally {
    unlinkSync(draft);
  }
  return secret;
}
