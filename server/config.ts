/** Every setting comes from the environment; the README lists them with their defaults. */
import path from 'node:path';
import { z } from 'zod';
import { LIMITS, TIMINGS } from '@shared/limits';

/** A number of attempts per period; 0 turns the limit off. */
const limit = (byDefault: number) => z.coerce.number().int().min(0).default(byDefault);

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
  TRUST_PROXY: z.string().default('false'),
  RATE_JOIN_FAILURES_PER_MINUTE: limit(60),
  RATE_JOIN_FAILURES_PER_HOUR: limit(300),
  RATE_JOIN_FAILURES_PER_CODE_PER_MINUTE: limit(30),
  RATE_INVITES_PER_MINUTE: limit(30),
  RATE_CREATIONS_PER_HOUR: limit(100),
  RATE_IMPORTS_PER_HOUR: limit(20),
  HSTS_MAX_AGE_SECONDS: z.coerce.number().int().min(0).default(0),
  SERVE_SOURCE_MAPS: z.enum(['0', '1']).default('0'),
  METRICS_TOKEN: z.string().min(16).optional(),
  MAX_CONNECTIONS_PER_ADDRESS: limit(1_000),
  MAX_MESSAGES_PER_SECOND: limit(200),
  MESSAGE_BURST: limit(400),
  PUBLIC_URL: z.string().optional().transform((v, ctx) => (v ? publicOrigin(v, ctx) : undefined)),
  BACKUP_DIR: z.string().min(1).optional(),
  // Minutes; a week at most (a timer cannot wait beyond 24 days).
  BACKUP_EVERY: z.coerce.number().min(0.02).max(10_080).default(360),
  BACKUP_KEEP: z.coerce.number().int().min(1).default(7),
  DEMO_LIFETIME_HOURS: z.coerce.number().min(0).max(8_760).default(24),
});

/** PUBLIC_URL as links use it: an http(s) origin without path, query or hash (the app lives at `/`). */
function publicOrigin(value: string, ctx: z.RefinementCtx): string | undefined {
  const url = URL.canParse(value) ? new URL(value) : null;
  // `?`, `#` and `@` (credentials) are refused as typed, even empty, rather than dropped.
  if (url && /^https?:$/.test(url.protocol) && url.pathname === '/' && !/[?#@]/.test(value)) return url.origin;
  ctx.addIssue({
    code: 'custom',
    message: 'PUBLIC_URL must be an http(s) address such as https://ateliers.example.org, without path, query, hash or credentials',
  });
  return z.NEVER;
}

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
  /** Express `trust proxy`: which proxies' X-Forwarded-For to believe (see trustProxySetting). */
  trustProxy: boolean | number | string[];
  rateLimits: RateLimitSettings;
  /** Strict-Transport-Security max-age; 0 (the default) sends none, for plain-HTTP servers. */
  hstsMaxAgeSeconds: number;
  serveSourceMaps: boolean;
  /** Bearer token for GET /metrics; without it, only direct loopback requests may read it. */
  metricsToken: string | undefined;
  liveLimits: LiveLimitSettings;
  /** The address people reach the app at, for join links and QR codes; null: the browser's own. */
  publicUrl: string | null;
  /** Scheduled online backups of DATA_DIR (SQLite only); none without BACKUP_DIR. */
  backup: BackupSettings | undefined;
  /** Hours before a demo workshop ("Découvrir avec un exemple") is deleted; 0 keeps them. */
  demoLifetimeHours: number;
}

export interface BackupSettings {
  dir: string;
  everyMs: number;
  /** How many scheduled backups stay in `dir`; older ones are deleted. */
  keep: number;
}

/** Live connections (both transports), counted per instance; 0 turns a limit off. */
export interface LiveLimitSettings {
  /** Open connections per client address: a venue's room of 300 shares one address. */
  connectionsPerAddress: number;
  /** Messages per connection per second (sync, presence, commands, votes). */
  messagesPerSecond: number;
  /** Extra messages a connection may send over that rate, refilled every 10 s. */
  messageBurst: number;
}

/** Per client address unless named otherwise; 0 turns a limit off. */
export interface RateLimitSettings {
  joinFailuresPerMinute: number;
  joinFailuresPerHour: number;
  joinFailuresPerCodePerMinute: number;
  invitesPerMinute: number;
  creationsPerHour: number;
  importsPerHour: number;
}

/**
 * TRUST_PROXY as Express reads it: `false` (default: the socket address is the client),
 * `true` (every proxy), a number of proxy hops, or a comma-separated list of proxy
 * addresses or subnets (`loopback`, `10.0.0.0/8`…).
 */
export function trustProxySetting(value: string): boolean | number | string[] {
  const v = value.trim().toLowerCase();
  if (v === 'false' || v === '0' || v === '') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid settings: ${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  // Redis means several instances, and they can only share a database server, never a file.
  if (e.REDIS_URL && !e.DATABASE_URL) {
    throw new Error('Invalid settings: REDIS_URL needs DATABASE_URL: several instances must share one PostgreSQL database (SQLite in DATA_DIR cannot be shared between them)');
  }
  if (e.BACKUP_DIR && e.DATABASE_URL) {
    throw new Error('Invalid settings: BACKUP_DIR backs up SQLite only; with DATABASE_URL, back up PostgreSQL with pg_dump (docs/backup.md)');
  }
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
    trustProxy: trustProxySetting(e.TRUST_PROXY),
    rateLimits: {
      joinFailuresPerMinute: e.RATE_JOIN_FAILURES_PER_MINUTE,
      joinFailuresPerHour: e.RATE_JOIN_FAILURES_PER_HOUR,
      joinFailuresPerCodePerMinute: e.RATE_JOIN_FAILURES_PER_CODE_PER_MINUTE,
      invitesPerMinute: e.RATE_INVITES_PER_MINUTE,
      creationsPerHour: e.RATE_CREATIONS_PER_HOUR,
      importsPerHour: e.RATE_IMPORTS_PER_HOUR,
    },
    hstsMaxAgeSeconds: e.HSTS_MAX_AGE_SECONDS,
    serveSourceMaps: e.SERVE_SOURCE_MAPS === '1',
    metricsToken: e.METRICS_TOKEN,
    liveLimits: {
      connectionsPerAddress: e.MAX_CONNECTIONS_PER_ADDRESS,
      messagesPerSecond: e.MAX_MESSAGES_PER_SECOND,
      messageBurst: e.MESSAGE_BURST,
    },
    publicUrl: e.PUBLIC_URL ?? null,
    backup: e.BACKUP_DIR
      ? { dir: path.resolve(e.BACKUP_DIR), everyMs: Math.round(e.BACKUP_EVERY * 60_000), keep: e.BACKUP_KEEP }
      : undefined,
    demoLifetimeHours: e.DEMO_LIFETIME_HOURS,
  };
}
