/** Every setting comes from the environment; the README lists them with their defaults. */
import path from 'node:path';
import { z } from 'zod';
import { LIMITS, TIMINGS } from '@shared/limits';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  CREATE_KEY: z.string().min(1).optional(),
  REDIS_URL: z.string().url().optional(),
  SECRET: z.string().min(32).optional(),
  MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(LIMITS.maxMessageBytes),
  BOARD_UNLOAD_DELAY_MS: z.coerce.number().int().min(0).default(TIMINGS.boardUnloadDelayMs),
  SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CLIENT_DIR: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL instead of SQLite when set. */
  databaseUrl: string | undefined;
  createKey: string | undefined;
  /** Set for several instances: Socket.IO adapter and document relay through Redis. */
  redisUrl: string | undefined;
  secret: string | undefined;
  maxMessageBytes: number;
  boardUnloadDelayMs: number;
  sqliteSynchronous: 'FULL' | 'NORMAL';
  logLevel: string;
  /** Built client to serve; none in tests and in dev (Vite serves it). */
  clientDir: string | undefined;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid settings: ${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    createKey: e.CREATE_KEY,
    redisUrl: e.REDIS_URL,
    secret: e.SECRET,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    boardUnloadDelayMs: e.BOARD_UNLOAD_DELAY_MS,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    logLevel: e.LOG_LEVEL,
    clientDir: e.CLIENT_DIR,
  };
}
