/**
 * RGAA 13.3: the exported office files are accessible. Each file is opened as the reader's
 * software opens it (the zip's XML parts, exceljs, Papa) and checked for what assistive
 * technologies rely on: a title and a language, headings in order, tables with a header row
 * and a caption, date cells, named sheets.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportQuery, type ExportOptions } from '@shared/results/export-formats';
import { sampleBackup } from '../test-support/sample-backup';
import { renderCsv } from './formats/csv-format';
import { renderDocx } from './formats/docx-format';
import { renderMarkdown } from './formats/markdown-format';
import { renderXlsx } from './formats/xlsx-format';

const options = (query: Record<string, string>): ExportOptions => exportQuery.parse(query);
const part = async (body: Buffer, name: string) => (await JSZip.loadAsync(body)).file(name)!.async('string');

/** Each level at most one deeper than the one before, starting at 1. */
function skippedLevel(levels: number[]): number | null {
  let previous = 0;
  for (const level of levels) {
    if (level > previous + 1) return level;
    previous = level;
  }
  return null;
}

describe('docx', () => {
  it.each([
    ['fr', 'fr-FR'],
    ['en', 'en-GB'],
  ])('has a title, the language %s, headings in order and described tables with a repeated header', async (lang, tag) => {
    const body = (await renderDocx(sampleBackup(), options({ format: 'docx', lang }))).body;
    const documentXml = await part(body, 'word/document.xml');
    const styles = await part(body, 'word/styles.xml');
    const core = await part(body, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Rencontres ESS Lyon</dc:title>');
    expect(styles).toMatch(new RegExp(`<w:docDefaults>.*<w:lang w:val="${tag}"/>.*</w:docDefaults>`, 's'));

    const headings = [...documentXml.matchAll(/<w:pStyle w:val="(Title|Heading(\d))"\/>/g)];
    expect(headings[0]![1]).toBe('Title');
    const levels = headings.slice(1).map((m) => Number(m[2]));
    expect(levels.slice(0, 3)).toEqual([1, 2, 3]);
    expect(skippedLevel(levels)).toBeNull();

    const tables = documentXml.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      expect(table).toMatch(/<w:tblCaption w:val="[^"]+"\/><w:tblDescription w:val="[^"]+"\/><\/w:tblPr>/);
      // The first row is the header, repeated on each page.
      expect(table.split('<w:tr>')[1]).toContain('<w:tblHeader/>');
    }
    // Any picture carries alternative text (the report has none today).
    for (const drawing of documentXml.match(/<wp:docPr [^>]*>/g) ?? []) expect(drawing).toMatch(/descr="[^"]+"/);
  });
});

describe('xlsx', () => {
  it('has a title, a language, named sheets, a frozen filtered header and date cells', async () => {
    const body = (await renderXlsx(sampleBackup(), options({ format: 'xlsx' }))).body;
    const core = await part(body, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Rencontres ESS Lyon</dc:title>');
    expect(core).toContain('<dc:language>fr-FR</dc:language>');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((s) => s.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const sheet of workbook.worksheets) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect((sheet.getRow(1).values as unknown[]).slice(1).every((v) => typeof v === 'string' && v !== '')).toBe(true);
    }
    const roadmap = workbook.getWorksheet('Feuille de route')!;
    const header = (roadmap.getRow(1).values as unknown[]).slice(1);
    const at = (label: string) => header.indexOf(label) + 1;
    expect(roadmap.getRow(2).getCell(at('Créée le')).value).toBeInstanceOf(Date);
    expect(roadmap.getRow(2).getCell(at('Échéance')).value).toEqual(new Date(Date.UTC(2027, 5, 30)));
  });
});

describe('csv', () => {
  it('starts with a UTF-8 byte order mark and a header row', () => {
    const text = renderCsv(sampleBackup(), options({ format: 'csv' })).body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header] = Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data;
    expect(header?.slice(0, 5)).toEqual(['Tableau', 'Table', 'Colonne', 'Groupe', 'Texte']);
  });
});

describe('markdown', () => {
  it('has one title and headings without a skipped level', () => {
    const md = renderMarkdown(sampleBackup(), options({ format: 'md' })).body.toString('utf8');
    const levels = [...md.matchAll(/^(#+) /gm)].map((m) => m[1]!.length);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    expect(skippedLevel(levels)).toBeNull();
  });
});
