/** French messages of the moderation section, kept apart so that the pages' messages stay small files. */
export const moderationFr = {};
