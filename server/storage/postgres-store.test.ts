import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL, dropSchema, freshSchema, servicesFor } from '../test-support/services';
import { POSTGRES_MIGRATIONS } from './postgres-migrations';
import { PostgresStore } from './postgres-store';
import type { Storage } from './storage';
import { describeStorage } from './storage-suite';

const available = await servicesFor('postgres');
const schema = freshSchema();
const startSchema = freshSchema();
const opened: Storage[] = [];
afterAll(async () => {
  for (const s of opened) await s.close();
  if (available) for (const s of [schema, startSchema]) await dropSchema(s);
});

if (available) {
  describeStorage('PostgreSQL', async () => {
    const store = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
    opened.push(store);
    return store;
  });

  describe('PostgreSQL migrations', () => {
    it('run once when several instances start at the same time', async () => {
      const open = () => PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema: startSchema });
      opened.push(...(await Promise.all([open(), open(), open(), open()])));
      opened.push(await open());
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      const { rows } = await client.query<{ version: number }>(
        `SELECT version FROM ${startSchema}.schema_migrations ORDER BY version`,
      );
      await client.end();
      expect(rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1));
    });
  });
} else {
  describe.skip('PostgreSQL storage (PostgreSQL not running)', () => undefined);
}
