import { describe, expect, it } from 'vitest';
import type { Card } from '@shared/board-model';
import { EMPTY_ROADMAP, type RoadmapFields } from '@shared/roadmap';
import {
  NO_ROADMAP_FILTER,
  filterRows,
  formatDue,
  isOverdue,
  localDay,
  nextSort,
  rowsOf,
  sortRows,
  truncate,
} from './roadmap-table';

const columns = [
  { id: 'soon', title: 'Dans les 6 mois' },
  { id: 'year', title: 'Dans l’année' },
  { id: 'later', title: 'Plus tard' },
];
const card = (id: string, column: string, text: string): Card => ({
  id,
  text,
  column,
  order: 'a0',
  author: 'p',
  authorName: 'Camille',
  color: 'yellow',
  createdAt: 0,
});
const fields: Record<string, Partial<RoadmapFields>> = {
  guide: { leadKind: 'partenaire', leadName: 'RTES', due: '2027-03-31', status: 'doing', links: ['b/1', 'b/2'] },
  visite: { leadKind: 'metropole', leadName: 'Métropole de Lyon', status: 'todo' },
  annuaire: { leadKind: 'region', leadName: 'Région AURA', due: '2026-12-15', status: 'done', links: ['b/3'] },
  schema: { due: '2027-09-30' },
};
const rows = rowsOf(
  [card('schema', 'later', 'Schéma ESS'), card('guide', 'soon', 'Rédiger un guide'), card('visite', 'year', 'Visites de SCIC'), card('annuaire', 'soon', 'Annuaire des référents'), card('lost', 'gone', 'Colonne supprimée')],
  columns,
  (id) => ({ ...EMPTY_ROADMAP, ...fields[id] }),
  (id) => ({ guide: 2_000, schema: 1_000 })[id] ?? null,
);
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('roadmap rows', () => {
  it('follow the board: by horizon, cards of deleted columns left out', () => {
    expect(ids(rows)).toEqual(['guide', 'annuaire', 'visite', 'schema']);
    expect(rows[2]).toMatchObject({ columnTitle: 'Dans l’année', columnIndex: 1, leadName: 'Métropole de Lyon' });
  });

  it('filter by lead kind and by status, together', () => {
    expect(ids(filterRows(rows, NO_ROADMAP_FILTER))).toEqual(ids(rows));
    expect(ids(filterRows(rows, { leadKind: 'metropole', status: '' }))).toEqual(['visite']);
    expect(ids(filterRows(rows, { leadKind: '', status: 'todo' }))).toEqual(['visite', 'schema']);
    expect(ids(filterRows(rows, { leadKind: 'region', status: 'todo' }))).toEqual([]);
  });

  it('sort by due date both ways, actions without a date last', () => {
    expect(ids(sortRows(rows, { key: 'due', direction: 'ascending' }))).toEqual(['annuaire', 'guide', 'schema', 'visite']);
    expect(ids(sortRows(rows, { key: 'due', direction: 'descending' }))).toEqual(['schema', 'guide', 'annuaire', 'visite']);
  });

  it('sort statuses in their order, text by the alphabet, links by count, keeping ties in board order', () => {
    expect(ids(sortRows(rows, { key: 'status', direction: 'ascending' }))).toEqual(['visite', 'schema', 'guide', 'annuaire']);
    expect(ids(sortRows(rows, { key: 'text', direction: 'ascending' }))).toEqual(['annuaire', 'guide', 'schema', 'visite']);
    expect(ids(sortRows(rows, { key: 'links', direction: 'descending' }))).toEqual(['guide', 'annuaire', 'visite', 'schema']);
    expect(ids(sortRows(rows, { key: 'lead', direction: 'ascending' }))).toEqual(['annuaire', 'visite', 'guide', 'schema']);
    expect(ids(sortRows(rows, null))).toEqual(ids(rows));
  });

  it('sort by the last progress note, actions never followed last', () => {
    expect(rows.find((r) => r.id === 'guide')?.lastNote).toBe(2_000);
    expect(ids(sortRows(rows, { key: 'lastNote', direction: 'descending' }))).toEqual(['guide', 'schema', 'annuaire', 'visite']);
    expect(ids(sortRows(rows, { key: 'lastNote', direction: 'ascending' }))).toEqual(['schema', 'guide', 'annuaire', 'visite']);
  });

  it('turn a header’s direction round on a second click', () => {
    const first = nextSort(null, 'due');
    expect(first).toEqual({ key: 'due', direction: 'ascending' });
    expect(nextSort(first, 'due').direction).toBe('descending');
    expect(nextSort(nextSort(first, 'due'), 'due').direction).toBe('ascending');
    expect(nextSort(first, 'status')).toEqual({ key: 'status', direction: 'ascending' });
  });
});

describe('due dates', () => {
  it('are overdue once past and not done', () => {
    expect(isOverdue({ due: '2026-11-24', status: 'doing' }, '2026-11-25')).toBe(true);
    expect(isOverdue({ due: '2026-11-25', status: 'todo' }, '2026-11-25')).toBe(false);
    expect(isOverdue({ due: '2026-11-24', status: 'done' }, '2026-11-25')).toBe(false);
    expect(isOverdue({ due: null, status: 'todo' }, '2026-11-25')).toBe(false);
  });

  it('read as the device’s calendar day and in the reader’s language', () => {
    expect(localDay(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
    expect(formatDue('2027-03-31', 'fr')).toMatch(/31 mars 2027/);
    expect(formatDue('2027-03-31', 'en')).toMatch(/Mar 31, 2027/);
  });
});

describe('truncate', () => {
  it('keeps short texts and cuts long ones on a word', () => {
    expect(truncate('  Court\n texte ')).toBe('Court texte');
    const long = 'Beaucoup d’élus découvrent le statut SCIC le jour où un projet arrive en conseil.';
    const cut = truncate(long, 40);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(41);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
