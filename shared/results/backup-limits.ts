/**
 * Bounds that keep one import from exhausting the server. Apart from the backup's schema
 * (backup.ts, which re-exports them) so that the import form reads the size limit without
 * downloading zod.
 */
export const BACKUP_LIMITS = {
  maxCardsPerBoard: 5_000,
  maxCommentsPerCard: 200,
  maxParticipants: 5_000,
  maxVotesPerBoard: 50_000,
  /** Largest backup body accepted by the import route. */
  maxBytes: 20 * 1_048_576,
} as const;
