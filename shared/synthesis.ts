/**
 * Synthesis across tables: a `synthesis` board gathers copies of the cards written at each
 * table. A copy names its table(s) in the card's `tables` key (several once similar cards
 * are merged), and where it came from in `origin` (`<boardId>/<cardId>`, see roadmap.ts).
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { idSchema, type BoardInfo } from './protocol';

export function tablesOf(map: Y.Map<unknown> | undefined): string[] {
  const tables = map?.get('tables');
  return Array.isArray(tables) ? tables.filter((t): t is string => typeof t === 'string') : [];
}

/** How many tables one request may add (the workshop's board limit still applies). */
export const MAX_TABLES_PER_REQUEST = 12;

export const tablesBody = z.strictObject({ count: z.number().int().min(1).max(MAX_TABLES_PER_REQUEST) });
export const mergeBody = z.strictObject({ into: idSchema, cards: z.array(idSchema).min(1).max(50) });
export const toRoadmapBody = z.strictObject({ roadmapBoardId: idSchema.optional() });

export interface TablesResult {
  boards: BoardInfo[];
}
export interface SynthesisResult {
  board: BoardInfo;
  /** False when the synthesis already existed and was returned as it is. */
  created: boolean;
}
export interface MergeResult {
  cardId: string;
  merged: number;
}
export interface RoadmapActionResult {
  boardId: string;
  cardId: string;
  /** False when the card had already been carried: the existing action is returned. */
  created: boolean;
}

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
