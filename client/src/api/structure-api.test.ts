import { describe, expect, it } from 'vitest';
import { moved } from './structure-api';

describe('moving an item of an ordered list', () => {
  it('swaps it with its neighbour, up or down', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('refuses to move past either end, or an index that is not there', () => {
    expect(moved(['a', 'b'], 0, -1)).toBeNull();
    expect(moved(['a', 'b'], 1, 1)).toBeNull();
    expect(moved(['a'], 3, -1)).toBeNull();
  });
});
