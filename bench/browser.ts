/**
 * `npm run bench:browser`: the board at plenary scale in a real browser (issue 10). Starts the
 * server with a freshly built client, fills a board with N cards over the real protocol,
 * opens it in Chromium as a participant and prints JSON figures for each N: opening time,
 * blocking while someone else types, keystroke → paint while typing, memory after load,
 * and whether issue 10's targets hold.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { paths } from '../client/src/app/routes';
import { allMet, targetsFor } from './browser-figures';
import { newParticipantPage, VIEWPORT } from './browser-page';
import { openBoard, someoneElseTypes, typeOneself } from './browser-phases';
import { LOCAL_AUTHOR, REMOTE_AUTHOR, planBoard } from './browser-plan';
import { startBenchServer } from './browser-server';
import { createWorkshop, MAX_PARTICIPANTS, seedBoard } from './browser-seed';
import { RemoteTypist } from './browser-typist';

const { values: args } = parseArgs({
  options: {
    cards: { type: 'string', default: '300,2000,5000' },
    'client-dir': { type: 'string' },
    participants: { type: 'string', default: String(MAX_PARTICIPANTS) },
    'votes-each': { type: 'string', default: '20' },
    seed: { type: 'string', default: '10' },
    'remote-seconds': { type: 'string', default: '5' },
    'keys-per-second': { type: 'string', default: '8' },
    'local-keys': { type: 'string', default: '40' },
    'quiet-ms': { type: 'string', default: '1000' },
    'open-timeout-s': { type: 'string', default: '180' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(`npm run bench:browser -- [--cards 300,2000,5000] [--client-dir DIR] [--participants 16] [--votes-each 20]
                             [--seed 10] [--remote-seconds 5] [--keys-per-second 8] [--local-keys 40]
                             [--quiet-ms 1000] [--open-timeout-s 180]
Builds the client into a temporary folder (or serves --client-dir, e.g. dist/client after
npm run build), starts the server on SQLite in a temporary folder, and for each board size
fills a board of the standard template over Socket.IO, then opens it in /usr/bin/chromium
(${VIEWPORT.width}×${VIEWPORT.height}) as a participant. Progress goes to stderr, the JSON to stdout.`);
  process.exit(0);
}
/** A whole number of at least `min` (and at most `max`), or the run stops before starting anything. */
function whole(name: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  console.error(`--${name}: ${value} is not a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}`);
  process.exit(2);
}
const SIZES = args.cards.split(',').map((n) => whole('cards', n, 2));
const PARTICIPANTS = whole('participants', args.participants, 2, MAX_PARTICIPANTS);
const VOTES_EACH = whole('votes-each', args['votes-each'], 1, 20);
const KEYS_PER_SECOND = whole('keys-per-second', args['keys-per-second'], 1);
const REMOTE_KEYS = whole('remote-seconds', args['remote-seconds'], 1) * KEYS_PER_SECOND;
const LOCAL_KEYS = whole('local-keys', args['local-keys'], 1);
const OPEN_TIMEOUT_MS = whole('open-timeout-s', args['open-timeout-s'], 1) * 1_000;
const SEED = whole('seed', args.seed, 0);
const QUIET_MS = whole('quiet-ms', args['quiet-ms'], 0);
/** Typing locally stops after this, whatever the keys left: a board at seconds per key must still finish. */
const LOCAL_BUDGET_MS = 60_000;
/** How long the page may take to show what was typed remotely before that is reported. */
const ARRIVAL_TIMEOUT_MS = 60_000;
const log = (message: string) => console.error(`[bench:browser] ${message}`);

