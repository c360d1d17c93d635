/**
 * Synthesis across tables: a `synthesis` board gathers copies of the cards written at each
 * table. A copy names its table(s) in the card's `tables` key (several once similar cards
 * are merged), and where it came from in `origin` (`<boardId>/<cardId>`, see roadmap.ts).
 */
import { z } from 'zod';
import { LIMITS } from './limits';
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
export const mergeBody = z.strictObject({
  into: idSchema,
  cards: z.array(idSchema).min(1).max(50),
  /** The wording kept (one card's, another's, or edited); without it, every text is kept. */
  text: z
    .string()
    .max(LIMITS.cardTextMaxChars)
    .refine((t) => t.trim().length > 0, 'the text kept is empty')
    .optional(),
});
export type MergeBody = z.output<typeof mergeBody>;
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
export interface RefreshResult {
  /** Cards copied by this refresh: 0 when the tables hold nothing new. */
  added: number;
}
/** A card of the board carried into a roadmap, and the action made from it. */
export interface CarriedCard {
  cardId: string;
  roadmapBoardId: string;
  actionId: string;
}
export interface CarriedCards {
  cards: CarriedCard[];
}
export interface RoadmapActionResult {
  boardId: string;
  cardId: string;
  /** False when the card had already been carried: the existing action is returned. */
  created: boolean;
}
