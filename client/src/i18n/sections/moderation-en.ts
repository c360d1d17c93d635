import type { moderationFr } from './moderation-fr';

export const moderationEn: typeof moderationFr = {};
