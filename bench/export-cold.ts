/**
 * Exports read cold from storage: a real server on a temporary DATA_DIR is filled with a
 * 2,000-card workshop (imported over HTTP, which writes it to storage), then, for each
 * format, restarted and asked for the export over HTTP. Each figure is therefore reading
 * every board from SQLite, rebuilding its document, and rendering: what an organiser waits
 * for the morning after, when no one has the boards open.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CreatedWorkshop } from '../shared/protocol';
import { EXPORT_FORMATS, type ExportFormat } from '../shared/results/export-formats';
import { largeBackup } from '../server/test-support/sample-backup';
import { startChild, stopChild } from './targets/server-child';
import type { ExportFigure } from './export-bench';

const SERVER = new URL('./server-process.ts', import.meta.url);

export async function benchColdExports(cards: number): Promise<{ cards: number } & Record<ExportFormat, ExportFigure>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'coatelier-export-bench-'));
  const env = { DATA_DIR: dataDir, SECRET: 'benchmark-secret-for-the-cold-exports' };
  try {
    let server = await startChild(SERVER, env, null);
    const res = await fetch(`${server.url}/api/workshops/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(largeBackup(cards)),
    });
    if (res.status !== 201) throw new Error(`import answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    const workshop = (await res.json()) as CreatedWorkshop;
    const figures = {} as Record<ExportFormat, ExportFigure>;
    for (const format of EXPORT_FORMATS) {
      // A fresh process each time: nothing of the workshop is in memory, no renderer is warm.
      await stopChild(server);
      server = await startChild(SERVER, env, null);
      const start = performance.now();
      const answer = await fetch(`${server.url}/api/workshops/${workshop.id}/export?format=${format}`, {
        headers: { authorization: `Bearer ${workshop.organiserToken}` },
      });
      const body = Buffer.from(await answer.arrayBuffer());
      const ms = performance.now() - start;
      if (answer.status !== 200) throw new Error(`${format} export answered ${answer.status}: ${body.toString('utf8', 0, 300)}`);
      figures[format] = { ms: Math.round(ms), kB: Math.round(body.length / 1024) };
    }
    await stopChild(server);
    return { cards, ...figures };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
