/** One renderer per export format, all fed the same backup (anonymised first if asked). */
import { anonymiseBackup } from '@shared/results/anonymise';
import type { WorkshopBackup } from '@shared/results/backup';
import type { ExportFormat, ExportOptions } from '@shared/results/export-formats';
import { renderJson } from './formats/json-format';
import { renderMarkdown } from './formats/markdown-format';

export interface RenderedExport {
  body: Buffer;
  contentType: string;
  extension: string;
}

type Renderer = (backup: WorkshopBackup, options: ExportOptions) => RenderedExport | Promise<RenderedExport>;

/**
 * The formats built on a library (docx, exceljs, papaparse: 10 MB of heap together) load it
 * at their first export: a server that never exports never holds them.
 */
const RENDERERS: Record<ExportFormat, () => Promise<Renderer>> = {
  docx: async () => (await import('./formats/docx-format')).renderDocx,
  xlsx: async () => (await import('./formats/xlsx-format')).renderXlsx,
  csv: async () => (await import('./formats/csv-format')).renderCsv,
  md: () => Promise.resolve(renderMarkdown),
  json: () => Promise.resolve(renderJson),
};

export async function renderExport(backup: WorkshopBackup, options: ExportOptions): Promise<RenderedExport> {
  const input = options.anonymous ? anonymiseBackup(backup) : backup;
  const render = await RENDERERS[options.format]();
  return render(input, options);
}
