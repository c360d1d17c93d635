/** Two instances on one fresh PostgreSQL schema and the shared Redis, as a scaled-out server runs. */
import { rmSync } from 'node:fs';
import { startServer, type RunningServer } from '../app';
import { configFromEnv } from '../config';
import { TEST_REDIS_URL, createSchema, databaseUrlFor, dropSchema, freshSchema } from './services';
import { tempDataDir, testEnv } from './test-server';

export interface TwoInstances {
  a: RunningServer;
  b: RunningServer;
  schema: string;
  /** Closes both instances, deletes their folders and drops the schema. */
  stop(): Promise<void>;
}

export async function startTwoInstances(): Promise<TwoInstances> {
  const schema = freshSchema();
  await createSchema(schema);
  const dirs: string[] = [];
  const servers: RunningServer[] = [];
  const instance = async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const env = { ...testEnv(dataDir), DATABASE_URL: databaseUrlFor(schema), REDIS_URL: TEST_REDIS_URL, SECRET: 'a-secret-shared-by-both-instances-here' };
    const server = await startServer(configFromEnv(env));
    servers.push(server);
    return server;
  };
  const a = await instance();
  const b = await instance();
  return {
    a,
    b,
    schema,
    async stop() {
      for (const server of servers.reverse()) await server.close();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
      await dropSchema(schema);
    },
  };
}
