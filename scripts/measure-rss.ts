/**
 * `npm run measure:rss`: the memory a server holds with one open board. Starts the server as
 * it ships (`node dist/server/main.js`; `--tsx` runs the sources instead), creates a
 * workshop, joins it, opens one board with one Socket.IO client that writes a card, lets the
 * server settle for 10 s (first garbage collections, any brotli copy the build did not make)
 * and prints its resident set.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { CreatedWorkshop, JoinResult } from '@shared/protocol';
import { apiClient } from '../server/test-support/test-server';
import { addCard } from '@shared/board-model';
import { connectSocketIO, waitSaved } from '../server/test-support/test-clients';

const SETTLE_MS = 10_000;
const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = process.argv.includes('--tsx');
const args = tsx ? ['--import', 'tsx', 'server/main.ts'] : ['dist/server/main.js'];

/** Resident set of a process, from /proc (Linux): what `ps` shows as RSS. */
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

const dataDir = mkdtempSync(path.join(tmpdir(), 'coatelier-rss-'));
const child = spawn(process.execPath, args, {
  cwd: root,
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
try {
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const port = (JSON.parse(line) as { port?: number }).port;
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const atStart = rssMb(child.pid!);
  const request = apiClient(url);
  const workshop = (await request<CreatedWorkshop>('POST', '/api/workshops', { title: 'Mesure', template: 'rencontre-ess' })).body;
  const joined = (await request<JoinResult>('POST', '/api/join', { code: workshop.joinCode, name: 'Camille' })).body;
  const board = joined.boards[0]!;
  const client = await connectSocketIO(url, board.id, joined.participantToken);
  // One card written and stored: the figure includes what writing starts (SQLite's append worker).
  addCard(client.doc, { id: 'rss-card', column: board.columns[0]!.id, author: joined.participantId, authorName: 'Camille', text: 'Une carte' });
  await waitSaved(client.provider);
  await delay(SETTLE_MS);
  const withBoard = rssMb(child.pid!);
  client.provider.destroy();
  // Its presence timer would keep this script alive.
  client.provider.awareness.destroy();
  console.log(`${tsx ? 'tsx (sources)' : 'compiled'}: RSS ${atStart.toFixed(1)} MB at start, ${withBoard.toFixed(1)} MB with one open board after ${SETTLE_MS / 1000} s`);
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
