/**
 * The wire contract between browser and server: HTTP bodies, Socket.IO events and the
 * closed list of error codes (the last two, with the version, in protocol-constants.ts).
 * Bump PROTOCOL_VERSION on any incompatible change.
 */
import { z } from 'zod';
import type { FacilitationState } from './facilitation';
import { LIMITS } from './limits';
import { HIDE_REASON_MAX_CHARS, INBOX_LIMITS } from './moderation';
import { CARD_COLORS } from './board-model';
import type { ErrorCode } from './protocol-constants';
import { ROLES } from './roles';
import { ORGANISATION_MAX_CHARS, STRUCTURE_KINDS, type AuthorKind, type ParticipantProfile } from './structure-kinds';
import { TEMPLATE_IDS } from './templates';

export { DRAFTS_SUFFIX, ERROR_CODES, EVENTS, PROTOCOL_VERSION, RENEWED_TOKEN_HEADER, parseDocId, type ErrorCode } from './protocol-constants';

/**
 * `message` is English for logs and API users; `reason`, when present, is a stable key
 * (`archived`, `locked`, `not_owner`…) that clients translate, falling back to the code.
 */
export interface ApiError {
  error: { code: ErrorCode; message: string; reason?: string };
}

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/, 'not an id');

const trimmed = (max: number) => z.string().trim().min(1).max(max);
/** A calendar day that exists: `2026-02-30` is refused, not silently rolled into March. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'this day does not exist');

export const createWorkshopBody = z.strictObject({
  title: trimmed(LIMITS.titleMaxChars),
  template: z.enum(TEMPLATE_IDS).default('rencontre-ess'),
  date: isoDate.optional(),
  place: trimmed(LIMITS.placeMaxChars).optional(),
  /** The sample workshop of "Découvrir avec un exemple": marked, and deleted after DEMO_LIFETIME_HOURS. */
  demo: z.boolean().optional(),
});

export const updateWorkshopBody = z.strictObject({
  title: trimmed(LIMITS.titleMaxChars).optional(),
  date: isoDate.nullable().optional(),
  place: trimmed(LIMITS.placeMaxChars).nullable().optional(),
  /** Days after archiving before names become "Participant N"; null keeps them. */
  retentionDays: z.number().int().min(0).max(3650).nullable().optional(),
});

/** Who a participant speaks for (shared/structure-kinds.ts): a kind, and optionally the organisation's name. */
export const profileBody = z.strictObject({
  kind: z.enum(STRUCTURE_KINDS),
  organisation: trimmed(ORGANISATION_MAX_CHARS).optional(),
});

export const joinBody = z.strictObject({
  code: z.string().min(1).max(20),
  name: trimmed(LIMITS.nameMaxChars),
  profile: profileBody.optional(),
});

export type ProfileInput = z.infer<typeof profileBody>;

/** `PATCH /api/me`: a participant changes their own name (as the server keeps it) or profile; null clears the profile. */
export const updateMeBody = z
  .strictObject({
    name: trimmed(LIMITS.nameMaxChars).optional(),
    profile: profileBody.nullable().optional(),
  })
  .refine((body) => body.name !== undefined || body.profile !== undefined, 'nothing to change');
export type UpdateMeBody = z.infer<typeof updateMeBody>;

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
  /** Limits a facilitator to one board. */
  bid: idSchema.optional(),
  /**
   * Generation of the role's links (or, for an organiser, of organiser sessions): revoking
   * bumps it and invalidates older tokens; missing means 0.
   */
  gen: z.number().int().min(0).optional(),
});


/** Roles handed out by link; revoking one bumps its generation. */
export const LINK_ROLES = ['facilitator', 'viewer', 'participant'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];
export type LinkGenerations = Record<LinkRole, number>;

/** `organiser`: a private link that makes any browser an organiser (co-organisers, another computer). */
export const createLinkBody = z.strictObject({
  role: z.enum(['organiser', 'facilitator', 'viewer']),
  boardId: idSchema.optional(),
});
export const revokeLinksBody = z.strictObject({ role: z.enum(LINK_ROLES) });
export const archiveBody = z.strictObject({ archived: z.boolean() });
export const redeemBody = z.strictObject({
  invite: z.string().min(10).max(2_000),
  name: trimmed(LIMITS.nameMaxChars),
});

export type InviteRole = 'organiser' | 'facilitator' | 'viewer';
export interface InviteLink {
  role: InviteRole;
  boardId: string | null;
  token: string;
  /** Path of the page that uses it: `/invite/<token>`, or `/present/<boardId>#<token>` for a projector. */
  path: string;
}

/** `POST /api/boards/:id/cards/:cardId/hide`: why the card leaves the room's sight (shared/moderation.ts). */
export const hideCardBody = z.strictObject({ reason: trimmed(HIDE_REASON_MAX_CHARS) });

