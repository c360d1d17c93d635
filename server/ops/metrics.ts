/**
 * Prometheus metrics (`GET /metrics`): connections, boards and their clients, updates, the
 * time an update spends in the server, log size, storage latency, errors. prom-client's
 * defaults add the process figures operators watch beside them:
 * `process_resident_memory_bytes`, and event-loop lag as `nodejs_eventloop_lag_p50_seconds` /
 * `_p99_seconds` (perf_hooks' monitorEventLoopDelay).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { BoardRegistry } from '../docs/board-registry';
import type { DocHooks } from '../docs/doc-hooks';

export interface MetricSources {
  registry: () => BoardRegistry;
  /** Open connections per transport. */
  connections: () => Record<string, number>;
}

export class Metrics {
  readonly register = new Registry();
  private readonly updates: Counter;
  private readonly persistence: Histogram;
  private readonly inServer: Histogram;
  private readonly errors: Counter<'kind'>;

  constructor(sources: MetricSources) {
    const registers = [this.register];
    collectDefaultMetrics({ register: this.register });
    new Gauge({
      name: 'coatelier_connections',
      help: 'Open real-time connections, by transport',
      labelNames: ['transport'],
      registers,
      collect() {
        for (const [transport, n] of Object.entries(sources.connections())) this.set({ transport }, n);
      },
    });
    new Gauge({
      name: 'coatelier_boards_in_memory',
      help: 'Board documents loaded in memory (drafts included)',
      registers,
      collect() {
        this.set(sources.registry().loadedCount);
      },
    });
    new Gauge({
      name: 'coatelier_update_log_rows',
      help: 'Stored updates of in-memory boards not yet compacted into a snapshot',
      registers,
      async collect() {
        const boards = await sources.registry().loaded();
        this.set(boards.reduce((sum, b) => sum + b.logLength, 0));
      },
    });
    // A gauge per board would grow a series per board ever opened: the distribution is
    // bounded, and its _count and _sum are the open boards and the clients on them.
    new Histogram({
      name: 'coatelier_board_clients',
      help: 'Open boards by how many hold them (connections, mostly), read at each scrape',
      buckets: [0, 1, 2, 5, 10, 25, 50, 100, 200, 300, 500, 1000],
      registers,
      collect() {
        this.reset();
        for (const holders of sources.registry().holderCounts()) this.observe(holders);
      },
    });
    this.updates = new Counter({ name: 'coatelier_updates_total', help: 'Client updates stored (rate() gives updates per second)', registers });
    this.persistence = new Histogram({
      name: 'coatelier_persistence_seconds',
      help: 'Time to store one batch of updates, retries during a storage outage included',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.inServer = new Histogram({
      name: 'coatelier_update_seconds',
      help: 'Time an update spends in the server, from its acceptance (decoded and checked) to its relay and acknowledgement: waiting for its batch, storage, relay',
      // Fine below 10 ms: a small room's whole path is a few milliseconds.
      buckets: [0.0005, 0.001, 0.002, 0.003, 0.004, 0.005, 0.0075, 0.01, 0.015, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.errors = new Counter({
      name: 'coatelier_errors_total',
      help: 'Errors and refusals, by kind (an error code, or storage)',
      labelNames: ['kind'],
      registers,
    });
  }

  /** Hooks for the document layer. */
  get docHooks(): DocHooks {
    return {
      onStored: ({ updates, durationMs }) => {
        this.updates.inc(updates);
        this.persistence.observe(durationMs / 1000);
      },
      onRelayed: ({ waitedMs }) => {
        for (const ms of waitedMs) this.inServer.observe(ms / 1000);
      },
      onStoreFailed: () => this.errors.inc({ kind: 'storage' }),
    };
  }

  error(kind: string): void {
    this.errors.inc({ kind });
  }
}
