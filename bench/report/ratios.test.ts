import { describe, expect, it } from 'vitest';
import { ratio, ratios } from './ratios';
import { loadTable, memoryTable } from './markdown';
import type { LoadFigures } from '../load/load-figures';

const figures = (server: LoadFigures['server'], p: number, cpu: number, rss: number): LoadFigures => ({
  scenario: 'board-10',
  server,
  durable: server === 'coatelier',
  latencyMs: { samples: 10, p50: p, p95: 2 * p, p99: 3 * p, max: 4 * p },
  late: 1,
  lost: 0,
  converged: true,
  errors: 0,
  serverCpuSeconds: cpu,
  serverPeakRssMb: rss,
  clientProcess: { cpuSeconds: 1, cpuCores: 0.5, eventLoopDelayMs: { p99: 12, max: 40 } },
  inServerMs: server === 'coatelier' ? { p50: 1.2, p99: 6.5 } : null,
});

describe('Coatelier over the peers', () => {
  it('divides ours by theirs, to two decimals, and gives null for a zero', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(1, 0)).toBeNull();
    expect(ratios(figures('coatelier', 4, 3, 150), figures('hocuspocus', 2, 1, 100))).toEqual({
      p50: 2, p95: 2, p99: 2, max: 2, cpuSeconds: 3, peakRssMb: 1.5,
    });
  });

  it('prints one row per server, the ratios on the peer rows', () => {
    const ours = figures('coatelier', 4, 3, 150);
    const theirs = figures('y-websocket', 2, 1, 0);
    const table = loadTable([{ scenario: 'board-10', description: '', runs: [ours, theirs], ratios: { 'y-websocket': ratios(ours, theirs) } }]);
    const [, , coatelier, peer] = table.split('\n');
    expect(coatelier).toBe('| board-10 | coatelier | 4 | 8 | 12 | 16 | 1.2 / 6.5 | 1/0 | 3 | 150 | yes | 12 |  |');
    expect(peer).toBe('| board-10 | y-websocket (memory only) | 2 | 4 | 6 | 8 | – | 1/0 | 1 | 0 | yes | 12 | 2 / 3 / – |');
    expect(memoryTable([{ server: 'hocuspocus', k: 10, kBPerIdleBoard: 12, kBPerIdleConnection: 3 }])).toContain('| hocuspocus | 12 | 3 |');
  });
});
