/**
 * Which secret signs tokens: SECRET, else the one the storage keeps (SQLite: DATA_DIR/secret.key;
 * PostgreSQL: the settings table, shared by every instance and agreed on at a simultaneous start).
 */
import { randomBytes } from 'node:crypto';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../storage/postgres-store';
import { SqliteStore } from '../storage/sqlite-store';
import type { Storage } from '../storage/storage';
import { TEST_DATABASE_URL, dropSchema, freshSchema, servicesFor } from '../test-support/services';
import { tempDataDir } from '../test-support/test-server';
import { signingSecret } from './signing-secret';
import { TokenIssuer } from './tokens';

const available = await servicesFor('postgres');
const schemas: string[] = [];
const dirs: string[] = [];
const opened: Storage[] = [];
afterAll(async () => {
  for (const s of opened) await s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (available) for (const s of schemas) await dropSchema(s);
});

/** A logger whose warnings the test reads. */
function recordingLog() {
  const lines: string[] = [];
  return { lines, log: pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) }) };
}
const quiet = pino({ level: 'silent' });
const dataDir = () => {
  const dir = tempDataDir();
  dirs.push(dir);
  return dir;
};
const sqlite = (dir: string) => {
  const store = new SqliteStore({ dataDir: dir });
  opened.push(store);
  return store;
};
const postgres = async (schema: string) => {
  const store = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
  opened.push(store);
  return store;
};
const newSchema = () => {
  const schema = freshSchema();
  schemas.push(schema);
  return schema;
};
const keyFile = (dir: string, secret: Uint8Array) => writeFileSync(path.join(dir, 'secret.key'), Buffer.from(secret).toString('base64'));
const token = (secret: Uint8Array) => new TokenIssuer(secret).sign({ wid: 'workshop-1', role: 'organiser', pid: 'person-1' });
const accepts = async (secret: Uint8Array, signed: string) => (await new TokenIssuer(secret).verify(signed)) !== null;

describe('the signing secret with SQLite', () => {
  it('is generated once into DATA_DIR/secret.key, for the server’s user only, and kept across restarts', async () => {
    const dir = dataDir();
    const first = await signingSecret({ secret: undefined, dataDir: dir }, sqlite(dir), quiet);
    expect(first).toHaveLength(32);
    expect(statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(await signingSecret({ secret: undefined, dataDir: dir }, sqlite(dir), quiet)).toEqual(first);
  });

  it('gives way to SECRET', async () => {
    const dir = dataDir();
    const kept = await signingSecret({ secret: undefined, dataDir: dir }, sqlite(dir), quiet);
    const setting = 'an-operator-secret-of-at-least-32-characters';
    const secret = await signingSecret({ secret: setting, dataDir: dir }, sqlite(dir), quiet);
    expect(secret).toEqual(new TextEncoder().encode(setting));
    expect(await accepts(kept, await token(kept))).toBe(true);
    expect(await accepts(secret, await token(kept))).toBe(false);
  });

  it('refuses a key file too short to be a secret, naming the file', async () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, 'secret.key'), '');
    await expect(signingSecret({ secret: undefined, dataDir: dir }, sqlite(dir), quiet)).rejects.toThrow(/secret\.key holds fewer than 32 bytes/);
  });
});

describe.skipIf(!available)('the signing secret with PostgreSQL', () => {
  it('is the same for instances that start at the same time, each with its own DATA_DIR', async () => {
    const schema = newSchema();
    const stores = await Promise.all([1, 2, 3, 4].map(() => postgres(schema)));
    const secrets = await Promise.all(stores.map((s) => signingSecret({ secret: undefined, dataDir: dataDir() }, s, quiet)));
    expect(secrets[0]).toHaveLength(32);
    for (const s of secrets) expect(s).toEqual(secrets[0]);
  });

  it('takes the secret.key of an older install when the database has none, so old links keep working', async () => {
    const dir = dataDir();
    const old = new Uint8Array(randomBytes(32));
    keyFile(dir, old);
    const oldLink = await token(old);
    const schema = newSchema();
    const { lines, log } = recordingLog();
    expect(await accepts(await signingSecret({ secret: undefined, dataDir: dir }, await postgres(schema), log), oldLink)).toBe(true);
    // Another instance, without the file, signs with the same secret.
    expect(await accepts(await signingSecret({ secret: undefined, dataDir: dataDir() }, await postgres(schema), quiet), oldLink)).toBe(true);
    expect(lines).toEqual([]);
  });

  it('keeps the database’s secret over a different secret.key, and says so', async () => {
    const schema = newSchema();
    const stored = await signingSecret({ secret: undefined, dataDir: dataDir() }, await postgres(schema), quiet);
    const dir = dataDir();
    keyFile(dir, new Uint8Array(randomBytes(32)));
    const { lines, log } = recordingLog();
    expect(await signingSecret({ secret: undefined, dataDir: dir }, await postgres(schema), log)).toEqual(stored);
    expect(lines.join('')).toMatch(/secret\.key differs from the secret the database keeps/);
  });

  it('gives way to SECRET, and leaves the database’s for the instances without it', async () => {
    const schema = newSchema();
    const store = await postgres(schema);
    const setting = 'an-operator-secret-of-at-least-32-characters';
    expect(await signingSecret({ secret: setting, dataDir: dataDir() }, store, quiet)).toEqual(new TextEncoder().encode(setting));
    const stored = await signingSecret({ secret: undefined, dataDir: dataDir() }, store, quiet);
    expect(stored).not.toEqual(new TextEncoder().encode(setting));
  });
});
