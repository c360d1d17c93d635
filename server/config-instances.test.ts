/** Several instances (REDIS_URL) need a database they can all reach: SQLite is one machine's file. */
import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config';

const base = { DATA_DIR: '/tmp/coatelier-config-test' };

describe('settings for several instances', () => {
  it('refuse REDIS_URL without DATABASE_URL, saying what is missing and why', () => {
    expect(() => configFromEnv({ ...base, REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(
      /^Invalid settings: REDIS_URL needs DATABASE_URL: several instances must share one PostgreSQL database/,
    );
  });

  it('accept REDIS_URL with DATABASE_URL, and either alone', () => {
    const both = configFromEnv({ ...base, REDIS_URL: 'redis://127.0.0.1:6379', DATABASE_URL: 'postgres://postgres@127.0.0.1/test' });
    expect(both.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(both.databaseUrl).toBe('postgres://postgres@127.0.0.1/test');
    expect(configFromEnv({ ...base, DATABASE_URL: 'postgres://postgres@127.0.0.1/test' }).redisUrl).toBeUndefined();
    expect(configFromEnv(base).databaseUrl).toBeUndefined();
  });
});
