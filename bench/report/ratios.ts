/**
 * Coatelier's figures over a peer's: 2 means Coatelier's latency, CPU time or memory is
 * twice the peer's. Null when the peer's figure is zero (nothing to divide by).
 */
import type { LoadFigures } from '../load/load-figures';

export const RATIO_FIELDS = ['p50', 'p95', 'p99', 'max', 'cpuSeconds', 'peakRssMb'] as const;
export type Ratios = Record<(typeof RATIO_FIELDS)[number], number | null>;

export const ratio = (ours: number, theirs: number): number | null => (theirs === 0 ? null : Math.round((ours / theirs) * 100) / 100);

type Compared = Pick<LoadFigures, 'latencyMs' | 'serverCpuSeconds' | 'serverPeakRssMb'>;

export function ratios(ours: Compared, theirs: Compared): Ratios {
  return {
    p50: ratio(ours.latencyMs.p50, theirs.latencyMs.p50),
    p95: ratio(ours.latencyMs.p95, theirs.latencyMs.p95),
    p99: ratio(ours.latencyMs.p99, theirs.latencyMs.p99),
    max: ratio(ours.latencyMs.max, theirs.latencyMs.max),
    cpuSeconds: ratio(ours.serverCpuSeconds, theirs.serverCpuSeconds),
    peakRssMb: ratio(ours.serverPeakRssMb, theirs.serverPeakRssMb),
  };
}
