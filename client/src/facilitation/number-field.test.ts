import { describe, expect, it } from 'vitest';
import { boundedNumber } from './number-field';

describe('a number typed in a field', () => {
  it('is read with a comma or a point, and kept within bounds', () => {
    expect(boundedNumber('2,5', 1, 10, 5)).toBe(2.5);
    expect(boundedNumber('0', 1, 10, 5)).toBe(1);
    expect(boundedNumber('1e9', 1, 10, 5)).toBe(10);
  });

  it('gives the fallback for what cannot be read', () => {
    for (const text of ['', '  ', 'abc', 'Infinity', '-']) expect(boundedNumber(text, 1, 10, 5)).toBe(5);
  });
});
