/**
 * The `xlsx` export: one worksheet per board, one row per card, ready to sort and filter
 * (bold frozen header with an autofilter, wrapped text, real date cells for creation times
 * and due days, named sheets).
 */
import ExcelJS from 'exceljs';
import type { BackupBoard, WorkshopBackup } from '@shared/results/backup';
import type { ExportOptions } from '@shared/results/export-formats';
import type { RenderedExport } from '../render-export';
import { reportLabels, reportLocale, wallClock, type ReportLabels } from '../report-labels';
import { cardRows, type CardRow } from '../report-outline';
import { neutraliseFormula } from './formula-escape';

const SHEET_NAME_MAX_CHARS = 31;
/** Excel reports a file with a longer cell as damaged (a card's 200 comments can reach it). */
export const CELL_MAX_CHARS = 32_767;

/** A text cell is never run as a formula, and cut to the length Excel accepts. */
const fitCell = (value: string | number | Date) => {
  if (typeof value !== 'string') return value;
  const text = neutraliseFormula(value);
  return text.length > CELL_MAX_CHARS ? `${text.slice(0, CELL_MAX_CHARS - 1)}…` : text;
};

/** Spaces and apostrophes off both ends, by scanning: no backtracking regex on a title. */
function trimSheetName(name: string): string {
  const loose = (c: string | undefined) => c === ' ' || c === "'";
  let start = 0;
  let end = name.length;
  while (start < end && loose(name[start])) start++;
  while (end > start && loose(name[end - 1])) end--;
  return name.slice(start, end);
}

/**
 * Excel refuses a sheet name over 31 characters, with any of []:*?/\, starting or ending
 * with an apostrophe, or equal to another one ignoring case.
 */
export function uniqueSheetName(title: string, taken: Set<string>, fallback: string): string {
  const base = trimSheetName(title.replace(/[[\]:*?/\\\r\n\t]/g, ' ').replace(/\s+/g, ' ')) || fallback;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    // Cut by code point so that an emoji is never split in half.
    const name = `${trimSheetName([...base].slice(0, SHEET_NAME_MAX_CHARS - suffix.length).join('')) || fallback}${suffix}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

interface SheetColumn {
  header: string;
  width: number;
  value: (row: CardRow) => string | number | Date;
  numFmt?: string;
}

function sheetColumns(board: BackupBoard, labels: ReportLabels): SheetColumn[] {
  const columns: SheetColumn[] = [
    { header: labels.column, width: 22, value: (r) => r.column },
    { header: labels.group, width: 20, value: (r) => r.group },
    { header: board.kind === 'roadmap' ? labels.action : labels.text, width: 50, value: (r) => r.text },
    { header: labels.author, width: 20, value: (r) => r.author },
    { header: labels.kind, width: 18, value: (r) => r.kind },
    { header: labels.organisation, width: 24, value: (r) => r.organisation },
    { header: labels.votes, width: 8, value: (r) => r.votes },
    { header: labels.reactions, width: 16, value: (r) => r.reactions },
    { header: labels.comments, width: 50, value: (r) => r.comments },
    { header: labels.createdAt, width: 17, value: (r) => wallClock(r.createdAt), numFmt: 'dd/mm/yyyy hh:mm' },
  ];
  if (board.kind === 'roadmap') {
    columns.push(
      { header: labels.lead, width: 28, value: (r) => r.roadmap?.lead ?? '' },
      { header: labels.partners, width: 28, value: (r) => r.roadmap?.partners ?? '' },
      // A date cell, so that actions sort and filter by due day.
      { header: labels.due, width: 12, value: (r) => (r.roadmap?.dueDay ? new Date(`${r.roadmap.dueDay}T00:00:00Z`) : ''), numFmt: 'dd/mm/yyyy' },
      { header: labels.status, width: 12, value: (r) => r.roadmap?.status ?? '' },
    );
  }
  if (board.kind === 'synthesis' || board.table) columns.push({ header: board.table ? labels.table : labels.tables, width: 24, value: (r) => r.table });
  return columns;
}

function addBoardSheet(workbook: ExcelJS.Workbook, board: BackupBoard, name: string, labels: ReportLabels): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = sheetColumns(board, labels);
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: { alignment: { wrapText: true, vertical: 'top' }, ...(c.numFmt ? { numFmt: c.numFmt } : {}) },
  }));
  for (const row of cardRows(board, labels)) sheet.addRow(columns.map((c) => fitCell(c.value(row))));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

export async function renderXlsx(backup: WorkshopBackup, options: ExportOptions): Promise<RenderedExport> {
  const labels = reportLabels(options.lang);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Coatelier';
  // The title and subject name the file in assistive technologies and file managers (RGAA 13.3).
  workbook.title = backup.workshop.title;
  workbook.subject = labels.report;
  // The document's language, for screen readers and spelling (as in the Word report). ExcelJS
  // writes it (dc:language) but its typings leave it out.
  (workbook as ExcelJS.Workbook & { language: string }).language = reportLocale(options.lang);
  workbook.created = new Date(backup.exportedAt);
  const taken = new Set<string>();
  backup.boards.forEach((board, i) => addBoardSheet(workbook, board, uniqueSheetName(board.title, taken, `${labels.board} ${i + 1}`), labels));
  // A workbook needs at least one sheet to open.
  if (backup.boards.length === 0) workbook.addWorksheet(labels.board);
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    body: Buffer.from(buffer as ArrayBuffer),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  };
}
