/**
 * `npm run bench`: starts the server (or two instances on PostgreSQL and Redis with
 * `--instances 2`) and N simulated clients on both transports, each adding and editing
 * cards at a steady rate, then prints JSON figures: connect time, propagation latency
 * percentiles, server CPU and memory, and whether every replica converged.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { cardsOf } from '../shared/board-model';
import type { BoardInfo, CreatedWorkshop, JoinResult } from '../shared/protocol';
import { converged } from './convergence';
import { benchExports } from './export-bench';
import { Histogram } from './histogram';
import { SimClient, type SimOptions, type Transport } from './sim-client';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '200' },
    boards: { type: 'string', default: '1' },
    'interval-ms': { type: 'string', default: '500' },
    'duration-s': { type: 'string', default: '60' },
    'warmup-s': { type: 'string', default: '5' },
    'ws-share': { type: 'string', default: '0.2' },
    observers: { type: 'string', default: '5' },
    workers: { type: 'string', default: '2' },
    instances: { type: 'string', default: '1' },
    'database-url': { type: 'string', default: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
    'redis-url': { type: 'string', default: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
    profile: { type: 'string' },
    'exports-only': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(`npm run bench -- [--clients 200] [--boards 1] [--interval-ms 500] [--duration-s 60] [--warmup-s 5]
                     [--ws-share 0.2] [--observers 5] [--workers 2] [--instances 1|2] [--database-url URL] [--redis-url URL]
                     [--profile DIR] [--exports-only]
Every client writes; --observers of them are complete replicas that measure latency and
convergence, the others receive every broadcast without applying it, in --workers threads
(--observers equal to --clients makes every client a full replica: the harness then costs far
more CPU than the server). Two instances share PostgreSQL and Redis; one instance runs on
SQLite in a temporary folder. --profile writes each server's V8 CPU profile into DIR
(summarise it with bench/profile-summary.ts). The run ends with an exports phase: a 2,000-card
workshop rendered in every export format (--exports-only runs that phase alone).`);
  process.exit(0);
}
if (args['exports-only']) {
  console.log(JSON.stringify({ exports: await benchExports() }, null, 2));
  process.exit(0);
}
const CLIENTS = Number(args.clients);
const BOARDS = Number(args.boards);
const INTERVAL_MS = Number(args['interval-ms']);
const DURATION_S = Number(args['duration-s']);
const WARMUP_S = Number(args['warmup-s']);
const WS_SHARE = Number(args['ws-share']);
const INSTANCES = Number(args.instances);
const OBSERVERS = Math.min(Number(args.observers), Number(args.clients));
const WORKERS = Math.max(1, Number(args.workers));
const CONVERGE_DEADLINE_MS = 60_000;
const PROFILE_DIR = args.profile ? path.resolve(args.profile) : null;

/** The latency targets: p99 under 100 ms at 200 clients, under 250 ms at 500. */
function p99TargetMs(clients: number): number | null {
  if (clients <= 200) return 100;
  if (clients <= 500) return 250;
  return null;
}

