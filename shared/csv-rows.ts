/**
 * A small CSV reader for pasted lists (RFC 4180 quotes, `;` `,` or tab, the separator guessed
 * as spreadsheets do): enough for what people paste, without shipping a full CSV library to
 * every browser that opens a board.
 */

export interface CsvRows {
  rows: string[][];
  /** A quote opened and never closed: the text was probably not CSV at all. */
  unclosedQuote: boolean;
}

const SEPARATORS = [';', ',', '\t'] as const;
/** Rows looked at to guess the separator. */
const GUESS_ROWS = 10;

/** Reads `input` with `separator`; rows with only blank cells are left out. */
export function readCsv(input: string, separator: string): CsvRows {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    if (row.some((c) => c.trim() !== '')) rows.push(row);
    row = [];
    cell = '';
  };
  while (i < input.length) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      if (ch === '\r' && input[i + 1] === '\n') i++;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) endRow();
  return { rows, unclosedQuote: quoted };
}

/** The separator whose first rows have the most steady number of cells (at least two). */
export function guessSeparator(input: string): string {
  let best: { separator: string; spread: number; cells: number } | null = null;
  for (const separator of SEPARATORS) {
    const counts = readCsv(input, separator).rows.slice(0, GUESS_ROWS).map((r) => r.length);
    if (counts.length === 0) continue;
    const cells = counts.reduce((a, b) => a + b, 0) / counts.length;
    if (cells < 2) continue;
    const spread = counts.reduce((sum, n, k) => sum + (k === 0 ? 0 : Math.abs(n - counts[k - 1]!)), 0);
    if (!best || spread < best.spread || (spread === best.spread && cells > best.cells)) best = { separator, spread, cells };
  }
  return best?.separator ?? SEPARATORS[1];
}
