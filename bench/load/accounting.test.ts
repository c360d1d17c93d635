import { describe, expect, it } from 'vitest';
import { allArrived, countInWindow, tally } from './accounting';

const window = { start: 1_000, end: 2_000 };

describe('late and lost accounting', () => {
  it('counts cards by when they were written, not when they arrived', () => {
    expect(countInWindow([999, 1_000, 1_500, 2_000, 2_001], window)).toBe(3);
  });

  it('keeps cards in flight at the end of the window as samples within the grace period', () => {
    const deliveries = [
      { sentAt: 1_100, arrivedAt: 1_110 },
      // Written just before the end, arrived after it: still a sample.
      { sentAt: 1_990, arrivedAt: 2_400 },
      // Written during warm-up: not counted at all.
      { sentAt: 900, arrivedAt: 1_200 },
    ];
    const t = tally(deliveries, window, 500, 2);
    expect(t.latencies).toEqual([10, 410]);
    expect(t).toMatchObject({ late: 0, lost: 0 });
  });

  it('calls late what arrived after the grace period and lost what never arrived', () => {
    const deliveries = [
      { sentAt: 1_100, arrivedAt: 1_150 },
      { sentAt: 1_900, arrivedAt: 2_600 },
    ];
    expect(tally(deliveries, window, 500, 4)).toEqual({ latencies: [50], late: 1, lost: 2 });
  });

  it('ends the grace wait once every counted card is in', () => {
    const deliveries = [
      { sentAt: 1_100, arrivedAt: 1_150 },
      { sentAt: 500, arrivedAt: 1_150 },
    ];
    expect(allArrived(deliveries, window, 1)).toBe(true);
    expect(allArrived(deliveries, window, 2)).toBe(false);
  });
});
