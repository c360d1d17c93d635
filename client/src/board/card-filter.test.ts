import { describe, expect, it } from 'vitest';
import type { Card } from '@shared/board-model';
import { NO_FILTER, isFiltering, matchesFilter } from './card-filter';

const card = (overrides: Partial<Card>): Card => ({
  id: 'c',
  text: 'Les élus connaissent mal les SCIC',
  column: 'x',
  order: 'a0',
  author: 'p',
  authorName: 'Camille',
  color: 'yellow',
  createdAt: 0,
  ...overrides,
});

describe('card filter', () => {
  it('matches text without accents or case', () => {
    expect(matchesFilter(card({}), { ...NO_FILTER, text: 'ELUS' })).toBe(true);
    expect(matchesFilter(card({}), { ...NO_FILTER, text: 'gouvernance' })).toBe(false);
  });

  it('filters by author and colour', () => {
    expect(matchesFilter(card({}), { ...NO_FILTER, author: 'Camille', color: 'yellow' })).toBe(true);
    expect(matchesFilter(card({}), { ...NO_FILTER, author: 'Dominique' })).toBe(false);
    expect(matchesFilter(card({ color: 'blue' }), { ...NO_FILTER, color: 'yellow' })).toBe(false);
  });

  it('filters by the author’s kind of structure, read from the profiles', () => {
    const kinds = new Map([['p', 'scic' as const]]);
    const kindOf = (id: string) => kinds.get(id) ?? null;
    expect(matchesFilter(card({}), { ...NO_FILTER, kind: 'scic' }, kindOf)).toBe(true);
    expect(matchesFilter(card({}), { ...NO_FILTER, kind: 'commune' }, kindOf)).toBe(false);
    // An author without a kind matches no kind.
    expect(matchesFilter(card({ author: 'q' }), { ...NO_FILTER, kind: 'scic' }, kindOf)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, kind: 'scic' })).toBe(true);
  });

  it('knows when nothing is filtered', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, text: '  ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, color: 'pink' })).toBe(true);
  });
});
