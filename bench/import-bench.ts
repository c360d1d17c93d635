/**
 * `node --import tsx bench/import-bench.ts`: imports a backup of about 18 MB (20,000 cards with
 * comments and reactions) into a server in this process, and prints as JSON how long the
 * import took and the longest time the event loop was blocked meanwhile (the other clients
 * of the server wait that long for anything). `--mb 18` sets the size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { WorkshopBackup } from '../shared/results/backup';
import { startServer } from '../server/app';
import { configFromEnv } from '../server/config';
import { largeBackup } from '../server/test-support/sample-backup';

const { values: args } = parseArgs({ options: { mb: { type: 'string', default: '18' } } });
const TARGET_BYTES = Number(args.mb) * 1_048_576;
const CARDS = 20_000;

/** The largest benchmark workshop, its card texts lengthened until the file weighs the target. */
function backupOfSize(bytes: number): string {
  const backup: WorkshopBackup = largeBackup(CARDS);
  const base = JSON.stringify(backup).length;
  const pad = Math.max(0, Math.floor((bytes - base) / CARDS));
  const filler = ' développer la coopération'.repeat(Math.ceil(pad / 26)).slice(0, pad);
  for (const board of backup.boards) for (const card of board.cards) card.text += filler;
  return JSON.stringify(backup);
}

const body = backupOfSize(TARGET_BYTES);
const dataDir = mkdtempSync(path.join(tmpdir(), 'coatelier-import-bench-'));
const server = await startServer(
  configFromEnv({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', SQLITE_SYNCHRONOUS: 'NORMAL' }),
);
try {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const start = performance.now();
  const res = await fetch(`${server.url}/api/workshops/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const ms = performance.now() - start;
  loop.disable();
  if (res.status !== 201) throw new Error(`import answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  console.log(
    JSON.stringify(
      {
        import: {
          mb: Math.round((body.length / 1_048_576) * 10) / 10,
          cards: CARDS,
          totalMs: Math.round(ms),
          longestEventLoopBlockMs: Math.round(loop.max / 1e6),
          p99EventLoopDelayMs: Math.round(loop.percentile(99) / 1e6),
        },
      },
      null,
      2,
    ),
  );
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
