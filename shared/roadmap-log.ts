/**
 * What an action keeps after the day: dated progress notes ("suivi") and the history of its
 * status. Both are plain arrays under the card's `progress` and `statusHistory` keys: each
 * entry is immutable once written and only ever appended (the server refuses anything else
 * from a participant, server/docs/inspection/check-roadmap-log.ts), so a plain value is
 * enough: of two notes added in the same instant by two browsers, the server refuses the one
 * that does not build on the other, and the lead's page writes through the server.
 */
import type * as Y from 'yjs';
import { cardsOf } from './board-model';
import { ROADMAP_STATUSES, type RoadmapStatus } from './roadmap';

export const ROADMAP_NOTE_MAX_CHARS = 1_000;
/** Enough for a weekly note over several years; past it the action is better split. */
export const ROADMAP_MAX_NOTES = 200;
export const ROADMAP_MAX_STATUS_CHANGES = 200;
/** Who writes through a follow-up link: the action's lead, not a participant (ids have no `@`). */
export const LEAD_AUTHOR = '@lead';

interface LogEntry {
  /** Milliseconds since the epoch. */
  at: number;
  /** The writer's participant id, or LEAD_AUTHOR. */
  by: string;
  /** The writer's name when written; empty for an unnamed lead ("Porteur"). */
  byName: string;
}
export interface ProgressNote extends LogEntry {
  text: string;
}
export interface StatusChange extends LogEntry {
  status: RoadmapStatus;
}
export type LogWriter = Pick<LogEntry, 'by' | 'byName'>;

const isEntry = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as LogEntry).at === 'number' && Number.isFinite((v as LogEntry).at) && typeof (v as LogEntry).by === 'string';

const entryOf = (v: Record<string, unknown>): LogEntry => ({ at: v.at as number, by: v.by as string, byName: typeof v.byName === 'string' ? v.byName : '' });

/** Reads the notes defensively (any Yjs client can write the document), oldest first. */
export function readProgress(map: Y.Map<unknown> | undefined): ProgressNote[] {
  const raw = map?.get('progress');
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((v): v is Record<string, unknown> => isEntry(v) && typeof v.text === 'string')
    .slice(0, ROADMAP_MAX_NOTES)
    .map((v) => ({ ...entryOf(v), text: (v.text as string).slice(0, ROADMAP_NOTE_MAX_CHARS) }));
}

export function readStatusHistory(map: Y.Map<unknown> | undefined): StatusChange[] {
  const raw = map?.get('statusHistory');
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((v): v is Record<string, unknown> => isEntry(v) && (ROADMAP_STATUSES as readonly unknown[]).includes(v.status))
    .slice(0, ROADMAP_MAX_STATUS_CHANGES)
    .map((v) => ({ ...entryOf(v), status: v.status as RoadmapStatus }));
}

export interface RoadmapLog {
  progress: ProgressNote[];
  statusHistory: StatusChange[];
}

export const readRoadmapLog = (map: Y.Map<unknown> | undefined): RoadmapLog => ({ progress: readProgress(map), statusHistory: readStatusHistory(map) });

const stored = (map: Y.Map<unknown>, key: string): unknown[] => {
  const v = map.get(key);
  return Array.isArray(v) ? v : [];
};

/** Appends a note; false when the card is gone, the text empty or the notes full. */
export function addProgressNote(doc: Y.Doc, cardId: string, text: string, writer: LogWriter, at = Date.now()): boolean {
  const card = cardsOf(doc).get(cardId);
  const trimmed = text.trim().slice(0, ROADMAP_NOTE_MAX_CHARS);
  if (!card || !trimmed) return false;
  const notes = stored(card, 'progress');
  if (notes.length >= ROADMAP_MAX_NOTES) return false;
  card.set('progress', [...notes, { text: trimmed, at, by: writer.by, byName: writer.byName }]);
  return true;
}

/** Sets the status and appends the change to the history, in one transaction; false when nothing changed. */
export function changeStatus(doc: Y.Doc, cardId: string, status: RoadmapStatus, writer: LogWriter, at = Date.now()): boolean {
  const card = cardsOf(doc).get(cardId);
  if (!card || card.get('status') === status) return false;
  const history = stored(card, 'statusHistory');
  doc.transact(() => {
    card.set('status', status);
    // A full history still lets the status change: the oldest changes tell least.
    if (history.length < ROADMAP_MAX_STATUS_CHANGES) card.set('statusHistory', [...history, { status, at, by: writer.by, byName: writer.byName }]);
  });
  return true;
}

/**
 * Renames the writers of an action's record (RGPD retention, a participant erasing their
 * name): `rename` gives a participant id's new name, or null to leave it. Blank names stay
 * blank; an unchanged record is not written. Server-side only: a participant may never
 * rewrite the record.
 */
export function renameLogWriters(card: Y.Map<unknown>, rename: (participantId: string) => string | null): void {
  for (const key of ['progress', 'statusHistory']) {
    const entries = card.get(key);
    if (!Array.isArray(entries)) continue;
    let changed = false;
    const next = entries.map((entry: unknown) => {
      if (!isEntry(entry) || typeof entry.byName !== 'string' || entry.byName === '') return entry;
      const name = rename(entry.by as string);
      if (name === null || name === entry.byName) return entry;
      changed = true;
      return { ...entry, byName: name };
    });
    if (changed) card.set(key, next);
  }
}
