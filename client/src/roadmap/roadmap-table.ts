/**
 * The roadmap as rows: one per action, with its horizon (column) and fields. Sorting and
 * filtering are pure, so that the table view and its tests read the same rules.
 */
import type { Card } from '@shared/board-model';
import type { ColumnInfo } from '@shared/protocol';
import { LEAD_KINDS, ROADMAP_STATUSES, type LeadKind, type RoadmapFields, type RoadmapStatus } from '@shared/roadmap';

export interface RoadmapRow extends RoadmapFields {
  id: string;
  text: string;
  columnId: string;
  columnTitle: string;
  /** Place of the horizon on the board: sorting by horizon follows the columns, not the alphabet. */
  columnIndex: number;
  /** When the last progress note was written (ms), or null: which actions are followed. */
  lastNote: number | null;
}

export const SORT_KEYS = ['text', 'horizon', 'lead', 'partners', 'due', 'status', 'lastNote', 'links'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface RoadmapSort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

export interface RoadmapFilter {
  leadKind: LeadKind | '';
  status: RoadmapStatus | '';
}
export const NO_ROADMAP_FILTER: RoadmapFilter = { leadKind: '', status: '' };

/** The board's order: by column, then as the cards stand in it. */
export function rowsOf(
  cards: readonly Card[],
  columns: readonly ColumnInfo[],
  fieldsOf: (id: string) => RoadmapFields,
  lastNoteOf: (id: string) => number | null = () => null,
): RoadmapRow[] {
  const place = new Map(columns.map((c, i) => [c.id, i]));
  return cards
    .filter((card) => place.has(card.column))
    .map((card) => {
      const columnIndex = place.get(card.column)!;
      return { ...fieldsOf(card.id), id: card.id, text: card.text, columnId: card.column, columnTitle: columns[columnIndex]!.title, columnIndex, lastNote: lastNoteOf(card.id) };
    })
    .sort((a, b) => a.columnIndex - b.columnIndex);
}

export function filterRows(rows: readonly RoadmapRow[], filter: RoadmapFilter): RoadmapRow[] {
  return rows.filter(
    (row) => (!filter.leadKind || row.leadKind === filter.leadKind) && (!filter.status || row.status === filter.status),
  );
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** A sortable value, or null when the field is empty: empty fields go last both ways. */
function valueOf(row: RoadmapRow, key: SortKey): string | number | null {
  switch (key) {
    case 'text':
      return row.text.trim() || null;
    case 'horizon':
      return row.columnIndex;
    case 'lead':
      return row.leadKind ? `${LEAD_KINDS.indexOf(row.leadKind)} ${row.leadName}` : row.leadName || null;
    case 'partners':
      return row.partners.trim() || null;
    case 'due':
      return row.due;
    case 'status':
      return ROADMAP_STATUSES.indexOf(row.status);
    case 'lastNote':
      return row.lastNote;
    case 'links':
      return row.links.length;
  }
}

/** A stable sort: equal rows keep the board's order. */
export function sortRows(rows: readonly RoadmapRow[], sort: RoadmapSort | null): RoadmapRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, sort.key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return order * sign || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** A header click: sort by that column, or turn its direction round. */
export function nextSort(current: RoadmapSort | null, key: SortKey): RoadmapSort {
  return current?.key === key && current.direction === 'ascending' ? { key, direction: 'descending' } : { key, direction: 'ascending' };
}

/** Today as `YYYY-MM-DD` on this device's calendar. */
export function localDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Past its due day and not done. */
export function isOverdue(fields: Pick<RoadmapFields, 'due' | 'status'>, today: string): boolean {
  return fields.due !== null && fields.status !== 'done' && fields.due < today;
}

/** A due day, short, in the reader's language ("31 mars 2027"). */
export function formatDue(due: string, language: string): string {
  const [year, month, day] = due.split('-').map(Number);
  // Noon UTC: the same calendar day in every time zone.
  const date = new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN, 12));
  return Number.isNaN(date.getTime()) ? due : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** When a note or a status change was written, in the reader's language and time zone. */
export function formatMoment(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** Shortens a card's text for a link or a table cell, on a word boundary when one is near. */
export function truncate(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
