/** What an organiser sends to publish or preview: checked here, never trusted. */
import { z } from 'zod';
import { LIMITS } from '@shared/limits';
import { idSchema } from '@shared/protocol';

const boardIds = z
  .array(idSchema)
  .max(LIMITS.maxBoardsPerWorkshop)
  .refine((ids) => new Set(ids).size === ids.length, 'a board is listed twice');

export const publishBody = z.strictObject({
  boards: boardIds,
  indexable: z.boolean().default(false),
});
export type PublishBody = z.output<typeof publishBody>;

/** `?boards=a,b`: the preview is a GET, so that it opens like the page it shows. */
export const previewQuery = z.strictObject({
  boards: z
    .string()
    .max(LIMITS.maxBoardsPerWorkshop * 41)
    .default('')
    .transform((list) => list.split(',').filter(Boolean))
    .pipe(boardIds),
});
