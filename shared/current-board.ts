/**
 * `PUT /api/workshops/:id/current-board`: the board the facilitators are running, where
 * participants land after joining; null sends them to the list of boards again.
 */
import { z } from 'zod';
import { idSchema } from './protocol';

export const currentBoardBody = z.strictObject({ boardId: idSchema.nullable() });
export type CurrentBoardBody = z.infer<typeof currentBoardBody>;
