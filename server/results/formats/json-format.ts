/** The `json` export: the backup itself, indented so that a person can read it too. */
import type { WorkshopBackup } from '@shared/results/backup';
import type { RenderedExport } from '../render-export';

export function renderJson(backup: WorkshopBackup): RenderedExport {
  return { body: Buffer.from(`${JSON.stringify(backup, null, 2)}\n`, 'utf8'), contentType: 'application/json; charset=utf-8', extension: 'json' };
}
