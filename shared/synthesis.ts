/**
 * Synthesis across tables: a `synthesis` board gathers copies of the cards written at each
 * table. A copy names its table(s) in the card's `tables` key (several once similar cards
 * are merged), and where it came from in `origin` (`<boardId>/<cardId>`, see roadmap.ts).
 */
import { z } from 'zod';
import { idSchema, type BoardInfo } from './protocol';
import { MAX_TABLES_PER_REQUEST } from './synthesis-rules';

export {
  MAX_TABLES_PER_REQUEST,
  normaliseText,
  paragraphsToAppend,
  tableLabel,
  tableNumber,
  tablesOf,
} from './synthesis-rules';

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
