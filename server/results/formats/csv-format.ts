/**
 * The `csv` export: one row per card over every board. Written for French spreadsheet
 * software by default: a byte order mark (without it Excel reads UTF-8 as Windows-1252 and
 * breaks every accent) and `;` between fields (`,` is the decimal separator in French).
 */
import Papa from 'papaparse';
import type { WorkshopBackup } from '@shared/results/backup';
import type { ExportOptions } from '@shared/results/export-formats';
import type { RenderedExport } from '../render-export';
import { formatTimestamp, reportLabels } from '../report-labels';
import { cardRows } from '../report-outline';
import { neutraliseFormula } from './formula-escape';

export function renderCsv(backup: WorkshopBackup, options: ExportOptions): RenderedExport {
  const labels = reportLabels(options.lang);
  const fields = [
    labels.board,
    labels.table,
    labels.column,
    labels.group,
    labels.text,
    labels.author,
    labels.kind,
    labels.organisation,
    labels.votes,
    labels.reactions,
    labels.comments,
    labels.createdAt,
    labels.lead,
    labels.partners,
    labels.due,
    labels.status,
  ];
  const data = backup.boards.flatMap((board) =>
    cardRows(board, labels).map((row) => [
      row.board,
      row.table,
      row.column,
      row.group,
      row.text,
      row.author,
      row.kind,
      row.organisation,
      row.votes,
      row.reactions,
      row.comments,
      formatTimestamp(row.createdAt),
      row.roadmap?.lead ?? '',
      row.roadmap?.partners ?? '',
      // ISO days (2027-06-30), which spreadsheet software reads as dates whatever its language.
      row.roadmap?.dueDay ?? '',
      row.roadmap?.status ?? '',
    ]),
  );
  const csv = Papa.unparse(
    // Every text cell, not Papa's escapeFormulae: its check misses a formula followed by a line break.
    { fields, data: data.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell))) },
    { delimiter: options.separator === 'comma' ? ',' : ';', newline: '\r\n' },
  );
  return { body: Buffer.from(`\uFEFF${csv}\r\n`, 'utf8'), contentType: 'text/csv; charset=utf-8', extension: 'csv' };
}
