/** Prometheus metrics (`GET /metrics`): connections, boards, updates, log size, persistence latency, errors. */
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
    this.updates = new Counter({ name: 'coatelier_updates_total', help: 'Client updates stored', registers });
    this.persistence = new Histogram({
      name: 'coatelier_persistence_seconds',
      help: 'Time to store one batch of updates',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
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
      onStoreFailed: () => this.errors.inc({ kind: 'storage' }),
    };
  }

  error(kind: string): void {
    this.errors.inc({ kind });
  }
}
