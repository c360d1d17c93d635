/**
 * Every key a card, a comment or a group may hold (docs/board-schema.md): the shape and size
 * of its value, and who may change it once the map exists. Looked up in Maps, so a key such as
 * `constructor` is simply unknown.
 */
import { generateKeyBetween } from 'fractional-indexing';
import { CARD_COLORS } from '@shared/board-model';
import { COMMENT_MAX_CHARS } from '@shared/card-comments';
import { LIMITS } from '@shared/limits';
import { LEAD_KINDS, ROADMAP_MAX_LINKS, ROADMAP_STATUSES, ROADMAP_TEXT_MAX_CHARS } from '@shared/roadmap';
import { LEAD_AUTHOR, ROADMAP_MAX_NOTES, ROADMAP_MAX_STATUS_CHANGES, ROADMAP_NOTE_MAX_CHARS } from '@shared/roadmap-log';

/** `size` is a value of the right kind that is too long (payload_too_large), `shape` anything else. */
export type Verdict = 'ok' | 'shape' | 'size';
type Check = (value: unknown) => Verdict;

/**
 * Who may change the key of an existing map: `move` follows mayMoveCard, `edit` mayEditCardText
 * (a comment's author for comments), `author` nobody, `fixed` nobody either (written at
 * creation), `container` may be created once when missing (older cards), never replaced.
 */
export type Access = 'move' | 'edit' | 'author' | 'fixed' | 'container';

export interface KeyRule {
  access: Access;
  /** The shared type the key holds, or the check of its plain value. */
  holds: 'text' | 'array' | 'map' | Check;
  /** Whether the key must be written when the map is created. */
  required?: boolean;
  /** Whether a client may remove the key (leaving a group). */
  removable?: boolean;
}

const DOC_ID = /^[A-Za-z0-9_-]+$/;

export const isDocId = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= LIMITS.docIdMaxChars && DOC_ID.test(v);

const text =
  (max: number, min = 0): Check =>
  (v) =>
    typeof v !== 'string' || v.length < min ? 'shape' : v.length > max ? 'size' : 'ok';
const id: Check = (v) => (isDocId(v) ? 'ok' : typeof v === 'string' && v.length > LIMITS.docIdMaxChars ? 'size' : 'shape');
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? 'ok' : 'shape';
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null ? 'ok' : check(v);
const finite: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? 'ok' : 'shape');
const flag: Check = (v) => (typeof v === 'boolean' ? 'ok' : 'shape');
const day: Check = (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? 'ok' : 'shape');
const texts =
  (maxItems: number, each: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return 'shape';
    if (v.length > maxItems) return 'size';
    for (const item of v) {
      const verdict = each(item);
      if (verdict !== 'ok') return verdict;
    }
    return 'ok';
  };
/** `<boardId>/<cardId>` (shared/roadmap.ts cardLink). */
const link: Check = (v) => {
  if (typeof v !== 'string') return 'shape';
  const parts = v.split('/');
  return parts.length === 2 && parts.every(isDocId) ? 'ok' : v.length > 2 * LIMITS.docIdMaxChars + 1 ? 'size' : 'shape';
};
/**
 * A fractional index every client can place a card next to: an `order` that
 * fractional-indexing refuses would make honest clients fail to add cards in that column.
 */
const order: Check = (v) => {
  if (typeof v !== 'string' || v.length === 0) return 'shape';
  if (v.length > LIMITS.orderMaxChars) return 'size';
  try {
    generateKeyBetween(v, null);
    return 'ok';
  } catch {
    return 'shape';
  }
};
const author = text(LIMITS.docIdMaxChars, 1);
const name = text(LIMITS.nameMaxChars);
/**
 * An entry of a roadmap log (shared/roadmap-log.ts): a plain object with exactly these keys,
 * dated, written by a participant or the lead. Whose entries may be appended is
 * check-roadmap-log's business.
 */
