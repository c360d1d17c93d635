/**
 * Bulk paste: turns pasted text into card texts. Either one card per line (a list copied
 * from a document or an email, with its bullets), or a CSV export from a spreadsheet or
 * another tool: detected by a `text`/`texte` header, or by quoted cells, which are the only
 * way a card can hold several lines.
 */
import { guessSeparator, readCsv } from './csv-rows';
import { LIMITS } from './limits';

/** One paste adds at most this many cards: more is a mistake (a whole file), not a list. */
export const BULK_MAX_CARDS = 500;

export interface BulkCards {
  texts: string[];
  format: 'lines' | 'csv';
  /** Cards cut to LIMITS.cardTextMaxChars. */
  cut: number;
  /** Cards left out beyond BULK_MAX_CARDS. */
  dropped: number;
}

const TEXT_HEADERS = new Set(['text', 'texte', 'carte', 'card']);
// "- ", "* ", "• ", "– ", "1. ", "2) ": what word processors and chats put before list items.
const BULLET = /^(?:[-*•–—▪◦]\s+|\d{1,3}[.)]\s+)/u;

const normaliseHeader = (cell: string) =>
  cell
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');

function parseCsv(input: string): string[][] | null {
  const result = readCsv(input, guessSeparator(input));
  // A quote left open is not CSV after all (an apostrophe-like quote in a plain list).
  return result.unclosedQuote ? null : result.rows;
}

/** Whether the paste is a CSV: a known header, or cells in quotes next to a separator. */
function looksLikeCsv(input: string, firstLine: string): boolean {
  const header = readCsv(firstLine, guessSeparator(firstLine)).rows[0] ?? [];
  if (header.length > 1 && header.some((cell) => TEXT_HEADERS.has(normaliseHeader(cell)))) return true;
  return /(^|[;,\t])\s*"[^"]*"\s*($|[;,\t])/m.test(input) || /^"[^"]*\n/m.test(input);
}

function csvTexts(rows: string[][]): string[] {
  const first = rows[0] ?? [];
  const column = first.findIndex((cell) => TEXT_HEADERS.has(normaliseHeader(cell)));
  // With a header, its text column; without, the first cell of each row.
  if (column >= 0) return rows.slice(1).map((row) => row[column] ?? '');
  return rows.map((row) => row.find((cell) => cell.trim() !== '') ?? '');
}

export function parseBulkCards(input: string): BulkCards {
  const text = input.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const rows = looksLikeCsv(text, firstLine) ? parseCsv(text) : null;
  const raw = rows ? csvTexts(rows) : text.split('\n');
  const cleaned = raw.map((t) => t.trimStart().replace(BULLET, '').trim()).filter((t) => t !== '');
  let cut = 0;
  const texts = cleaned.slice(0, BULK_MAX_CARDS).map((t) => {
    if (t.length <= LIMITS.cardTextMaxChars) return t;
    cut++;
    // The limit counts UTF-16 units, as the card editor and the backup do; never split an emoji.
    const end = /[\uD800-\uDBFF]/.test(t[LIMITS.cardTextMaxChars - 1] ?? '') ? LIMITS.cardTextMaxChars - 1 : LIMITS.cardTextMaxChars;
    return t.slice(0, end).trimEnd();
  });
  return { texts, format: rows ? 'csv' : 'lines', cut, dropped: Math.max(0, cleaned.length - BULK_MAX_CARDS) };
}
