import { describe, expect, it } from 'vitest';
import { allMet, blockingWithin, keystrokeFigures, percentile, targetsFor } from './browser-figures';

describe('blocking time from long tasks', () => {
  const tasks = [
    { startTime: 900, duration: 400 }, // before the window, though it ends inside
    { startTime: 1_000, duration: 50 },
    { startTime: 2_000, duration: 120.4 },
    { startTime: 5_999, duration: 80 },
    { startTime: 6_000, duration: 300 }, // after the window
  ];

  it('sums what each task of the window exceeds 50 ms and keeps the worst', () => {
    expect(blockingWithin(tasks, 1_000, 6_000)).toEqual({ longTasks: 3, totalBlockingMs: 100, worstTaskMs: 120 });
  });

  it('is zero for a quiet window', () => {
    expect(blockingWithin(tasks, 7_000, 8_000)).toEqual({ longTasks: 0, totalBlockingMs: 0, worstTaskMs: 0 });
  });
});

describe('keystroke figures', () => {
  it('takes percentiles by nearest rank', () => {
    expect(percentile([5], 0.95)).toBe(5);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(percentile([1, 2, 3, 4], 0.95)).toBe(4);
    expect(percentile([1, 2, 3, 4], 0)).toBe(1);
  });

  it('gives nearest-rank percentiles over the keys typed', () => {
    const samples = Array.from({ length: 40 }, (_, i) => i + 1);
    expect(keystrokeFigures(samples)).toEqual({ keys: 40, p50Ms: 20, p95Ms: 38, maxMs: 40 });
  });

  it('keeps keys that took over a minute as they are', () => {
    expect(keystrokeFigures([43_827.26, 63_519.4, 12.04, 60_000.2])).toEqual({ keys: 4, p50Ms: 43_827.3, p95Ms: 63_519.4, maxMs: 63_519 });
  });

  it('says nothing was measured rather than zero', () => {
    expect(keystrokeFigures([])).toEqual({ keys: 0, p50Ms: null, p95Ms: null, maxMs: null });
  });
});

describe("issue 10's targets", () => {
  const remote = { longTasks: 2, totalBlockingMs: 120, worstTaskMs: 100 };
  const local = { keys: 40, p50Ms: 12, p95Ms: 30, maxMs: 45 };

  it('holds a 2,000-card board to all four, a task of exactly 100 ms included', () => {
    const targets = targetsFor({ cards: 2_000, openMs: 900, remote, local });
    expect(Object.keys(targets)).toEqual(['openMs', 'remoteTotalBlockingMs', 'remoteWorstTaskMs', 'localKeystrokeP95Ms']);
    expect(allMet(targets)).toBe(true);
  });

  it('fails a target that was missed or not measured', () => {
    const targets = targetsFor({ cards: 300, openMs: 1_000, remote: null, local });
    expect(targets.openMs).toEqual({ limit: 1_000, value: 1_000, met: false });
    expect(targets.remoteTotalBlockingMs).toEqual({ limit: 300, value: null, met: false });
    expect(targets.localKeystrokeP95Ms!.met).toBe(true);
    expect(allMet(targets)).toBe(false);
  });

  it('asks only the opening time of 5,000 cards, and nothing past that size', () => {
    expect(targetsFor({ cards: 5_000, openMs: 2_900, remote: null, local: null })).toEqual({ openMs: { limit: 3_000, value: 2_900, met: true } });
    expect(allMet(targetsFor({ cards: 8_000, openMs: 9_000, remote: null, local: null }))).toBeNull();
  });
});
