/**
 * The exports phase of `npm run bench`: renders a 2,000-card workshop (comments, votes,
 * reactions, groups, roadmap fields) in every format, in memory, and reports the time and
 * size of each. Reading the live boards into the backup is not counted: that is the
 * document layer's cost, measured by the rest of the bench.
 */
import { EXPORT_FORMATS, exportQuery, type ExportFormat } from '../shared/results/export-formats';
import { renderExport } from '../server/results/render-export';
import { largeBackup } from '../server/test-support/sample-backup';

export const EXPORT_BENCH_CARDS = 2_000;
/** Each format is timed this many times and the median kept: one run is at the mercy of GC. */
const RUNS = 3;

export interface ExportFigure {
  /** Median render time. */
  ms: number;
  kB: number;
}

export async function benchExports(cards = EXPORT_BENCH_CARDS): Promise<{ cards: number } & Record<ExportFormat, ExportFigure>> {
  const backup = largeBackup(cards);
  // One untimed warm-up pass: the first call of each renderer pays for loading its library.
  for (const format of EXPORT_FORMATS) await renderExport(backup, exportQuery.parse({ format }));
  const figures = {} as Record<ExportFormat, ExportFigure>;
  for (const format of EXPORT_FORMATS) {
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      bytes = (await renderExport(backup, exportQuery.parse({ format }))).body.length;
      times.push(performance.now() - start);
    }
    figures[format] = { ms: Math.round(times.sort((a, b) => a - b)[RUNS >> 1]!), kB: Math.round(bytes / 1024) };
  }
  return { cards: backup.boards.reduce((n, b) => n + b.cards.length, 0), ...figures };
}
