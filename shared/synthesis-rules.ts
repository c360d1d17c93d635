/**
 * Synthesis across tables, the plain rules: which tables a card came from, how tables are
 * named, and how texts compare when similar cards are merged. Apart from the request schemas
 * of synthesis.ts (which re-exports them) so that the browser does not download zod.
 */
import type * as Y from 'yjs';

export function tablesOf(map: Y.Map<unknown> | undefined): string[] {
  const tables = map?.get('tables');
  return Array.isArray(tables) ? tables.filter((t): t is string => typeof t === 'string') : [];
}

/** How many tables one request may add (the workshop's board limit still applies). */
export const MAX_TABLES_PER_REQUEST = 12;

export const tableLabel = (n: number) => `Table ${n}`;
/** The number in "Table 3", or 0 for any other label. */
export function tableNumber(label: string | null): number {
  const match = /^Table (\d+)$/.exec(label ?? '');
  return match ? Number(match[1]) : 0;
}

/** Texts compared without case, accents or spacing: "Former  les élus" = "former les elus". */
export const normaliseText = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The paragraphs to append to `target` so that it also says what each of `others` says;
 * a text already there (or repeated among the others) is not added twice.
 */
export function paragraphsToAppend(target: string, others: readonly string[]): string[] {
  const seen = new Set([normaliseText(target)]);
  const added: string[] = [];
  for (const text of others) {
    const key = normaliseText(text);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    added.push(text.trim());
  }
  return added;
}
