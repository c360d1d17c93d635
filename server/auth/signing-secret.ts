/**
 * Which secret signs tokens. SECRET, when set, always wins. Otherwise the storage keeps one:
 * SQLite in `DATA_DIR/secret.key`, PostgreSQL in its `settings` table, so that instances
 * sharing one DATABASE_URL sign and accept the same tokens without any setting.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Logger } from '../logger';
import { readSecretFile } from '../storage/secret-file';
import type { Storage } from '../storage/storage';

export async function signingSecret(
  settings: { secret: string | undefined; dataDir: string },
  storage: Storage,
  log: Logger,
): Promise<Uint8Array> {
  if (settings.secret) return new TextEncoder().encode(settings.secret);
  // A `secret.key` left in DATA_DIR (an install moved from SQLite to PostgreSQL) is offered
  // as the first secret, so that the links already handed out keep working. Once the
  // database holds one, the database's wins: it is what every other instance signs with.
  const left = readSecretFile(settings.dataDir);
  const secret = await storage.sharedSecret(() => left ?? new Uint8Array(randomBytes(32)));
  if (left && !(left.length === secret.length && timingSafeEqual(left, secret))) {
    log.warn('DATA_DIR/secret.key differs from the secret the database keeps: tokens are signed with the database’s');
  }
  return secret;
}
