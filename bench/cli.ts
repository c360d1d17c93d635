/** `npm run bench` options: parsed, checked, and explained by --help. */
import { parseArgs } from 'node:util';
import { SCENARIOS } from './scenarios/plans';

export const HELP = `npm run bench -- [--scenario NAME[,NAME…]|all] [--peers] [--duration-s 20] [--warmup-s 5] [--grace-s 5]
                     [--ws-share 0.2] [--observer-share 0.05] [--replica-share 0.1] [--workers 2] [--idle-k 200]
                     [--clients N] [--boards N] [--interval-ms N] [--instances 1|2]
                     [--database-url URL] [--redis-url URL] [--profile DIR] [--no-exports] [--exports-only]
                     [--repeat 1]

Scenarios (default board-200):${SCENARIOS.map((s) => `\n  ${s.name.padEnd(13)} ${s.description}`).join('')}
--clients, --boards, --interval-ms and --instances change the load of the scenarios chosen.
\`--scenario all --peers\` makes 20 load runs (about 40 s each with the default durations), 3
memory runs and the exports: about 15 minutes on 2 quiet cores; --duration-s 15 shortens it.

Every client writes cards and types into them, and sends its presence (awareness) about
every 2 s while typing. Observers (--observer-share of the clients, at most 10, at least 3 per transport)
are full replicas that measure latency: from a writer's change to its arrival;
--replica-share of the other clients (at most 10 in all) are full replicas too, the
rest receive without applying, in --workers threads. Coatelier's clients are split between Socket.IO and
y-websocket by --ws-share. Cards written in the window count whenever they arrive: within
--grace-s after it they are samples, after it "late", not 30 s later "lost". The harness
reports its own CPU and lag ("harness lag"): when it is busy, every latency includes its queue.
Coatelier also says how long its updates spent inside it ("in server": its
coatelier_update_seconds metric, read from /metrics at the window's start and end, from an
update's acceptance to its relay and acknowledgement); the rest is network, clients, harness.

--peers runs each scenario against the reference y-websocket server and Hocuspocus too, each
in its own process, every client on the y-websocket protocol (Hocuspocus's framing for it),
and prints Coatelier's figures over theirs. They keep documents in memory only; Coatelier
stores every update durably before acknowledging it. They run on one instance only (they
do not scale out): the -x2 scenarios are Coatelier's alone (PostgreSQL + Redis).

--repeat N runs each load scenario N times on every server, the servers in turn within each
round, and reports each server's run with the median p99 (every run's p50 and p99 in the JSON's
"repeats"; one that lost cards or did not converge marks the result): one window's p99 swings
a lot on a shared machine.

One instance runs on SQLite in a temporary folder. --profile writes each server's V8 CPU
profile into DIR (bench/profile-summary.ts summarises it). The run ends with an exports
phase (a 2,000-card workshop in every format, rendered in memory and read cold from storage
over HTTP); --no-exports skips it, --exports-only runs it alone. Prints one JSON document,
then markdown tables for the README.`;

const whole = (name: string, value: string, min: number, max: number): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  return n;
};
const share = (name: string, value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new Error(`--${name} must be a share from 0 to 1, not "${value}"`);
  return n;
};

export function readOptions(argv = process.argv.slice(2)) {
  const { values: a } = parseArgs({
    args: argv,
    options: {
      scenario: { type: 'string', default: 'board-200' },
      peers: { type: 'boolean', default: false },
      'duration-s': { type: 'string', default: '20' },
      'warmup-s': { type: 'string', default: '5' },
      'grace-s': { type: 'string', default: '5' },
      'ws-share': { type: 'string', default: '0.2' },
      'observer-share': { type: 'string', default: '0.05' },
      'replica-share': { type: 'string', default: '0.1' },
      workers: { type: 'string', default: '2' },
      'idle-k': { type: 'string', default: '200' },
      repeat: { type: 'string', default: '1' },
      clients: { type: 'string' },
      boards: { type: 'string' },
      'interval-ms': { type: 'string' },
      instances: { type: 'string' },
      'database-url': { type: 'string', default: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
      'redis-url': { type: 'string', default: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
      profile: { type: 'string' },
      'no-exports': { type: 'boolean', default: false },
      'exports-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const optional = (name: 'clients' | 'boards' | 'interval-ms' | 'instances', min: number, max: number) =>
    a[name] === undefined ? undefined : whole(name, a[name], min, max);
  return {
    help: a.help,
    scenario: a.scenario,
    peers: a.peers,
    durationS: whole('duration-s', a['duration-s'], 1, 3_600),
    warmupS: whole('warmup-s', a['warmup-s'], 0, 600),
    graceS: whole('grace-s', a['grace-s'], 0, 600),
    wsShare: share('ws-share', a['ws-share']),
    observerShare: share('observer-share', a['observer-share']),
    replicaShare: share('replica-share', a['replica-share']),
    workers: whole('workers', a.workers, 1, 64),
    idleK: whole('idle-k', a['idle-k'], 1, 10_000),
    repeat: whole('repeat', a.repeat, 1, 20),
    overrides: {
      clients: optional('clients', 1, 10_000),
      boards: optional('boards', 1, 1_000),
      intervalMs: optional('interval-ms', 10, 600_000),
      instances: optional('instances', 1, 8),
    },
    databaseUrl: a['database-url'],
    redisUrl: a['redis-url'],
    profile: a.profile ?? null,
    exports: !a['no-exports'],
    exportsOnly: a['exports-only'],
  };
}
export type BenchOptions = ReturnType<typeof readOptions>;
