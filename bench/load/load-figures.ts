/** The figures of one load run, as printed in the benchmark's JSON. */
import type { IntervalHistogram } from 'node:perf_hooks';
import type { Histogram } from '../histogram';
import type { LoadScenario } from '../scenarios/plans';
import type { SimOptions, WritePlan } from '../sim-client';
import type { ServerStats } from '../targets/server-child';
import type { Target, TargetName } from '../targets/target';
import type { Window } from './accounting';
import type { LoadSettings } from './run-load';

export interface Percentiles {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadFigures {
  scenario: string;
  server: TargetName;
  durable: boolean;
  latencyMs: Percentiles;
  late: number;
  lost: number;
  converged: boolean;
  errors: number;
  /** Every instance together, over the measured window. */
  serverCpuSeconds: number;
  /** Every instance together. */
  serverPeakRssMb: number;
  clientProcess: { cpuSeconds: number; cpuCores: number; eventLoopDelayMs: { p99: number; max: number } };
  /**
   * Coatelier only: the time its updates spent inside it, acceptance to relay and acknowledgement
   * (queue, storage, relay), from its /metrics; the slower instance's on two. Null for the peers.
   */
  inServerMs: { p50: number; p99: number } | null;
  [detail: string]: unknown;
}

interface RunFacts {
  target: Target;
  scenario: LoadScenario;
  plan: WritePlan;
  settings: LoadSettings;
  everyone: SimOptions[];
  window: Window;
  connectMs: number;
  convergeMs: number;
  clientCpu: NodeJS.CpuUsage;
  harnessLoop: IntervalHistogram;
  before: ServerStats[];
  during: ServerStats[];
  after: ServerStats[];
  latency: Histogram;
  byTransport: Map<string, Histogram>;
  late: number;
  lost: number;
  cardsCounted: number;
  updates: number;
  errors: number;
  converged: boolean;
}

const seconds = (ms: number) => Math.round(ms) / 1000;

type InServer = { p50: number; p99: number };
/** The higher p50 and p99 of the instances that reported them. */
function slowest(figures: readonly (InServer | null)[]): InServer | null {
  const known = figures.filter((f): f is InServer => f !== null);
  if (known.length === 0) return null;
  return { p50: Math.max(...known.map((f) => f.p50)), p99: Math.max(...known.map((f) => f.p99)) };
}
const cents = (n: number) => Math.round(n * 100) / 100;

export const percentiles = (h: Histogram): Percentiles => ({
  samples: h.count,
  p50: h.percentile(0.5),
  p95: h.percentile(0.95),
  p99: h.percentile(0.99),
  max: Math.round(h.max),
});

const countBy = <K extends string>(items: SimOptions[], key: (o: SimOptions) => K) =>
  items.reduce<Record<string, number>>((acc, o) => ((acc[key(o)] = (acc[key(o)] ?? 0) + 1), acc), {});

export function summarise(f: RunFacts): LoadFigures {
  const windowS = (f.window.end - f.window.start) / 1000;
  const cpu = f.during.map((s, i) => s.cpuSeconds - f.before[i]!.cpuSeconds);
  return {
    scenario: f.scenario.name,
    server: f.target.name,
    durable: f.target.durable,
    clients: f.scenario.clients,
    clientsByTransport: countBy(f.everyone, (o) => o.transport),
    clientsByRole: countBy(f.everyone, (o) => o.role),
    boards: f.scenario.boards,
    instances: f.target.servers.length,
    intervalMs: f.plan.intervalMs,
    keystrokesPerCard: f.plan.keystrokes,
    // Own cards each client keeps (the oldest deleted beyond): null when it keeps them all.
    keepCards: Number.isFinite(f.plan.keepCards) ? f.plan.keepCards : null,
    warmupSeconds: f.settings.warmupS,
    measuredSeconds: cents(windowS),
    connectSeconds: seconds(f.connectMs),
    // Cards written inside the window: each must reach every observer of its board.
    cardsCounted: f.cardsCounted,
    updatesSent: f.updates,
    // From the writer's change to its arrival at an observer, cards written in the window.
    latencyMs: percentiles(f.latency),
    latencyMsByObserverTransport: Object.fromEntries([...f.byTransport].map(([t, h]) => [t, percentiles(h)])),
    graceSeconds: f.settings.graceS,
    // Arrived after the grace period (late) or not before the convergence deadline (lost), summed over observers.
    late: f.late,
    lost: f.lost,
    converged: f.converged,
    convergeSeconds: seconds(f.convergeMs),
    errors: f.errors,
    serverCpuSeconds: cents(cpu.reduce((a, b) => a + b, 0)),
    serverPeakRssMb: f.after.reduce((n, s) => n + s.peakRssMb, 0),
    inServerMs: slowest(f.during.map((s) => s.inServerMs ?? null)),
    servers: f.during.map((s, i) => ({
      cpuSeconds: cents(cpu[i]!),
      // Share of one core over the window: 1 means a saturated event loop.
      cpuCores: cents(cpu[i]! / windowS),
      peakRssMb: f.after[i]!.peakRssMb,
      // Over the window; the event loop resolution is 10 ms.
      eventLoopDelayMs: s.eventLoopDelayMs,
      // Coatelier's updates, acceptance to relay, by its own /metrics: the rest of the latency is
      // the network, the clients and the harness.
      inServerMs: s.inServerMs ?? null,
    })),
    // The harness over the window: all its threads' CPU, and the observers' thread's lag. On
    // 2 cores shared with the server, a busy harness inflates every latency: read these first.
    clientProcess: {
      cpuSeconds: cents((f.clientCpu.user + f.clientCpu.system) / 1e6),
      cpuCores: cents((f.clientCpu.user + f.clientCpu.system) / 1e6 / windowS),
      eventLoopDelayMs: { p99: Math.round(f.harnessLoop.percentile(99) / 1e6), max: Math.round(f.harnessLoop.max / 1e6) },
    },
  };
}
