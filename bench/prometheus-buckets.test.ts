import { describe, expect, it } from 'vitest';
import { bucketQuantile, readBuckets } from './prometheus-buckets';

const scrape = (counts: Record<string, number>) =>
  [
    '# HELP coatelier_update_seconds Time an update spends in the server',
    '# TYPE coatelier_update_seconds histogram',
    ...Object.entries(counts).map(([le, n]) => `coatelier_update_seconds_bucket{le="${le}"} ${n}`),
    'coatelier_update_seconds_sum 1.5',
    `coatelier_update_seconds_count ${Object.values(counts).at(-1)}`,
    'coatelier_persistence_seconds_bucket{le="0.001"} 99',
  ].join('\n');

describe('Prometheus buckets', () => {
  it('reads one histogram’s cumulative counts, +Inf included, and nothing of the others', () => {
    const buckets = readBuckets(scrape({ '0.001': 2, '0.005': 7, '+Inf': 8 }), 'coatelier_update_seconds');
    expect([...buckets]).toEqual([
      [0.001, 2],
      [0.005, 7],
      [Infinity, 8],
    ]);
  });

  it('interpolates a quantile within its bucket, over what was observed between two scrapes', () => {
    const before = readBuckets(scrape({ '0.001': 10, '0.002': 10, '0.004': 10, '+Inf': 10 }), 'coatelier_update_seconds');
    // Since: 50 under 1 ms, 50 between 2 and 4 ms.
    const after = readBuckets(scrape({ '0.001': 60, '0.002': 60, '0.004': 110, '+Inf': 110 }), 'coatelier_update_seconds');
    expect(bucketQuantile(before, after, 0.5)).toBeCloseTo(0.001, 6);
    expect(bucketQuantile(before, after, 0.75)).toBeCloseTo(0.003, 6);
    expect(bucketQuantile(before, after, 0.99)).toBeCloseTo(0.00396, 6);
  });

  it('reads a quantile past the last bound as that bound, and nothing observed as null', () => {
    const before = readBuckets(scrape({ '0.001': 0, '+Inf': 0 }), 'coatelier_update_seconds');
    const after = readBuckets(scrape({ '0.001': 1, '+Inf': 10 }), 'coatelier_update_seconds');
    expect(bucketQuantile(before, after, 0.99)).toBe(0.001);
    expect(bucketQuantile(after, after, 0.5)).toBeNull();
    expect(bucketQuantile(new Map(), new Map(), 0.5)).toBeNull();
  });
});
