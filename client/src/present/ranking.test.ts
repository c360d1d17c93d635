import { describe, expect, it } from 'vitest';
import { rankByVotes } from './ranking';

describe('ranking by votes', () => {
  const votes: Record<string, number> = { a: 2, b: 5, c: 0, d: 2, e: 1 };
  const ranked = rankByVotes(['a', 'b', 'c', 'd', 'e'], (id) => votes[id] ?? 0);

  it('puts the most voted first and leaves out cards without a vote', () => {
    expect(ranked.map((r) => r.item)).toEqual(['b', 'a', 'd', 'e']);
  });

  it('gives equal votes an equal rank and skips the ranks they share', () => {
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });

  it('keeps board order among equals', () => {
    expect(rankByVotes(['x', 'y', 'z'], () => 1).map((r) => r.item)).toEqual(['x', 'y', 'z']);
  });
});
