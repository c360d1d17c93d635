import { describe, expect, it } from 'vitest';
import { anchorAt, offsetsOf, scrollFor, type Placed } from './window-anchor';

const placed = (keys: string[], sizes: number[], gap = 6): Placed[] => {
  const starts = offsetsOf(sizes, gap);
  return keys.map((key, i) => ({ key, start: starts[i]!, end: starts[i]! + sizes[i]! }));
};

describe('window anchor', () => {
  it('turns row sizes into starts, gaps between', () => {
    expect(offsetsOf([60, 80, 40], 6)).toEqual([0, 66, 152]);
    expect(offsetsOf([60, 80], 0, 10)).toEqual([10, 70]);
  });

  it('keeps the row being read in place when cards arrive above it', () => {
    const before = placed(['a', 'b', 'c', 'd'], [60, 80, 60, 60]);
    const scrollTop = 100; // inside "b" (66–146)
    const anchor = anchorAt(before, scrollTop);
    expect(anchor).toEqual({ key: 'b', offset: -34 });
    const after = placed(['new1', 'new2', 'a', 'b', 'c', 'd'], [60, 120, 60, 80, 60, 60]);
    const startOf = (key: string | number) => after.find((r) => r.key === key)?.start;
    const next = scrollFor(anchor, startOf, scrollTop)!;
    // "b" now starts at 66 + 60 + 6 + 120 + 6 = 258: scrolled by what arrived, it stands as before.
    expect(next).toBe(292);
    expect(startOf('b')! - next).toBe(anchor!.offset);
  });

  it('leaves the top of the list alone, and an anchor that is gone', () => {
    expect(anchorAt(placed(['a'], [60]), 0)).toBeNull();
    expect(scrollFor({ key: 'x', offset: 0 }, () => undefined, 50)).toBeNull();
    expect(scrollFor({ key: 'a', offset: -10 }, () => 60, 70)).toBeNull();
  });
});
