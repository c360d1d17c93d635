import { describe, expect, it } from 'vitest';
import type { LoadFigures } from '../load/load-figures';
import { medianRun } from './median-run';

const run = (p99: number, extra: Partial<LoadFigures> = {}): LoadFigures => ({
  scenario: 'board-10',
  server: 'coatelier',
  durable: true,
  latencyMs: { samples: 100, p50: p99 / 4, p95: p99 / 2, p99, max: p99 * 2 },
  late: 0,
  lost: 0,
  converged: true,
  errors: 0,
  serverCpuSeconds: p99 / 10,
  serverPeakRssMb: 100,
  clientProcess: { cpuSeconds: 1, cpuCores: 0.1, eventLoopDelayMs: { p99: 10, max: 20 } },
  inServerMs: null,
  ...extra,
});

describe('the median of repeated runs', () => {
  it('reports one run as it is', () => {
    const only = run(12);
    expect(medianRun([only])).toBe(only);
  });

  it('reports the run with the median p99, whole, and lists every run', () => {
    const reported = medianRun([run(900), run(20), run(35)]);
    expect(reported.latencyMs.p99).toBe(35);
    expect(reported.serverCpuSeconds).toBe(3.5);
    expect(reported.repeats).toEqual([
      { p50: 225, p99: 900, lost: 0, converged: true },
      { p50: 5, p99: 20, lost: 0, converged: true },
      { p50: 8.75, p99: 35, lost: 0, converged: true },
    ]);
  });

  it('takes the lower of the two middle runs of an even count', () => {
    expect(medianRun([run(40), run(10), run(30), run(20)]).latencyMs.p99).toBe(20);
  });

  it('does not hide a run that lost cards or did not converge', () => {
    const reported = medianRun([run(10), run(20, { lost: 3, converged: false }), run(30)]);
    expect(reported.latencyMs.p99).toBe(20);
    expect(reported.converged).toBe(false);
    expect(reported.lost).toBe(3);
    expect(medianRun([run(10), run(50, { lost: 2, converged: false }), run(30)])).toMatchObject({ converged: false, lost: 2 });
  });
});
