/** The publications table on both engines: one live publication per workshop, withdrawals kept. */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../storage/postgres-store';
import { SqliteStore } from '../storage/sqlite-store';
import type { Storage } from '../storage/storage';
import { TEST_DATABASE_URL, dropSchema, freshSchema, servicesFor } from '../test-support/services';
import { tempDataDir } from '../test-support/test-server';

const postgres = await servicesFor('postgres');
const dataDir = tempDataDir();
const schema = freshSchema();
const opened: Storage[] = [];
afterAll(async () => {
  for (const s of opened) await s.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (postgres) await dropSchema(schema);
});

let counter = 0;
async function newWorkshop(storage: Storage): Promise<string> {
  const id = `wsPub${Date.now().toString(36)}${counter++}`;
  await storage.createWorkshop(
    {
      id,
      title: 'Rencontres ESS',
      date: null,
      place: null,
      joinCode: `P${(Date.now() % 100_000).toString(36).toUpperCase()}${counter}`,
      createdAt: 0,
      archivedAt: null,
      retentionDays: null,
      anonymisedAt: null,
      linkGenerations: { facilitator: 0, viewer: 0, participant: 0 },
    },
    [],
  );
  return id;
}
const slug = (c: string) => c.repeat(32);

const engines: [string, () => Promise<Storage>][] = [['SQLite', async () => new SqliteStore({ dataDir })]];
if (postgres) engines.push(['PostgreSQL', () => PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema })]);

describe.each(engines)('publications in %s', (_name, open) => {
  it('publishes, updates in place, withdraws, then publishes under a new slug', async () => {
    const storage = await open();
    opened.push(storage);
    const workshopId = await newWorkshop(storage);
    const first = await storage.publications.publish({ slug: slug('a'), workshopId, boards: ['b1', 'b2'], indexable: false, publishedAt: 10, updatedAt: 10 });
    expect(first).toEqual({ slug: slug('a'), workshopId, boards: ['b1', 'b2'], indexable: false, publishedAt: 10, updatedAt: 10, withdrawnAt: null });
    // Publishing again changes the choice, never the slug or the first date.
    const again = await storage.publications.publish({ slug: slug('b'), workshopId, boards: ['b2'], indexable: true, publishedAt: 20, updatedAt: 20 });
    expect(again).toEqual({ ...first, boards: ['b2'], indexable: true, updatedAt: 20 });
    expect(await storage.publications.bySlug(slug('b'))).toBeNull();

    expect(await storage.publications.withdraw(workshopId, 30)).toBe(true);
    expect(await storage.publications.withdraw(workshopId, 31)).toBe(false);
    expect(await storage.publications.live(workshopId)).toBeNull();
    expect((await storage.publications.bySlug(slug('a')))?.withdrawnAt).toBe(30);

    const next = await storage.publications.publish({ slug: slug('c'), workshopId, boards: [], indexable: false, publishedAt: 40, updatedAt: 40 });
    expect(next.slug).toBe(slug('c'));
    expect((await storage.publications.live(workshopId))?.slug).toBe(slug('c'));
  });

  it('goes with its workshop', async () => {
    const storage = await open();
    opened.push(storage);
    const workshopId = await newWorkshop(storage);
    await storage.publications.publish({ slug: slug('d'), workshopId, boards: [], indexable: false, publishedAt: 1, updatedAt: 1 });
    await storage.deleteWorkshop(workshopId);
    expect(await storage.publications.bySlug(slug('d'))).toBeNull();
  });
});
