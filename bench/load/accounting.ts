/**
 * Which cards count, and how each counted card fared at each observer. A card counts when
 * it was written inside the measured window, whenever it arrives: cutting at the window's
 * end would drop exactly the slowest cards. It is on time if it arrived within the grace
 * period after the window, late if after, lost if never (before the convergence deadline).
 */
export interface Delivery {
  sentAt: number;
  arrivedAt: number;
}

export interface Window {
  start: number;
  end: number;
}

export interface Tally {
  /** Latencies of the counted cards that arrived on time. */
  latencies: number[];
  late: number;
  lost: number;
}

export const inWindow = (t: number, w: Window) => t >= w.start && t <= w.end;

/** Cards written inside the window, from each card's write time. */
export const countInWindow = (sentAt: readonly number[], w: Window) => sentAt.reduce((n, t) => n + (inWindow(t, w) ? 1 : 0), 0);

/** One observer's tally, given how many counted cards others wrote on its board. */
export function tally(deliveries: readonly Delivery[], w: Window, graceMs: number, expected: number): Tally {
  const latencies: number[] = [];
  let late = 0;
  for (const d of deliveries) {
    if (!inWindow(d.sentAt, w)) continue;
    if (d.arrivedAt <= w.end + graceMs) latencies.push(d.arrivedAt - d.sentAt);
    else late++;
  }
  return { latencies, late, lost: Math.max(0, expected - latencies.length - late) };
}

/** Whether an observer has every counted card it expects (the grace wait ends early then). */
export const allArrived = (deliveries: readonly Delivery[], w: Window, expected: number) =>
  deliveries.reduce((n, d) => n + (inWindow(d.sentAt, w) ? 1 : 0), 0) >= expected;
