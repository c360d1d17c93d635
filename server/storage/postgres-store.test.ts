import { afterAll, describe } from 'vitest';
import { TEST_DATABASE_URL, dropSchema, freshSchema, servicesFor } from '../test-support/services';
import { PostgresStore } from './postgres-store';
import type { Storage } from './storage';
import { describeStorage } from './storage-suite';

const available = await servicesFor('postgres');
const schema = freshSchema();
const opened: Storage[] = [];
afterAll(async () => {
  for (const s of opened) await s.close();
  if (available) await dropSchema(schema);
});

if (available) {
  describeStorage('PostgreSQL', async () => {
    const store = await PostgresStore.open({ connectionString: TEST_DATABASE_URL, schema });
    opened.push(store);
    return store;
  });
} else {
  describe.skip('PostgreSQL storage (PostgreSQL not running)', () => undefined);
}
