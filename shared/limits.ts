/** Limits and timings shared by client and server. Units are in the names. */
export const LIMITS = {
  /** Largest Socket.IO or WebSocket message accepted; the server can lower it with MAX_MESSAGE_BYTES. */
  maxMessageBytes: 1_048_576,
  titleMaxChars: 200,
  placeMaxChars: 200,
  nameMaxChars: 60,
  columnTitleMaxChars: 80,
  maxBoardsPerWorkshop: 30,
  maxColumnsPerBoard: 20,
  /** A card is a sticky note, not a document. */
  cardTextMaxChars: 2_000,
} as const;

export const TIMINGS = {
  /** How long a board stays in memory after its last client left (a wifi blip must not reload it). */
  boardUnloadDelayMs: 30_000,
  /**
   * Compact a board's update log into one snapshot after at least this many appended
   * updates (and as many bytes as the last snapshot: see BoardDoc.compactDue).
   */
  compactEveryUpdates: 500,
  /**
   * A busy board stores and broadcasts at most once per this interval (~100 batches/s):
   * updates arriving meanwhile are merged, so 200 clients typing cost the server, and each
   * client, one message per batch instead of one per keystroke. An idle board flushes at once.
   */
  batchIntervalMs: 10,
  /** First and largest wait between retries of a failed storage write. */
  storageRetryMinMs: 50,
  storageRetryMaxMs: 5_000,
} as const;
