import { describe, expect, it } from 'vitest';
import { Histogram } from './histogram';

describe('Histogram', () => {
  it('gives percentiles to 0.1 ms', () => {
    const h = new Histogram();
    for (let i = 1; i <= 1000; i++) h.record(i / 10);
    expect(h.count).toBe(1000);
    expect(h.percentile(0.5)).toBe(50);
    expect(h.percentile(0.99)).toBe(99);
    expect(h.percentile(1)).toBe(100);
    expect(h.max).toBe(100);
  });

  it('answers 0 when empty and clamps huge values', () => {
    const h = new Histogram();
    expect(h.percentile(0.99)).toBe(0);
    h.record(999_999);
    expect(h.percentile(1)).toBe(60_000);
  });
});
