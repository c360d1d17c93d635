/**
 * Percentiles of a Prometheus histogram between two scrapes of `/metrics`: the server counts
 * how long each update spends inside it (`coatelier_update_seconds`), and the benchmark reads
 * the counts at its window's start and end. Interpolated within a bucket, as Prometheus'
 * histogram_quantile does, so only as fine as the buckets.
 */

/** Cumulative counts by upper bound (seconds; +Inf as Infinity) of one histogram in a scrape. */
export function readBuckets(text: string, name: string): Map<number, number> {
  const buckets = new Map<number, number>();
  const line = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?)$`);
  for (const row of text.split('\n')) {
    const match = line.exec(row);
    if (!match) continue;
    const le = match[1] === '+Inf' ? Infinity : Number(match[1]);
    if (Number.isFinite(Number(match[2])) && !Number.isNaN(le)) buckets.set(le, Number(match[2]));
  }
  return buckets;
}

/**
 * The `q` (0..1) quantile, in seconds, of what was observed between `before` and `after`, or
 * null when nothing was. A quantile in the +Inf bucket reads as the largest finite bound.
 */
export function bucketQuantile(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>, q: number): number | null {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const counts = bounds.map((le) => (after.get(le) ?? 0) - (before.get(le) ?? 0));
  const total = counts.at(-1) ?? 0;
  if (total <= 0) return null;
  const rank = q * total;
  let lower = 0;
  let below = 0;
  for (const [i, le] of bounds.entries()) {
    const count = counts[i]!;
    if (count >= rank) {
      if (!Number.isFinite(le)) return lower;
      return lower + ((le - lower) * (rank - below)) / Math.max(count - below, 1e-12);
    }
    lower = le;
    below = count;
  }
  return lower;
}
