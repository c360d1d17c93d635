/**
 * PostgreSQL and Redis for integration tests. On a laptop without them the tests that need
 * them are skipped with a notice; in CI (CI=true) they must be there, and fail otherwise.
 */
import { createConnection } from 'node:net';
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port) }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** Whether tests needing these services should run; logs how to start what is missing. */
export async function servicesFor(...names: ('postgres' | 'redis')[]): Promise<boolean> {
  const missing: string[] = [];
  if (names.includes('postgres') && !(await reachable(TEST_DATABASE_URL))) missing.push('postgres');
  if (names.includes('redis') && !(await reachable(TEST_REDIS_URL))) missing.push('redis');
  if (missing.length === 0) return true;
  if (process.env.CI === 'true') throw new Error(`CI needs ${missing.join(' and ')} running (see .ci/run)`);
  console.warn(
    `Skipping tests that need ${missing.join(' and ')}: start PostgreSQL (pg_ctlcluster <version> main start) ` +
      'and Redis (redis-server --daemonize yes), or set TEST_DATABASE_URL / TEST_REDIS_URL.',
  );
  return false;
}

/** A fresh schema name per run; drop it with dropSchema. */
export function freshSchema(): string {
  return `coatelier_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}

export async function createSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await client.end();
}

/** A connection string whose sessions use `schema`, for servers configured by DATABASE_URL. */
export function databaseUrlFor(schema: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}
