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
import { Histogram } from './histogram';
import { SimClient, type SimOptions } from './sim-client';

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
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(`npm run bench -- [--clients 200] [--boards 1] [--interval-ms 500] [--duration-s 60] [--warmup-s 5]
                     [--ws-share 0.2] [--observers 5] [--workers 2] [--instances 1|2] [--database-url URL] [--redis-url URL]
Every client writes; --observers of them are complete replicas that measure latency and
convergence, the others receive every broadcast without applying it, in --workers threads. Two instances share
PostgreSQL and Redis; one instance runs on SQLite in a temporary folder.`);
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
    execArgv: ['--import', 'tsx'],
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
  let measuring = false;
  const clients: SimClient[] = [];
  const writerOptions: SimOptions[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const { participantToken } = await post<JoinResult>(`${api}/api/join`, { code: workshop.joinCode, name: `Sim ${i}` });
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
    } as const;
    if (options.observer) clients.push(new SimClient(options, latency, () => measuring));
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
  const cpuBefore = process.cpuUsage();
  const serverBefore = await Promise.all(instances.map((s) => ask<{ cpuSeconds: number }>(s.child, 'stats')));

  for (const c of clients) c.start(INTERVAL_MS);
  for (const w of workers) w.postMessage({ type: 'start' });
  await sleep(WARMUP_S * 1000);
  measuring = true;
  await sleep(DURATION_S * 1000);
  measuring = false;
  for (const c of clients) c.stop();
  type Stopped = { sent: { boardId: string; sent: number }[]; errors: number };
  const stopped = await Promise.all(workers.map((w) => tell<Stopped>(w, 'stop', 'stopped')));

  // Every replica of a board must end with every card its clients sent.
  const expected = new Map<string, number>();
  const count = (boardId: string, sent: number) => expected.set(boardId, (expected.get(boardId) ?? 0) + sent);
  for (const c of clients) count(c.options.boardId, c.sent);
  for (const s of stopped) for (const w of s.sent) count(w.boardId, w.sent);
  const observers = clients.filter((c) => c.options.observer);
  const convergeStart = performance.now();
  let converged = false;
  while (performance.now() - convergeStart < CONVERGE_DEADLINE_MS) {
    converged = observers.every((c) => cardsOf(c.doc).size === expected.get(c.options.boardId));
    if (converged) break;
    await sleep(100);
  }
  const convergeMs = performance.now() - convergeStart;
  // And what the server stored: a newcomer loads every card.
  const stored = await Promise.all(
    boards.map(async (board) => {
      const reader = new SimClient(
        { id: -1, transport: 'socketio', observer: true, url: instances[0]!.url, boardId: board.id, column: '', token: workshop.organiserToken },
        new Histogram(),
        () => false,
      );
      await reader.connect();
      const complete = cardsOf(reader.doc).size === expected.get(board.id);
      reader.destroy();
      return complete;
    }),
  );

  const serverAfter = await Promise.all(instances.map((s) => ask<{ cpuSeconds: number; peakRssMb: number }>(s.child, 'stats')));
  const clientCpu = process.cpuUsage(cpuBefore);
  const totalSent = [...expected.values()].reduce((a, b) => a + b, 0);
  const result = {
    clients: CLIENTS,
    socketioClients: [...clients.map((c) => c.options), ...writerOptions].filter((o) => o.transport === 'socketio').length,
    ywebsocketClients: [...clients.map((c) => c.options), ...writerOptions].filter((o) => o.transport === 'ywebsocket').length,
    observers: OBSERVERS,
    boards: BOARDS,
    instances: INSTANCES,
    storage: INSTANCES > 1 ? 'postgresql+redis' : 'sqlite',
    intervalMs: INTERVAL_MS,
    measuredSeconds: DURATION_S,
    connectSeconds: seconds(connectMs),
    cardsSent: totalSent,
    updatesPerSecond: Math.round((totalSent * 2) / (DURATION_S + WARMUP_S)),
    latencyMs: {
      samples: latency.count,
      p50: latency.percentile(0.5),
      p95: latency.percentile(0.95),
      p99: latency.percentile(0.99),
      max: Math.round(latency.max),
    },
    converged: converged && stored.every(Boolean),
    convergeSeconds: seconds(convergeMs),
    errors: clients.reduce((n, c) => n + c.errors, 0) + stopped.reduce((n, s) => n + s.errors, 0),
    server: serverAfter.map((s, i) => ({
      cpuSeconds: Math.round((s.cpuSeconds - serverBefore[i]!.cpuSeconds) * 100) / 100,
      peakRssMb: s.peakRssMb,
    })),
    // Observers and writer threads together.
    clientProcessCpuSeconds: Math.round((clientCpu.user + clientCpu.system) / 1e4) / 100,
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
