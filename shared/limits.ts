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
  /**
   * A card is a sticky note, not a document. Klaxoon stops at 500; 2,000 leaves room for the
   * cards that hold more than one idea on purpose: a synthesis card folds several tables'
   * cards into one, a roadmap action states what, who and how. The projector shortens long
   * texts; the limit is about what the server keeps, not what a screen shows.
   */
  cardTextMaxChars: 2_000,
  /** Ids written into the document (cards, comments, groups, columns): url-safe, like newId(). */
  docIdMaxChars: 64,
  /** A fractional index (`order`): a few characters in practice, ~40 after 100,000 insertions at one spot. */
  orderMaxChars: 100,
  groupTitleMaxChars: 80,
  commentsPerCard: 200,
  /** A roadmap action or a synthesis card names at most this many tables. */
  tablesPerCard: 50,
  /** Per board: far more than a day's plenary, few enough to stay in memory and render. */
  maxCardsPerBoard: 10_000,
  maxGroupsPerBoard: 1_000,
  /** Stored size of one board's document (snapshot and log) beyond which only deletions are taken. */
  maxBoardBytes: 20 * 1024 * 1024,
  /**
   * Per update: structs (items, deletions excluded) and new shared types (maps, texts, arrays).
   * Decoding costs far more than the bytes suggest (80,000 empty maps fit in 800 kB and cost
   * ~100 MB), so these are counted while decoding, before anything is built. A bulk paste of
   * 100 cards is ~1,500 structs and 400 types.
   */
  maxStructsPerUpdate: 10_000,
  maxTypesPerUpdate: 4_000,
  /** A reconnecting client resends its whole delete set: generous, bounded by the message size anyway. */
  maxDeleteRangesPerUpdate: 100_000,
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
   * The longest a board waits between batches (40 batches/s at least): updates arriving
   * meanwhile are merged, so 1,000 clients typing cost the server, and each client, one message
   * per batch instead of one per keystroke. A board waits only once its fan-out passes the
   * budget below (server/docs/batch-window.ts); a quiet or small room flushes at once.
   */
  batchIntervalMs: 25,
  /**
   * Frames (messages) per second a board may send (updates per second × clients) before it waits
   * between batches, then for clients / budget seconds. A broadcast costs one WebSocket frame
   * per client on either transport (Socket.IO's framed once for the room: shared/wire-bytes.ts),
   * ~10 µs of the event loop each, so the budget keeps relaying within about half a core. 100
   * people each adding a card and typing into it every 500 ms (~40,000 messages/s) flush at
   * once; 200 wait 4 ms between batches, 1,250 or more the whole interval.
   */
  batchFanoutFramesPerSecond: 50_000,
  /**
   * Presence (who is writing in which card) is gathered at least this long before one
   * broadcast: ~30 presence frames a second, enough for an indicator people read.
   */
  presenceIntervalMs: 33,
  /**
   * Presence frames per second a board may send (broadcasts × clients): a crowd's presence
   * is gathered longer, 1,000 clients' every 200 ms, rather than cost 30 frames a second each.
   */
  presenceFanoutFramesPerSecond: 5_000,
  /** First and largest wait between retries of a failed storage write. */
  storageRetryMinMs: 50,
  storageRetryMaxMs: 5_000,
} as const;
