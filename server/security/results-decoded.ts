/**
 * Every string a reader of an exported file meets, read back with the format's own reader
 * (JSON parsed, XLSX and DOCX unzipped, CSV parsed): what privacy checks search, never bytes.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ExportFormat } from '@shared/results/export-formats';
import { docxText } from '../test-support/export-readers';

/** Keys and string values of a parsed JSON value, before any schema strips a key. */
function jsonStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, into);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      into.push(key);
      jsonStrings(v, into);
    }
  }
  return into;
}

export async function decodedStrings(format: ExportFormat, body: Buffer): Promise<string[]> {
  switch (format) {
    case 'json':
      return jsonStrings(JSON.parse(body.toString('utf8')));
    case 'md':
      return body.toString('utf8').split('\n');
    case 'docx':
      return (await docxText(body)).text.split('\n');
    case 'csv':
      // After the byte order mark.
      return Papa.parse<string[]>(body.toString('utf8').slice(1), { delimiter: ';', newline: '\r\n' }).data.flat();
    case 'xlsx': {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(body as unknown as ArrayBuffer);
      const cells: string[] = [workbook.title, workbook.creator];
      workbook.eachSheet((sheet) => {
        cells.push(sheet.name);
        sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value))));
      });
      return cells;
    }
  }
}