async function measure(browser: Browser, api: string, cards: number) {
  log(`${cards} cards: filling the board`);
  const seeded = await createWorkshop(api, PARTICIPANTS);
  const { workshop, board, participants } = seeded;
  const plan = planBoard({ cards, columns: board.columns.map((c) => c.id), participants: PARTICIPANTS, votesEach: VOTES_EACH, seed: SEED });
  const seedStart = performance.now();
  await seedBoard(api, seeded, plan, VOTES_EACH);
  log(`${cards} cards: filled in ${Math.round((performance.now() - seedStart) / 1000)} s; opening`);

  const typist = await RemoteTypist.join(api, board.id, participants[REMOTE_AUTHOR]!);
  const me = participants[LOCAL_AUTHOR]!;
  const session = { workshopId: workshop.id, title: workshop.title, token: me.token, role: 'participant' as const, participantId: me.id, name: me.name, joinCode: workshop.joinCode };
  const { context, page, cdp } = await newParticipantPage(browser, api, session, {
    cardSelector: '[data-card-id]',
    // The connection badge: it says "Enregistré" once the board's first sync is stored.
    syncedSelector: '.connection',
    syncedText: 'Enregistré',
    quietMs: QUIET_MS,
    timeoutMs: OPEN_TIMEOUT_MS,
  });
  // A board that takes minutes per step is a figure too, not a crash.
  page.setDefaultTimeout(OPEN_TIMEOUT_MS);
  const errors: string[] = [];
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T | null> => {
    try {
      return await work();
    } catch (error) {
      errors.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
      log(`${cards} cards: ${errors.at(-1)}`);
      return null;
    }
  };
  const on = { page, cdp, typist };
  try {
    // The machine's load when the page opened: the timings stretch when other work shares the cores.
    const loadAverage1m = Math.round(loadavg()[0]! * 100) / 100;
    const opened = await step('open', () => openBoard(on, `${api}${paths.board(workshop.id, board.id)}`, OPEN_TIMEOUT_MS));
    log(`${cards} cards: open in ${opened?.open.ms} ms; someone else types`);
    const remote = opened && (await step('remote typing', () => someoneElseTypes(on, plan.remoteCard, REMOTE_KEYS, KEYS_PER_SECOND, ARRIVAL_TIMEOUT_MS)));
    log(`${cards} cards: typing locally`);
    const localCard = plan.cards.find((c) => c.id === plan.localCard)!;
    const local = opened && (await step('local typing', () => typeOneself(on, localCard, LOCAL_KEYS, KEYS_PER_SECOND, LOCAL_BUDGET_MS, ARRIVAL_TIMEOUT_MS)));
    const targets = targetsFor({ cards, openMs: opened?.open.ms ?? null, remote, local });
    return {
      cards,
      participants: PARTICIPANTS,
      loadAverage1m,
      open: opened?.open ?? null,
      afterLoad: opened?.afterLoad ?? null,
      remoteTyping: remote,
      localTyping: local,
      targets,
      allTargetsMet: allMet(targets),
      errors,
    };
  } finally {
    typist.close();
    await context.close();
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const git = (...words: string[]) => spawnSync('git', words, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();

/** Builds the checkout's client into `outDir`; says which commit it was, and whether client code differed from it. */
function buildClient(outDir: string) {
  log(`building the client into ${outDir}`);
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) throw new Error('The client build failed');
  const commit = git('rev-parse', '--short', 'HEAD');
  return commit ? { commit, uncommittedChanges: git('status', '--porcelain', '--', 'client', 'shared') !== '' } : null;
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'coatelier-bench-browser-'));
  const clientDir = path.resolve(args['client-dir'] ?? path.join(scratch, 'client'));
  const builtFrom = args['client-dir'] ? null : buildClient(clientDir);
  const server = await startBenchServer({ dataDir: path.join(scratch, 'data'), clientDir });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '' };
    const runs = [];
    for (const cards of SIZES) {
      runs.push(await measure(browser, server.url, cards));
      // Each size as it finishes, should a later one never end.
      log(JSON.stringify(runs.at(-1)));
    }
    const result = { benchmark: 'browser', chromium: browser.version(), viewport: VIEWPORT, clientDir, builtFrom, machine, runs };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

// Stopped by hand: exit properly, so that the server process goes too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
await main();
// The Socket.IO clients' reconnection timers would otherwise keep the process alive.
process.exit(0);
