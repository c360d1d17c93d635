/**
 * The wire contract's plain values: protocol version, error codes, event names and document
 * ids. Apart from the zod schemas of protocol.ts (which re-exports them) so that the browser,
 * which never parses with zod, does not download it.
 */

export const PROTOCOL_VERSION = 1;

/** Every refusal, over HTTP or a socket, names one of these. */
export const ERROR_CODES = [
  'invalid_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'rate_limited',
  'client_too_old',
  'storage_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Socket.IO event names; payloads of binary events are y-protocols messages. */
export const EVENTS = {
  /** client → server, ack: JoinBoardAck. */
  join: 'board:join',
  /** client → server. */
  leave: 'board:leave',
  /** both ways: (boardId, y-protocols sync message); client→server updates are acked once stored. */
  sync: 'y:sync',
  /** both ways: (boardId, y-protocols awareness update). */
  awareness: 'y:awareness',
  /** server → client: the board's columns or title changed. */
  boardMeta: 'board:meta',
  /** server → client: something was refused; the connection may be closed after it. */
  refused: 'refused',
  /** client → server: (boardId, FacilitatorCommand), ack: Ack. Facilitators only. */
  command: 'board:command',
  /** client → server: (boardId, VoteRequest), ack: Ack. */
  vote: 'board:vote',
  /** server → client: BoardStateMessage, after every facilitator command. */
  state: 'board:state',
  /** server → client: VotesView, personal to each client. */
  votes: 'board:votes',
  /** server → client: WorkshopAccessMessage, when the workshop is archived or reopened. */
  access: 'board:access',
} as const;

/** A board's document, or `<boardId>:drafts`, the caller's own private drafts for that board. */
export const DRAFTS_SUFFIX = ':drafts';

export function parseDocId(docId: string): { boardId: string; drafts: boolean } {
  return docId.endsWith(DRAFTS_SUFFIX)
    ? { boardId: docId.slice(0, -DRAFTS_SUFFIX.length), drafts: true }
    : { boardId: docId, drafts: false };
}

/**
 * An HTTP answer to a request whose token is more than a day old carries the renewed token
 * (same rights, fresh expiry) in this header; the Socket.IO join ack has it as `token`.
 */
export const RENEWED_TOKEN_HEADER = 'X-Coatelier-Token';