const logEntry =
  (own: ReadonlyMap<string, Check>): Check => {
  const checks = new Map<string, Check>([['at', finite], ['by', (b) => (b === LEAD_AUTHOR ? 'ok' : id(b))], ['byName', name], ...own]);
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'shape';
    const entry = v as Record<string, unknown>;
    const keys = Object.keys(entry);
    if (keys.length !== checks.size) return 'shape';
    for (const [key, check] of checks) {
      const verdict = Object.hasOwn(entry, key) ? check(entry[key]) : 'shape';
      if (verdict !== 'ok') return verdict;
    }
    return 'ok';
  };
};
const progressNote = logEntry(new Map([['text', text(ROADMAP_NOTE_MAX_CHARS, 1)]]));
const statusChange = logEntry(new Map([['status', oneOf(ROADMAP_STATUSES)]]));

export const CARD_KEYS = new Map<string, KeyRule>([
  ['text', { access: 'fixed', holds: 'text', required: true }],
  ['comments', { access: 'container', holds: 'array' }],
  ['reactions', { access: 'container', holds: 'map' }],
  ['column', { access: 'move', holds: id, required: true }],
  ['order', { access: 'move', holds: order, required: true }],
  ['group', { access: 'move', holds: id, removable: true }],
  ['author', { access: 'author', holds: author, required: true }],
  ['authorName', { access: 'edit', holds: name }],
  ['color', { access: 'edit', holds: oneOf(CARD_COLORS) }],
  ['createdAt', { access: 'fixed', holds: finite }],
  // Set by the server only (synthesis, anonymity); a client may carry them over when it
  // re-creates a card (undoing its deletion).
  ['origin', { access: 'fixed', holds: link }],
  ['nameHidden', { access: 'fixed', holds: flag }],
  ['tables', { access: 'edit', holds: texts(LIMITS.tablesPerCard, text(LIMITS.titleMaxChars)) }],
  // Roadmap actions (shared/roadmap.ts).
  ['leadKind', { access: 'edit', holds: orNull(oneOf(LEAD_KINDS)) }],
  ['leadName', { access: 'edit', holds: text(ROADMAP_TEXT_MAX_CHARS) }],
  ['partners', { access: 'edit', holds: text(ROADMAP_TEXT_MAX_CHARS) }],
  ['due', { access: 'edit', holds: orNull(day) }],
  ['status', { access: 'edit', holds: oneOf(ROADMAP_STATUSES) }],
  ['links', { access: 'edit', holds: texts(ROADMAP_MAX_LINKS, link) }],
  // Appended only, each entry by its writer (check-roadmap-log.ts).
  ['progress', { access: 'edit', holds: texts(ROADMAP_MAX_NOTES, progressNote) }],
  ['statusHistory', { access: 'edit', holds: texts(ROADMAP_MAX_STATUS_CHANGES, statusChange) }],
]);

export const COMMENT_KEYS = new Map<string, KeyRule>([
  ['id', { access: 'fixed', holds: id, required: true }],
  ['author', { access: 'author', holds: author, required: true }],
  ['authorName', { access: 'edit', holds: name }],
  ['text', { access: 'edit', holds: text(COMMENT_MAX_CHARS), required: true }],
  ['createdAt', { access: 'fixed', holds: finite }],
  ['replyTo', { access: 'fixed', holds: orNull(id) }],
  ['nameHidden', { access: 'fixed', holds: flag }],
]);

export const GROUP_KEYS = new Map<string, KeyRule>([
  ['title', { access: 'move', holds: text(LIMITS.groupTitleMaxChars) }],
  ['column', { access: 'move', holds: id, required: true }],
  ['order', { access: 'move', holds: order, required: true }],
  ['collapsed', { access: 'move', holds: flag }],
]);

/** The participant id in a reaction key `<emoji> <participantId>`, or null when it is not one. */
export function reactionOwner(key: string, reactions: readonly string[]): string | null {
  const space = key.lastIndexOf(' ');
  if (space < 0) return null;
  const owner = key.slice(space + 1);
  return reactions.includes(key.slice(0, space)) && owner.length > 0 && owner.length <= LIMITS.docIdMaxChars ? owner : null;
}
