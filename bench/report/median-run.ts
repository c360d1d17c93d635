/**
 * One server's repeated runs of a scenario, reported as the run whose p99 is the median: on a
 * shared machine one 15-second window's p99 can swing tenfold (a GC, a neighbour's burst),
 * and repeating the runs, interleaved across the servers, lets every server meet the same
 * drift. The other runs stay visible in `repeats`; a run that lost cards or did not converge
 * marks the result whichever run is shown.
 */
import type { LoadFigures } from '../load/load-figures';

export interface RepeatSummary {
  p50: number;
  p99: number;
  lost: number;
  converged: boolean;
}

export function medianRun(runs: readonly LoadFigures[]): LoadFigures {
  if (runs.length === 0) throw new Error('no run to report');
  if (runs.length === 1) return runs[0]!;
  const sorted = [...runs].sort((a, b) => a.latencyMs.p99 - b.latencyMs.p99);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const repeats: RepeatSummary[] = runs.map((r) => ({ p50: r.latencyMs.p50, p99: r.latencyMs.p99, lost: r.lost, converged: r.converged }));
  return {
    ...median,
    converged: runs.every((r) => r.converged),
    lost: Math.max(...runs.map((r) => r.lost)),
    repeats,
  };
}