/** `POST /api/boards/:id/inbox`: a participant's card for a controlled board's inbox. */
export const inboxCardBody = z.strictObject({
  column: idSchema,
  text: trimmed(INBOX_LIMITS.textMaxChars),
  color: z.enum(CARD_COLORS).default('yellow'),
});
export type InboxCardBody = z.infer<typeof inboxCardBody>;

/** Who has private drafts on a board, for the facilitator (`GET /api/boards/:id/drafts`). */
export interface DraftAuthor {
  participantId: string;
  name: string;
  cards: number;
}

export interface RedeemResult {
  workshopId: string;
  participantId: string;
  token: string;
  role: InviteRole;
  boardId: string | null;
  name: string;
  boards: BoardInfo[];
}
export type TokenClaims = z.infer<typeof tokenClaims>;

export interface ColumnInfo {
  id: string;
  title: string;
}
/** `roadmap` cards carry action fields (shared/roadmap.ts); `synthesis` gathers the tables' cards. */
export const BOARD_KINDS = ['board', 'roadmap', 'synthesis'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

export interface BoardInfo {
  id: string;
  workshopId: string;
  title: string;
  columns: ColumnInfo[];
  kind: BoardKind;
  /** Set on the copies of a board made for parallel tables ("Table 2"), and on their synthesis. */
  table: string | null;
  sourceBoardId: string | null;
}
export interface WorkshopInfo {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  joinCode: string;
  createdAt: number;
  /** Set once the organiser archives the workshop: everything read-only, still exportable. */
  archivedAt: number | null;
  /** Days after archiving when names are replaced by "Participant N" (RGPD); null keeps them. */
  retentionDays: number | null;
  /** When names were replaced, by the retention period or by the organiser. */
  anonymisedAt: number | null;
  /** A sample workshop ("Découvrir avec un exemple"): deleted automatically a day after creation. */
  demo: boolean;
  /** The board the facilitators are running now, where participants land after joining; null: none chosen. */
  currentBoardId?: string | null;
  boards: BoardInfo[];
}
export interface OrganisedWorkshop extends WorkshopInfo {
  organiserToken: string;
}
export interface CreatedWorkshop extends OrganisedWorkshop {
  /** The organiser's private link, to get back in from another browser: shown at creation. */
  organiserLink: InviteLink;
}
export interface JoinResult {
  workshopId: string;
  participantId: string;
  participantToken: string;
  name: string;
  profile: ParticipantProfile;
  boards: BoardInfo[];
}

/** `GET /api/workshops/:id/participants` (those who may see authors): names and profiles. */
export interface ParticipantInfo extends ParticipantProfile {
  id: string;
  name: string;
}
/** `GET /api/workshops/:id/kinds` (anyone in the workshop): each participant's kind, for badges and filters. */
export interface AuthorKindsResult {
  authors: AuthorKind[];
}

/** A board's document, or `<boardId>:drafts` (DRAFTS_SUFFIX), the caller's own private drafts. */
export const docIdSchema = z.string().regex(/^[A-Za-z0-9_-]{6,40}(:drafts)?$/, 'not a board id');

export const joinBoardPayload = z.strictObject({
  boardId: docIdSchema,
  protocol: z.number().int().positive(),
});

export const voteRequest = z.strictObject({
  cardId: z.string().min(1).max(40),
  action: z.enum(['cast', 'withdraw']),
});
export type VoteRequest = z.infer<typeof voteRequest>;

export interface BoardStateMessage {
  boardId: string;
  state: FacilitationState;
  /** The server's clock when sent, so that clients correct their drift for the timer. */
  serverNow: number;
}

export interface VotesView {
  boardId: string;
  /** This participant's votes per card. */
  mine: Record<string, number>;
  remaining: number;
  /** Votes per card, or null while hidden from this client. */
  totals: Record<string, number> | null;
}
export type JoinBoardPayload = z.infer<typeof joinBoardPayload>;

export type Ack<T = object> = ({ ok: true } & T) | ({ ok: false } & ApiError);
/**
 * `readOnly`: this client's role never writes documents (a viewer). `token`: a renewed token
 * (same rights, fresh expiry) for a token more than a day old; the client keeps it instead.
 */
/** The workshop was archived (every board read-only for everyone) or reopened. */
export interface WorkshopAccessMessage {
  workshopId: string;
  archived: boolean;
}

export type JoinBoardAck = Ack<{
  board: BoardInfo;
  /** Read-only by role (projector); `archived` makes every board read-only for everyone. */
  readOnly: boolean;
  archived: boolean;
  state: BoardStateMessage;
  votes: VotesView;
  token?: string;
}>;
export type SyncAck = Ack;

export interface Refusal extends ApiError {
  boardId?: string;
}

/** Binary payloads arrive as Buffer in Node and ArrayBuffer/Uint8Array in browsers. */
export const binarySchema = z
  .custom<Uint8Array | ArrayBuffer>((v) => v instanceof Uint8Array || v instanceof ArrayBuffer, 'expected binary')
  .transform((v) => (v instanceof Uint8Array ? v : new Uint8Array(v)));
