import type { Config } from '../config';
import { SqliteStore } from './sqlite-store';
import type { Storage } from './storage';

/** PostgreSQL when DATABASE_URL is set (pg loaded only then), SQLite under DATA_DIR otherwise. */
export async function createStorage(config: Pick<Config, 'databaseUrl' | 'dataDir' | 'sqliteSynchronous'>): Promise<Storage> {
  if (config.databaseUrl) return (await import('./postgres-store')).PostgresStore.open({ connectionString: config.databaseUrl });
  return new SqliteStore({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous });
}
