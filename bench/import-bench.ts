/**
 * `node --import tsx bench/import-bench.ts`: imports a backup of about 18 MB (20,000 cards with
 * comments and reactions) into a server in this process, and prints as JSON how long the
 * import took and the longest time the event loop was blocked meanwhile (the other clients
 * of the server wait that long for anything), beside the longest block over 3 s of idling
 * (on a busy machine the loop is late even with nothing to do). `--mb 18` sets the size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { WorkshopBackup } from '../shared/results/backup';
import { startServer } from '../server/app';
import { configFromEnv } from '../server/config';
import { largeBackup } from '../server/test-support/sample-backup';

const { values: args } = parseArgs({ options: { mb: { type: 'string', default: '18' } } });
const TARGET_BYTES = Number(args.mb) * 1_048_576;
const CARDS = 20_000;
const IDLE_MS = 3_000;

/**
 * Uploads from a worker thread: the server runs on this process's main thread, whose event
 * loop is what is measured, and sending 18 MB is the client's work, not the server's.
 */
const UPLOADER = `
const { parentPort, workerData } = require('node:worker_threads');
fetch(workerData.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: workerData.body })
  .then(async (res) => parentPort.postMessage({ status: res.status, text: await res.text() }))
  .catch((err) => parentPort.postMessage({ status: 0, text: String(err) }));
`;

function upload(url: string, body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(UPLOADER, { eval: true, workerData: { url, body } });
    worker.once('message', (answer: { status: number; text: string }) => void worker.terminate().then(() => resolve(answer)));
    worker.once('error', reject);
  });
}

/** The largest benchmark workshop, its card texts lengthened (in ASCII, a byte a character) until the file weighs the target. */
function backupOfSize(bytes: number): string {
  const backup: WorkshopBackup = largeBackup(CARDS);
  const base = Buffer.byteLength(JSON.stringify(backup));
  const pad = Math.max(0, Math.floor((bytes - base) / CARDS));
  const filler = ' des communs pour le territoire'.repeat(Math.ceil(pad / 31)).slice(0, pad);
  for (const board of backup.boards) for (const card of board.cards) card.text += filler;
  return JSON.stringify(backup);
}

// Encoded before the measure: the upload's own cost is the client's, not the server's.
const body = Buffer.from(backupOfSize(TARGET_BYTES));
const dataDir = mkdtempSync(path.join(tmpdir(), 'coatelier-import-bench-'));
const server = await startServer(
  configFromEnv({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', SQLITE_SYNCHRONOUS: 'NORMAL' }),
);
try {
  // The same measure over an idle stretch first: on a busy machine the loop is late even
  // with nothing to do, and that floor is not the import's doing.
  const idle = monitorEventLoopDelay({ resolution: 5 });
  idle.enable();
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  idle.disable();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const start = performance.now();
  const res = await upload(`${server.url}/api/workshops/import`, body);
  const ms = performance.now() - start;
  loop.disable();
  if (res.status !== 201) throw new Error(`import answered ${res.status}: ${res.text.slice(0, 300)}`);
  console.log(
    JSON.stringify(
      {
        import: {
          mb: Math.round((body.length / 1_048_576) * 10) / 10,
          cards: CARDS,
          totalMs: Math.round(ms),
          longestEventLoopBlockMs: Math.round(loop.max / 1e6),
          p99EventLoopDelayMs: Math.round(loop.percentile(99) / 1e6),
          idleLongestEventLoopBlockMs: Math.round(idle.max / 1e6),
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
