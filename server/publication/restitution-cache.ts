/**
 * Built restitutions kept a few seconds per slug: a link shared in a newsletter may be opened
 * by many at once, and each build reads every board of the workshop (≈60 ms for 750 cards on
 * a busy 2-core machine). Keyed by the publication's version too (its choice and `updatedAt`),
 * so a new choice shows at once; a withdrawal never waits on it, as the publication row is read at every request.
 */
import type { Restitution } from '@shared/publication';

export const RESTITUTION_CACHE = {
  ttlMs: 10_000,
  /** Slugs kept at most; the oldest goes first. */
  maxEntries: 200,
} as const;

interface Entry {
  version: string;
  expiresAt: number;
  restitution: Promise<Restitution>;
}

export class RestitutionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The restitution built for this version of the publication, or `build()` now (shared by concurrent readers). */
  get(slug: string, version: string, build: () => Promise<Restitution>): Promise<Restitution> {
    const at = this.now();
    const kept = this.entries.get(slug);
    if (kept && kept.version === version && kept.expiresAt > at) return kept.restitution;
    this.entries.delete(slug);
    const restitution = build();
    // A failed build (storage away) is not kept: the next reader tries again.
    restitution.catch(() => this.entries.get(slug)?.restitution === restitution && this.entries.delete(slug));
    this.entries.set(slug, { version, expiresAt: at + RESTITUTION_CACHE.ttlMs, restitution });
    if (this.entries.size > RESTITUTION_CACHE.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return restitution;
  }
}
