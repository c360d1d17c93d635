/**
 * The wire contract between browser and server: HTTP bodies, Socket.IO events and the
 * closed list of error codes. Bump PROTOCOL_VERSION on any incompatible change.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { ROLES } from './roles';
import { TEMPLATE_IDS } from './templates';

export const PROTOCOL_VERSION = 1;

/** Every refusal, over HTTP or a socket, names one of these. */
export const ERROR_CODES = [
  'invalid_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'client_too_old',
  'storage_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export interface ApiError {
  error: { code: ErrorCode; message: string };
}

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/, 'not an id');

const trimmed = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const createWorkshopBody = z.strictObject({
  title: trimmed(LIMITS.titleMaxChars),
  template: z.enum(TEMPLATE_IDS).default('rencontre-ess'),
  date: isoDate.optional(),
  place: trimmed(LIMITS.placeMaxChars).optional(),
});

export const updateWorkshopBody = z.strictObject({
  title: trimmed(LIMITS.titleMaxChars).optional(),
  date: isoDate.nullable().optional(),
  place: trimmed(LIMITS.placeMaxChars).nullable().optional(),
});

export const joinBody = z.strictObject({
  code: z.string().min(1).max(20),
  name: trimmed(LIMITS.nameMaxChars),
});

export const createBoardBody = z.strictObject({
  title: trimmed(LIMITS.titleMaxChars),
  columns: z.array(trimmed(LIMITS.columnTitleMaxChars)).max(LIMITS.maxColumnsPerBoard).default([]),
});
export const renameBody = z.strictObject({ title: trimmed(LIMITS.titleMaxChars) });
export const columnBody = z.strictObject({ title: trimmed(LIMITS.columnTitleMaxChars) });
export const reorderBody = z.strictObject({ ids: z.array(idSchema).max(100) });

export const roleSchema = z.enum(ROLES);

/** What a signed token says about its bearer. */
export const tokenClaims = z.object({
  wid: idSchema,
  role: roleSchema,
  pid: idSchema,
});
export type TokenClaims = z.infer<typeof tokenClaims>;

export interface ColumnInfo {
  id: string;
  title: string;
}
export interface BoardInfo {
  id: string;
  workshopId: string;
  title: string;
  columns: ColumnInfo[];
}
export interface WorkshopInfo {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  joinCode: string;
  createdAt: number;
  boards: BoardInfo[];
}
export interface CreatedWorkshop extends WorkshopInfo {
  organiserToken: string;
}
export interface JoinResult {
  workshopId: string;
  participantId: string;
  participantToken: string;
  name: string;
  boards: BoardInfo[];
}

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
} as const;

export const joinBoardPayload = z.strictObject({
  boardId: idSchema,
  protocol: z.number().int().positive(),
});
export type JoinBoardPayload = z.infer<typeof joinBoardPayload>;

export type Ack<T = object> = ({ ok: true } & T) | ({ ok: false } & ApiError);
/** `readOnly`: the server will refuse this client's document updates. */
export type JoinBoardAck = Ack<{ board: BoardInfo; readOnly: boolean }>;
export type SyncAck = Ack;

export interface Refusal extends ApiError {
  boardId?: string;
}

/** Binary payloads arrive as Buffer in Node and ArrayBuffer/Uint8Array in browsers. */
export const binarySchema = z
  .custom<Uint8Array | ArrayBuffer>((v) => v instanceof Uint8Array || v instanceof ArrayBuffer, 'expected binary')
  .transform((v) => (v instanceof Uint8Array ? v : new Uint8Array(v)));
