import { describe, expect, it } from 'vitest';
import type { Group } from '@shared/board-groups';
import { cardIds, columnRows, type ColumnInput } from './column-rows';

const slot = (id: string, order: string, group: string | null = null) => ({ id, order, group });
const group = (id: string, order: string, collapsed = false): Group => ({ id, title: id.toUpperCase(), column: 'c', order, collapsed });
const input = (over: Partial<ColumnInput>): ColumnInput => ({ slots: [], drafts: [], groups: [], visible: null, votes: null, ...over });

describe('column rows', () => {
  const slots = [slot('a', 'a0'), slot('b', 'a1', 'g'), slot('c', 'a2'), slot('d', 'a3', 'gone'), slot('e', 'a4', 'g')];

  it('puts each group’s cards under its header, then the loose cards; a missing group frees its cards', () => {
    const rows = columnRows(input({ slots, groups: [group('g', 'a0')] }));
    expect(rows.map((r) => r.key)).toEqual(['group:g', 'b', 'e', 'a', 'c', 'd']);
    expect(rows[0]).toMatchObject({ kind: 'group', count: 2 });
  });

  it('folds a collapsed group, and counts only what the filter shows', () => {
    const rows = columnRows(input({ slots, groups: [group('g', 'a0', true)], visible: (id) => id !== 'e' }));
    expect(rows.map((r) => r.key)).toEqual(['group:g', 'a', 'c', 'd']);
    expect(rows[0]).toMatchObject({ count: 1 });
  });

  it('merges private drafts among the loose cards by order', () => {
    const rows = columnRows(input({ slots: [slot('a', 'a0'), slot('c', 'a2')], drafts: [slot('x', 'a1'), slot('z', 'a9')] }));
    expect(rows.map((r) => (r.kind === 'card' ? `${r.id}${r.draft ? '*' : ''}` : r.key))).toEqual(['a', 'x*', 'c', 'z*']);
  });

  it('shows a revealed draft once, as the board’s card, while the drafts still hold it', () => {
    const rows = columnRows(input({ slots: [slot('a', 'a0'), slot('x', 'a1')], drafts: [slot('x', 'a1'), slot('z', 'a9')] }));
    expect(rows.map((r) => (r.kind === 'card' ? `${r.id}${r.draft ? '*' : ''}` : r.key))).toEqual(['a', 'x', 'z*']);
  });

  it('sorts by votes within each part, keeping the board order between equals', () => {
    const votes = new Map([['c', 3], ['e', 1]]);
    const rows = columnRows(input({ slots, groups: [group('g', 'a0')], votes: (id) => votes.get(id) ?? 0 }));
    expect(cardIds(rows)).toEqual(['e', 'b', 'c', 'a', 'd']);
  });

  it('reads each card once, however many groups the column has', () => {
    const groups = Array.from({ length: 50 }, (_, i) => group(`g${i}`, `a${String(i).padStart(3, '0')}`));
    const many = Array.from({ length: 2_000 }, (_, i) => slot(`k${i}`, `a${String(i).padStart(6, '0')}`, `g${i % 60}`));
    let reads = 0;
    const rows = columnRows(input({ slots: many, groups, visible: () => (reads++, true) }));
    expect(reads).toBe(2_000);
    expect(cardIds(rows)).toHaveLength(2_000);
  });
});
