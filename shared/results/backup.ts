/**
 * The workshop backup: a complete, versioned JSON picture of a workshop (boards, columns,
 * cards, groups, votes, comments, reactions, roadmap fields, participants). It is the `json`
 * export, the input of every other export format, and what `POST /api/workshops/import`
 * accepts back: this schema validates it at that boundary. Bump BACKUP_VERSION on any
 * incompatible change (and keep reading the older versions).
 */
import { z } from 'zod';
import { CARD_COLORS } from '../board-model';
import { COMMENT_MAX_CHARS } from '../card-comments';
import { LIMITS } from '../limits';
import { BOARD_KINDS } from '../protocol';
import { ROLES } from '../roles';
import { BACKUP_LIMITS } from './backup-limits';
import { ORGANISATION_MAX_CHARS, STRUCTURE_KINDS } from '../structure-kinds';
import { LEAD_KINDS, ROADMAP_LINK_MAX_CHARS, ROADMAP_MAX_LINKS, ROADMAP_STATUSES, ROADMAP_TEXT_MAX_CHARS } from '../roadmap';
import { ROADMAP_MAX_NOTES, ROADMAP_MAX_STATUS_CHANGES, ROADMAP_NOTE_MAX_CHARS } from '../roadmap-log';

export const BACKUP_FORMAT = 'coatelier-backup';
export const BACKUP_VERSION = 1;

export { BACKUP_LIMITS } from './backup-limits';

const id = z.string().min(1).max(80);
const text = (max: number) => z.string().max(max);
const time = z.number().int().min(0);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/**
 * Who a participant speaks for: null when they did not say; optional, as backups written
 * before profiles existed (and fixtures) leave it out. Exports always write it.
 */
const kind = z.enum(STRUCTURE_KINDS).nullable().optional();
const organisation = text(ORGANISATION_MAX_CHARS).nullable().optional();
/**
 * How a person came in: by the join code (`participant`) or an invitation (facilitator,
 * co-organiser, screen). Optional: backups written before it was kept leave it out, and
 * their people are all counted as participants.
 */
const role = z.enum(ROLES).optional();

export const backupComment = z.object({
  id,
  author: text(80),
  authorName: text(LIMITS.nameMaxChars),
  text: text(COMMENT_MAX_CHARS),
  createdAt: time,
  replyTo: id.nullable(),
});

/** Who wrote an entry of an action's record: a participant id, or `@lead`. */
const logEntry = { at: time, by: id, byName: text(LIMITS.nameMaxChars) };

export const backupRoadmap = z.object({
  leadKind: z.enum(LEAD_KINDS).nullable(),
  leadName: text(ROADMAP_TEXT_MAX_CHARS),
  partners: text(ROADMAP_TEXT_MAX_CHARS),
  due: day.nullable(),
  status: z.enum(ROADMAP_STATUSES),
  links: z.array(z.string().max(ROADMAP_LINK_MAX_CHARS)).max(ROADMAP_MAX_LINKS),
  /** The action's record (shared/roadmap-log.ts); absent from backups made before it. */
  progress: z.array(z.object({ ...logEntry, text: z.string().min(1).max(ROADMAP_NOTE_MAX_CHARS) })).max(ROADMAP_MAX_NOTES).optional(),
  statusHistory: z.array(z.object({ ...logEntry, status: z.enum(ROADMAP_STATUSES) })).max(ROADMAP_MAX_STATUS_CHANGES).optional(),
});

export const backupCard = z.object({
  id,
  column: id,
  group: id.nullable(),
  order: z.string().min(1).max(200),
  text: text(LIMITS.cardTextMaxChars),
  color: z.enum(CARD_COLORS),
  author: text(80),
  authorName: text(LIMITS.nameMaxChars),
  /** The author's profile, resolved from `author` when exported (null: none, or not a participant). */
  authorKind: kind,
  authorOrganisation: organisation,
  createdAt: time,
  /** Votes on this card: derived from the board's `votes`, kept for readers of the file. */
  votes: z.number().int().min(0),
  /**
   * Reaction → the participants who gave it. Zod drops a `__proto__` key; the rest land in
   * an object without prototype, so that no reaction name ("constructor") reads as a method.
   */
  reactions: z
    .record(z.string().max(16), z.array(id).max(BACKUP_LIMITS.maxParticipants))
    .transform((r): Record<string, string[]> => Object.assign(Object.create(null), r)),
  comments: z.array(backupComment).max(BACKUP_LIMITS.maxCommentsPerCard),
  /** On roadmap boards only. */
  roadmap: backupRoadmap.nullable(),
  /** On synthesis boards: the tables the card came from. */
  tables: z.array(text(LIMITS.titleMaxChars)).max(100),
});

export const backupGroup = z.object({
  id,
  title: text(LIMITS.titleMaxChars),
  column: id,
  order: z.string().min(1).max(200),
  collapsed: z.boolean(),
});

export const backupBoard = z.object({
  id,
  title: text(LIMITS.titleMaxChars),
  kind: z.enum(BOARD_KINDS),
  table: text(LIMITS.titleMaxChars).nullable(),
  sourceBoardId: id.nullable(),
  columns: z.array(z.object({ id, title: text(LIMITS.columnTitleMaxChars) })).max(LIMITS.maxColumnsPerBoard),
  groups: z.array(backupGroup).max(BACKUP_LIMITS.maxCardsPerBoard),
  cards: z.array(backupCard).max(BACKUP_LIMITS.maxCardsPerBoard),
  votes: z.array(z.object({ participantId: id, cardId: id })).max(BACKUP_LIMITS.maxVotesPerBoard),
});

export const workshopBackup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: time,
  /** True when names were replaced by "Participant N" for this export. */
  anonymous: z.boolean(),
  workshop: z.object({
    title: text(LIMITS.titleMaxChars).min(1),
    date: day.nullable(),
    place: text(LIMITS.placeMaxChars).nullable(),
    createdAt: time,
    archivedAt: time.nullable(),
    retentionDays: z.number().int().min(0).max(3650).nullable(),
  }),
  participants: z
    .array(z.object({ id, name: text(LIMITS.nameMaxChars), joinedAt: time, kind, organisation, role }))
    .max(BACKUP_LIMITS.maxParticipants),
  boards: z.array(backupBoard).max(LIMITS.maxBoardsPerWorkshop),
});

export type WorkshopBackup = z.infer<typeof workshopBackup>;
export type BackupBoard = z.infer<typeof backupBoard>;
export type BackupCard = z.infer<typeof backupCard>;
export type BackupComment = z.infer<typeof backupComment>;
export type BackupGroup = z.infer<typeof backupGroup>;
