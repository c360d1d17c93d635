/**
 * Synthesis across tables: a `synthesis` board gathers copies of the cards written at each
 * table. A copy names its table(s) in the card's `tables` key (several once similar cards
 * are merged), and where it came from in `origin` (`<boardId>/<cardId>`, see roadmap.ts).
 */
import type * as Y from 'yjs';

export function tablesOf(map: Y.Map<unknown> | undefined): string[] {
  const tables = map?.get('tables');
  return Array.isArray(tables) ? tables.filter((t): t is string => typeof t === 'string') : [];
}
