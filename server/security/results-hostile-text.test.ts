/**
 * Every export format on a workshop whose free-text fields are 100,000 blanks (around a word,
 * behind a formula's first character) and whose card text is a 1 MiB field of what
 * backtracking regexes choke on. No timing is asserted (the bench prints the figures): a
 * quadratic pass over these takes minutes and runs out the test's time by itself. Each file
 * is decoded and its cells checked, formula escape included.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BLANK_RUN, hostileTextBackup, MEGABYTE_FIELD } from '@shared/results/backup-fixtures';
import { exportQuery, type ExportFormat } from '@shared/results/export-formats';
import { CELL_MAX_CHARS } from '../results/formats/xlsx-format';
import { renderExport } from '../results/render-export';
import { reportLabels } from '../results/report-labels';
import { docxText } from '../test-support/export-readers';

const backup = hostileTextBackup();
const render = (format: ExportFormat) => renderExport(backup, exportQuery.parse({ format }));
const padded = (word: string) => `${BLANK_RUN}${word}${BLANK_RUN}`;
/** The exports' column headers (French, the default). */
const L = reportLabels('fr');
/** How Excel gets a text longer than a cell holds. */
const cut = (text: string) => (text.length > CELL_MAX_CHARS ? `${text.slice(0, CELL_MAX_CHARS - 1)}…` : text);

describe('exports of 100,000 blanks and a 1 MiB field', () => {
  it('md: headings on one line, blanks around line breaks folded, the card whole', async () => {
    const lines = (await render('md')).body.toString('utf8').split('\n');
    for (const heading of [`# =${BLANK_RUN}Atelier`, `## ${"'".repeat(100_000)}${BLANK_RUN}Tableau`, '### Idées', '#### Groupe', '### Feuille de route']) {
      expect(lines, heading.trim().slice(-20)).toContain(heading);
    }
    const [first, ...rest] = MEGABYTE_FIELD.split('\n');
    const item = lines.indexOf(`- ${first}`);
    expect(item).toBeGreaterThan(0);
    // The card's text is kept whole, its line break indented into the list item.
    expect(lines[item + 1]).toBe(`  ${rest.join('\n')} — @${BLANK_RUN} (0 vote · 👍 1)`);
    expect(lines).toContain(`| \t${BLANK_RUN}<br>Action | ${padded('Idées')} | ${BLANK_RUN}Ville de Lyon${BLANK_RUN} | +${BLANK_RUN} |  | À lancer |`);
  });

  it('csv: every cell whole, formula-looking ones escaped, multi-line ones included', async () => {
    const text = (await render('csv')).body.toString('utf8').slice(1);
    const rows = Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows).toHaveLength(3);
    const [card, action] = [rows[1]!, rows[2]!];
    // Columns found by their headers: the export may gain columns (a profile's kind) without the test caring.
    const at = (header: string) => rows[0]!.indexOf(header);
    expect(card.slice(0, 6)).toEqual([`${"'".repeat(100_000)}${padded('Tableau')}`, padded('Table 1'), padded('Idées'), padded('Groupe'), `'${MEGABYTE_FIELD}`, `'@${BLANK_RUN}`]);
    expect(card[at(L.comments)]).toBe(`${padded('Zoé')}\u00a0: -${BLANK_RUN}\nsuite`);
    expect([action[at(L.text)], action[at(L.lead)], action[at(L.partners)]]).toEqual([`'\t${BLANK_RUN}\r\nAction`, padded('Ville de Lyon'), `'+${BLANK_RUN}`]);
  });

  it('xlsx: short sheet names, cells cut to what Excel takes, then escaped', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await render('xlsx')).body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tableau', 'Feuille de route']);
    const [board, roadmap] = workbook.worksheets;
    expect(board!.getCell('C2').value).toBe(cut(`'${MEGABYTE_FIELD}`));
    expect(board!.getCell('D2').value).toBe(cut(`'@${BLANK_RUN}`));
    expect(board!.getCell('B2').value).toBe(cut(padded('Groupe')));
    expect(roadmap!.getCell('C2').value).toBe(cut(`'\t${BLANK_RUN}\r\nAction`));
    const partners = (roadmap!.getRow(1).values as unknown[]).indexOf(L.partners);
    expect(roadmap!.getRow(2).getCell(partners).value).toBe(cut(`'+${BLANK_RUN}`));
  });

  it('docx: the texts are all there, line by line', async () => {
    // Compared line by line: searching a 1 MiB run of blanks inside another is itself slow.
    const lines = (await docxText((await render('docx')).body)).text.split('\n');
    const [first, ...rest] = MEGABYTE_FIELD.split('\n');
    for (const expected of [
      `=${BLANK_RUN}Atelier`,
      first,
      `${rest.join('\n')} — @${BLANK_RUN} · 0 vote · 👍 1`,
      `${padded('Zoé')}\u00a0: -${BLANK_RUN}`,
      padded('Groupe'),
      padded('Ville de Lyon'),
    ]) {
      expect(lines.includes(expected!), expected!.trim().slice(0, 20)).toBe(true);
    }
  });

  it('json: the backup unchanged', async () => {
    expect(JSON.parse((await render('json')).body.toString('utf8'))).toEqual(backup);
  });
});
