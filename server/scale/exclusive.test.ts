/**
 * Storage.exclusive on PostgreSQL, as two instances use it: two stores on one database (two
 * pools, like two processes). What one holds, the other waits for (seen in pg_locks, not
 * guessed from a delay); other keys go on meanwhile; a failed work releases its lock; and
 * many works at once never take the whole pool away from their own queries. SQLite (one
 * instance) keeps the same order in memory.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../storage/postgres-store';
import { SqliteStore } from '../storage/sqlite-store';
import { TEST_DATABASE_URL, dropSchema, freshSchema, servicesFor } from '../test-support/services';
import { tempDataDir } from '../test-support/test-server';

const available = await servicesFor('postgres');
const schema = freshSchema();
let one: PostgresStore;
let two: PostgresStore;
let observer: pg.Client;

beforeAll(async () => {
  if (!available) return;
  one = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
  two = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
  observer = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await observer.connect();
});
afterAll(async () => {
  if (!available) return;
  await Promise.all([one.close(), two.close(), observer.end()]);
  await dropSchema(schema);
});

/** A promise and the function that settles it. */
function signal() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Resolves once a session waits for the advisory lock of `key` (the lock space is Coatelier's). */
async function someoneWaitsFor(key: string): Promise<void> {
  for (;;) {
    const { rows } = await observer.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks
        WHERE locktype = 'advisory' AND NOT granted AND objsubid = 2 AND objid = hashtext($1)::oid`,
      [key],
    );
    if (rows[0]!.n > 0) return;
  }
}

describe.skipIf(!available)('Storage.exclusive on PostgreSQL, two stores on one database', () => {
  it('runs the works of one key one after the other, and other keys meanwhile', async () => {
    const key = `test:${randomUUID()}`;
    const steps: string[] = [];
    const firstIn = signal();
    const letGo = signal();
    const first = one.exclusive(key, async () => {
      steps.push('first in');
      firstIn.resolve();
      await letGo.promise;
      steps.push('first out');
    });
    await firstIn.promise;
    const second = two.exclusive(key, async () => void steps.push('second in'));
    await someoneWaitsFor(key);
    await two.exclusive(`test:${randomUUID()}`, async () => void steps.push('other key'));
    expect(steps).toEqual(['first in', 'other key']);
    letGo.resolve();
    await Promise.all([first, second]);
    expect(steps).toEqual(['first in', 'other key', 'first out', 'second in']);
  });

  it('releases the lock when the work fails, and says why to its caller only', async () => {
    const key = `test:${randomUUID()}`;
    await expect(one.exclusive(key, () => Promise.reject(new Error('refused inside')))).rejects.toThrow('refused inside');
    expect(await two.exclusive(key, async () => 'after')).toBe('after');
    expect(await one.exclusive(key, async () => 'again')).toBe('again');
  });

  it('leaves the pool to the works: twenty keys at once, each work querying its own store', async () => {
    // Without a cap on lock connections, ten holders would take a pool of ten and wait forever.
    const works = Array.from({ length: 20 }, (_, i) => {
      const store = i % 2 ? one : two;
      return store.exclusive(`test:${randomUUID()}`, async () => (await store.getWorkshop(`missing-${i}`)) === null);
    });
    expect(await Promise.all(works)).toEqual(works.map(() => true));
  });
});

describe('Storage.exclusive on SQLite', () => {
  const dataDir = tempDataDir();
  const store = new SqliteStore({ dataDir });
  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the works of one key in turn, other keys meanwhile, and goes on after a failure', async () => {
    const steps: string[] = [];
    const letGo = signal();
    const first = store.exclusive('k', async () => {
      steps.push('first in');
      await letGo.promise;
      throw new Error('first failed');
    });
    const second = store.exclusive('k', async () => void steps.push('second in'));
    await store.exclusive('other', async () => void steps.push('other key'));
    expect(steps).toEqual(['first in', 'other key']);
    letGo.resolve();
    await expect(first).rejects.toThrow('first failed');
    await second;
    expect(steps).toEqual(['first in', 'other key', 'second in']);
  });
});
