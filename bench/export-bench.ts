/**
 * The exports phase of `npm run bench`: a 2,000-card workshop (comments, votes, reactions,
 * groups, roadmap fields) in every format, twice: rendered in memory (the renderers alone,
 * median of RUNS, warm), and read cold from storage by a freshly started server over HTTP
 * (export-cold.ts), which is what an organiser waits for.
 */
import { EXPORT_FORMATS, exportQuery, type ExportFormat } from '../shared/results/export-formats';
import { renderExport } from '../server/results/render-export';
import { largeBackup } from '../server/test-support/sample-backup';
import { benchColdExports } from './export-cold';

export const EXPORT_BENCH_CARDS = 2_000;
/** Each format is timed this many times and the median kept: one run is at the mercy of GC. */
const RUNS = 3;

export interface ExportFigure {
  /** In memory: the median of RUNS renders; cold: one request to a fresh server. */
  ms: number;
  kB: number;
}

type Figures = { cards: number } & Record<ExportFormat, ExportFigure>;

export async function benchExports(cards = EXPORT_BENCH_CARDS): Promise<{ rendered: Figures; coldFromStorage: Figures }> {
  return { rendered: await benchRenders(cards), coldFromStorage: await benchColdExports(cards) };
}

async function benchRenders(cards: number): Promise<Figures> {
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
