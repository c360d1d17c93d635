import { rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tempDataDir } from '../test-support/test-server';
import { SqliteStore } from './sqlite-store';
import type { Storage } from './storage';
import { describeStorage } from './storage-suite';

const dataDir = tempDataDir();
const opened: Storage[] = [];
afterAll(async () => {
  for (const s of opened) await s.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describeStorage('SQLite', async () => {
  const store = new SqliteStore({ dataDir });
  opened.push(store);
  return store;
});
