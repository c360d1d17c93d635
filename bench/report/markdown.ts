/** The compact tables the README quotes: one row per scenario and server, then memory. */
import type { LoadFigures } from '../load/load-figures';
import type { MemoryFigures } from '../scenarios/memory';
import type { Ratios } from './ratios';

export interface ScenarioReport {
  scenario: string;
  description: string;
  runs: LoadFigures[];
  /** Per peer name: Coatelier's figures over the peer's. */
  ratios: Record<string, Ratios>;
  /** The p99 target for Coatelier at this size, when it sets one. */
  p99TargetMs?: number;
  p99TargetMet?: boolean;
}

const cell = (v: number | null) => (v === null ? '–' : String(v));
/** On a peer's row: Coatelier's p99, CPU and memory over the peer's. */
const versus = (x: Ratios | undefined) => (x ? `${cell(x.p99)} / ${cell(x.cpuSeconds)} / ${cell(x.peakRssMb)}` : '');

export function loadTable(reports: readonly ScenarioReport[]): string {
  const rows = reports.flatMap((r) =>
    r.runs.map((f) => {
      const x = r.ratios[f.server];
      const l = f.latencyMs;
      const inServer = f.inServerMs ? `${f.inServerMs.p50} / ${f.inServerMs.p99}` : '–';
      return `| ${r.scenario} | ${f.server}${f.durable ? '' : ' (memory only)'} | ${l.p50} | ${l.p95} | ${l.p99} | ${l.max} | ${inServer} | ${f.late}/${f.lost} | ${f.serverCpuSeconds} | ${f.serverPeakRssMb} | ${f.converged ? 'yes' : 'NO'} | ${f.clientProcess.eventLoopDelayMs.p99} | ${versus(x)} |`;
    }),
  );
  return [
    '| Scenario | Server | p50 ms | p95 ms | p99 ms | max ms | in server p50 / p99 ms | late/lost | CPU-s | peak RSS MB | converged | harness lag p99 ms | Coatelier ÷ peer: p99 / CPU / RSS |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function memoryTable(figures: readonly MemoryFigures[]): string {
  return [
    '| Server | kB per idle board | kB per idle connection |',
    '|---|---|---|',
    ...figures.map((m) => `| ${m.server} | ${cell(m.kBPerIdleBoard)} | ${cell(m.kBPerIdleConnection)} |`),
  ].join('\n');
}
