/** One renderer per export format, all fed the same backup (anonymised first if asked). */
import { anonymiseBackup } from '@shared/results/anonymise';
import type { WorkshopBackup } from '@shared/results/backup';
import type { ExportFormat, ExportOptions } from '@shared/results/export-formats';
import { renderCsv } from './formats/csv-format';
import { renderDocx } from './formats/docx-format';
import { renderJson } from './formats/json-format';
import { renderMarkdown } from './formats/markdown-format';
import { renderXlsx } from './formats/xlsx-format';

export interface RenderedExport {
  body: Buffer;
  contentType: string;
  extension: string;
}

type Renderer = (backup: WorkshopBackup, options: ExportOptions) => RenderedExport | Promise<RenderedExport>;

const RENDERERS: Record<ExportFormat, Renderer> = {
  docx: renderDocx,
  xlsx: renderXlsx,
  csv: renderCsv,
  md: renderMarkdown,
  json: renderJson,
};

export function renderExport(backup: WorkshopBackup, options: ExportOptions): Promise<RenderedExport> {
  const input = options.anonymous ? anonymiseBackup(backup) : backup;
  return Promise.resolve(RENDERERS[options.format](input, options));
}
