/**
 * Keeping a long column still while cards arrive above what a person reads: before the
 * change, note the first row in view and how far from the top it stands; after, scroll so
 * that it stands there again. Pure, so that the arithmetic is tested without a browser.
 */

export interface Placed {
  key: string | number;
  start: number;
  end: number;
}

export interface Anchor {
  key: string | number;
  /** The row's start minus the scroll offset (negative when partly scrolled past). */
  offset: number;
}

/** Row starts from their sizes and the gap between rows. */
export function offsetsOf(sizes: readonly number[], gap: number, paddingStart = 0): number[] {
  const starts: number[] = [];
  let at = paddingStart;
  for (const size of sizes) {
    starts.push(at);
    at += size + gap;
  }
  return starts;
}

/** The first row still in view at `scrollTop`; none at the very top, where new rows should show. */
export function anchorAt(rows: readonly Placed[], scrollTop: number): Anchor | null {
  if (scrollTop <= 0) return null;
  const row = rows.find((r) => r.end > scrollTop);
  return row ? { key: row.key, offset: row.start - scrollTop } : null;
}

/** The scroll offset that puts the anchor's row back where it stood; null when it is gone or in place. */
export function scrollFor(anchor: Anchor | null, startOf: (key: string | number) => number | undefined, scrollTop: number): number | null {
  if (!anchor) return null;
  const start = startOf(anchor.key);
  if (start === undefined) return null;
  const next = Math.max(0, start - anchor.offset);
  return Math.abs(next - scrollTop) < 1 ? null : next;
}
