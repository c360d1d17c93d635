/**
 * Exports read cold from storage: a real server on a temporary DATA_DIR is filled with a
 * 2,000-card workshop (imported over HTTP, which writes it to storage) and restarted; then
 * each format is asked for over HTTP. The server unloads a board as soon as nobody holds it
 * (BOARD_UNLOAD_DELAY_MS=0), so every export reads every board from SQLite and rebuilds its
 * document: what an organiser waits for the morning after, when no one has the boards open.
 * A small workshop is exported in the same format first, untimed, so that the figure is not
 * the renderer's library loading on first use.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CreatedWorkshop } from '../shared/protocol';
import type { WorkshopBackup } from '../shared/results/backup';
import { EXPORT_FORMATS, type ExportFormat } from '../shared/results/export-formats';
import { largeBackup } from '../server/test-support/sample-backup';
import { coatelierServerScript, startChild, stopChild, type ServerChild } from './targets/server-child';
import type { ExportFigure } from './export-bench';

const SERVER = coatelierServerScript();
/** The untimed workshop exported first in each format. */
const WARM_UP_CARDS = 20;

async function importBackup(server: ServerChild, backup: WorkshopBackup): Promise<CreatedWorkshop> {
  const res = await fetch(`${server.url}/api/workshops/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(backup),
  });
  if (res.status !== 201) throw new Error(`import answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as CreatedWorkshop;
}

async function exportOnce(server: ServerChild, workshop: CreatedWorkshop, format: ExportFormat): Promise<ExportFigure> {
  const start = performance.now();
  const res = await fetch(`${server.url}/api/workshops/${workshop.id}/export?format=${format}`, {
    headers: { authorization: `Bearer ${workshop.organiserToken}` },
  });
  const body = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - start;
  if (res.status !== 200) throw new Error(`${format} export answered ${res.status}: ${body.toString('utf8', 0, 300)}`);
  return { ms: Math.round(ms), kB: Math.round(body.length / 1024) };
}

export async function benchColdExports(cards: number): Promise<{ cards: number } & Record<ExportFormat, ExportFigure>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'coatelier-export-bench-'));
  const env = { DATA_DIR: dataDir, SECRET: 'benchmark-secret-for-the-cold-exports', BOARD_UNLOAD_DELAY_MS: '0' };
  try {
    const filling = await startChild(SERVER, env, null);
    const large = await importBackup(filling, largeBackup(cards));
    const small = await importBackup(filling, largeBackup(WARM_UP_CARDS));
    await stopChild(filling);
    // A fresh process: nothing of either workshop is in memory.
    const server = await startChild(SERVER, env, null);
    const figures = {} as Record<ExportFormat, ExportFigure>;
    for (const format of EXPORT_FORMATS) {
      await exportOnce(server, small, format);
      figures[format] = await exportOnce(server, large, format);
    }
    await stopChild(server);
    return { cards, ...figures };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
