/** One renderer per export format, all fed the same backup (anonymised first if asked). */
import { anonymiseBackup } from '@shared/results/anonymise';
import type { WorkshopBackup } from '@shared/results/backup';
import type { ExportFormat, ExportOptions } from '@shared/results/export-formats';
import { AppError } from '../errors';
import { renderJson } from './formats/json-format';

export interface RenderedExport {
  body: Buffer;
  contentType: string;
  extension: string;
}

type Renderer = (backup: WorkshopBackup, options: ExportOptions) => RenderedExport | Promise<RenderedExport>;

// Filled in format by format; the route refuses a format without a renderer.
const RENDERERS: Partial<Record<ExportFormat, Renderer>> = {
  json: renderJson,
};

export function renderExport(backup: WorkshopBackup, options: ExportOptions): Promise<RenderedExport> {
  const input = options.anonymous ? anonymiseBackup(backup) : backup;
  const render = RENDERERS[options.format];
  if (!render) throw new AppError('invalid_request', `format: ${options.format} is not available yet`);
  return Promise.resolve(render(input, options));
}