const seconds = (ms: number) => Math.round(ms) / 1000;
// Each stock y-websocket provider listens for the process's exit.
process.setMaxListeners(0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

interface Instance {
  child: ChildProcess;
  url: string;
}

function startInstance(env: NodeJS.ProcessEnv): Promise<Instance> {
  const child = fork(fileURLToPath(new URL('./server-process.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx', ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [])],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { url: string }) => resolve({ child, url: m.url }));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

function ask<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T));
    child.send({ type });
  });
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'coatelier-bench-'));
  let schema: string | null = null;
  const env: NodeJS.ProcessEnv = { DATA_DIR: dataDir, SECRET: 'benchmark-secret-shared-by-all-instances' };
  if (INSTANCES > 1) {
    schema = `coatelier_bench_${process.pid}`;
    const client = new pg.Client({ connectionString: args['database-url'] });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
    const url = new URL(args['database-url']);
    url.searchParams.set('options', `-c search_path=${schema}`);
    Object.assign(env, { DATABASE_URL: url.toString(), REDIS_URL: args['redis-url'] });
  }
  const instances = await Promise.all(Array.from({ length: INSTANCES }, () => startInstance(env)));
  const api = instances[0]!.url;

  const workshop = await post<CreatedWorkshop>(`${api}/api/workshops`, { title: 'Benchmark', template: 'blank' });
  const boards: BoardInfo[] = [workshop.boards[0]!];
  for (let b = 1; b < BOARDS; b++) {
    boards.push(await post<BoardInfo>(`${api}/api/workshops/${workshop.id}/boards`, { title: `B${b}`, columns: ['Idées'] }, workshop.organiserToken));
  }

  const latency = new Histogram();
  const latencyByTransport: Record<Transport, Histogram> = { socketio: new Histogram(), ywebsocket: new Histogram() };
  let measuring = false;
  const clients: SimClient[] = [];
  const writerOptions: SimOptions[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const { participantToken, participantId } = await post<JoinResult>(`${api}/api/join`, { code: workshop.joinCode, name: `Sim ${i}` });
    const board = boards[i % BOARDS]!;
    // Observers and writers alike are split between the transports and the instances.
    const transport = i % Math.round(1 / WS_SHARE) === 0 ? 'ywebsocket' : 'socketio';
    const options = {
      id: i,
      transport,
      observer: i < OBSERVERS,
      url: instances[i % INSTANCES]!.url,
      boardId: board.id,
      column: board.columns[0]!.id,
      token: participantToken,
      participantId,
    } as const;
    // Samples are told apart by the transport that delivered them to the observer.
    const sink = {
      record: (ms: number) => {
        latency.record(ms);
        latencyByTransport[transport].record(ms);
      },
    };
    if (options.observer) clients.push(new SimClient(options, sink, () => measuring));
    else writerOptions.push(options);
  }
  const workers = Array.from({ length: WORKERS }, (_, w) =>
    new Worker(new URL('./writer-worker.mjs', import.meta.url), {
      workerData: { clients: writerOptions.filter((_, i) => i % WORKERS === w), intervalMs: INTERVAL_MS },
    }),
  );
  for (const w of workers) {
    w.on('error', (err) => {
      console.error('writer thread failed:', err);
      process.exit(1);
    });
  }
  const tell = <T>(worker: Worker, type: string, answer: string) =>
    new Promise<T>((resolve) => {
      const onMessage = (m: { type: string }) => {
        if (m.type !== answer) return;
        worker.off('message', onMessage);
        resolve(m as T);
      };
      worker.on('message', onMessage);
      worker.postMessage({ type });
    });

  const connectStart = performance.now();
  await Promise.all([...clients.map((c) => c.connect()), ...workers.map((w) => tell(w, 'connect', 'connected'))]);
  const connectMs = performance.now() - connectStart;

  const sendingStart = performance.now();
  for (const c of clients) c.start(INTERVAL_MS);
  for (const w of workers) w.postMessage({ type: 'start' });
  await sleep(WARMUP_S * 1000);
  // CPU is counted over the measured window only: no start-up, connection or warm-up.
  type ServerStats = { cpuSeconds: number; peakRssMb: number; eventLoopDelayMs: { p99: number; max: number } };
  const serverBefore = await Promise.all(instances.map((s) => ask<ServerStats>(s.child, 'stats')));
  const cpuBefore = process.cpuUsage();
  const windowStart = performance.now();
  measuring = true;
  await sleep(DURATION_S * 1000);
  measuring = false;
  const windowSeconds = (performance.now() - windowStart) / 1000;
  const clientCpu = process.cpuUsage(cpuBefore);
  const serverWindow = await Promise.all(instances.map((s) => ask<ServerStats>(s.child, 'stats')));
  for (const c of clients) c.stop();
  type Stopped = { sent: { boardId: string; sent: number }[]; updates: number; errors: number };
  const stopped = await Promise.all(workers.map((w) => tell<Stopped>(w, 'stop', 'stopped')));
  const sendingSeconds = (performance.now() - sendingStart) / 1000;

  // Every replica of a board must end with every card its clients sent.
  const expected = new Map<string, number>();
  const count = (boardId: string, sent: number) => expected.set(boardId, (expected.get(boardId) ?? 0) + sent);
  for (const c of clients) count(c.options.boardId, c.sent);
  for (const s of stopped) for (const w of s.sent) count(w.boardId, w.sent);
  // Converged: every observer of a board, and a newcomer loading it from the server, hold
  // every card its clients sent, with the same text and the same Yjs state vector.
  const convergeStart = performance.now();
  const deadline = convergeStart + CONVERGE_DEADLINE_MS;
  const waitFor = async (done: () => boolean) => {
    while (!done() && performance.now() < deadline) await sleep(100);
    return done();
  };
  const boardConverged = await Promise.all(
    boards.map(async (board) => {
      const want = expected.get(board.id) ?? 0;
      const replicas = clients.filter((c) => c.options.boardId === board.id).map((c) => c.doc);
      if (!(await waitFor(() => replicas.every((doc) => cardsOf(doc).size === want)))) return false;
      const newcomer = new SimClient(
        { id: -1, transport: 'socketio', observer: true, url: instances[0]!.url, boardId: board.id, column: '', token: workshop.organiserToken, participantId: '' },
        { record: () => undefined },
        () => false,
      );
      await newcomer.connect();
      const ok = await waitFor(() => converged([...replicas, newcomer.doc], want));
      newcomer.destroy();
      return ok;
    }),
  );
  const convergeMs = performance.now() - convergeStart;

  const serverAfter = await Promise.all(instances.map((s) => ask<ServerStats>(s.child, 'stats')));
  const totalUpdates = clients.reduce((n, c) => n + c.updates, 0) + stopped.reduce((n, s) => n + s.updates, 0);
  const totalSent = [...expected.values()].reduce((a, b) => a + b, 0);
  const percentiles = (h: Histogram) => ({
    samples: h.count,
    p50: h.percentile(0.5),
    p95: h.percentile(0.95),
    p99: h.percentile(0.99),
    max: Math.round(h.max),
  });
  const cpu = (s: number) => Math.round(s * 100) / 100;
  const target = p99TargetMs(CLIENTS);
  const allConverged = boardConverged.every(Boolean);
  const errors = clients.reduce((n, c) => n + c.errors, 0) + stopped.reduce((n, s) => n + s.errors, 0);
  const everyone = [...clients.map((c) => c.options), ...writerOptions];
  const result = {
    clients: CLIENTS,
    socketioClients: everyone.filter((o) => o.transport === 'socketio').length,
    ywebsocketClients: everyone.filter((o) => o.transport === 'ywebsocket').length,
    observers: OBSERVERS,
    boards: BOARDS,
    instances: INSTANCES,
    storage: INSTANCES > 1 ? 'postgresql+redis' : 'sqlite',
    intervalMs: INTERVAL_MS,
    warmupSeconds: WARMUP_S,
    measuredSeconds: seconds(windowSeconds * 1000),
    connectSeconds: seconds(connectMs),
    cardsSent: totalSent,
    // Each card is one update and the edit of the sender's previous card another.
    updatesSent: totalUpdates,
    updatesPerSecond: Math.round(totalUpdates / sendingSeconds),
    // From the sender's change to its arrival at each observer, measured window only.
    latencyMs: percentiles(latency),
    latencyMsByObserverTransport: {
      socketio: percentiles(latencyByTransport.socketio),
      ywebsocket: percentiles(latencyByTransport.ywebsocket),
    },
    converged: allConverged,
    convergeSeconds: seconds(convergeMs),
    errors,
    server: serverWindow.map((s, i) => ({
      cpuSeconds: cpu(s.cpuSeconds - serverBefore[i]!.cpuSeconds),
      // Share of one core over the measured window: 1 means a saturated event loop.
      cpuCores: cpu((s.cpuSeconds - serverBefore[i]!.cpuSeconds) / windowSeconds),
      peakRssMb: serverAfter[i]!.peakRssMb,
      // Over the measured window; the event loop resolution is 10 ms.
      eventLoopDelayMs: s.eventLoopDelayMs,
    })),
    // Observers and writer threads together, over the measured window.
    clientProcess: {
      cpuSeconds: cpu((clientCpu.user + clientCpu.system) / 1e6),
      cpuCores: cpu((clientCpu.user + clientCpu.system) / 1e6 / windowSeconds),
    },
    targets: {
      p99Ms: target,
      p99Met: target === null ? null : latency.percentile(0.99) < target,
      allMet: target !== null && latency.percentile(0.99) < target && allConverged && errors === 0,
    },
    // After the measured window, so that it weighs on none of the figures above.
    exports: await benchExports(),
  };
  console.log(JSON.stringify(result, null, 2));

  for (const c of clients) c.destroy();
  await Promise.all(workers.map((w) => tell(w, 'destroy', 'destroyed')));
  await Promise.all(workers.map((w) => w.terminate()));
  await Promise.all(instances.map((s) => new Promise((r) => (s.child.once('exit', r), s.child.send({ type: 'stop' })))));
  rmSync(dataDir, { recursive: true, force: true });
  if (schema) {
    const client = new pg.Client({ connectionString: args['database-url'] });
    await client.connect();
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  }
  process.exit(0);
}

await main();
