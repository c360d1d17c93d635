/** Latency histogram with 0.1 ms buckets up to 60 s: millions of samples in constant memory. */
const BUCKET_MS = 0.1;
const MAX_MS = 60_000;

export class Histogram {
  private readonly buckets = new Uint32Array(Math.ceil(MAX_MS / BUCKET_MS) + 1);
  count = 0;
  max = 0;

  record(ms: number): void {
    const i = Math.min(this.buckets.length - 1, Math.max(0, Math.round(ms / BUCKET_MS)));
    this.buckets[i]!++;
    this.count++;
    if (ms > this.max) this.max = ms;
  }

  /** The smallest latency that `p` (0..1) of the samples do not exceed. */
  percentile(p: number): number {
    if (this.count === 0) return 0;
    const rank = Math.ceil(p * this.count);
    let seen = 0;
    for (let i = 0; i < this.buckets.length; i++) {
      seen += this.buckets[i]!;
      if (seen >= rank) return Math.round(i * BUCKET_MS * 10) / 10;
    }
    return this.max;
  }
}
