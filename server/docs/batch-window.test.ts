import { describe, expect, it } from 'vitest';
import { TIMINGS } from '@shared/limits';
import { UpdateRate, batchWindowMs, presenceWindowMs } from './batch-window';

const budget = TIMINGS.batchFanoutFramesPerSecond;

describe('batchWindowMs', () => {
  it('flushes at once while the fan-out stays within the budget', () => {
    expect(batchWindowMs({ updatesPerSecond: 0, clients: 300 })).toBe(0);
    expect(batchWindowMs({ updatesPerSecond: 500, clients: 0 })).toBe(0);
    // 10 people adding a card every 2 s; 100 people doing the same.
    expect(batchWindowMs({ updatesPerSecond: 5, clients: 10 })).toBe(0);
    expect(batchWindowMs({ updatesPerSecond: 50, clients: 100 })).toBe(0);
    expect(batchWindowMs({ updatesPerSecond: budget / 100, clients: 100 })).toBe(0);
  });

  it('waits just long enough to keep the frames sent within the budget', () => {
    const clients = 150;
    const window = batchWindowMs({ updatesPerSecond: 1_000, clients });
    expect(window).toBeGreaterThan(0);
    expect(window).toBeLessThan(TIMINGS.batchIntervalMs);
    // At most one batch per window, each one frame per client.
    expect((1_000 / window) * clients).toBeCloseTo(budget);
  });

  it('widens with the clients a busy board reaches, up to the cap', () => {
    const windows = [120, 200, 300, 500, 2_000].map((clients) => batchWindowMs({ updatesPerSecond: 3_000, clients }));
    for (let i = 1; i < windows.length; i++) expect(windows[i]).toBeGreaterThanOrEqual(windows[i - 1]!);
    expect(windows.at(-1)).toBe(TIMINGS.batchIntervalMs);
    expect(batchWindowMs({ updatesPerSecond: 1e9, clients: 1e6 })).toBe(TIMINGS.batchIntervalMs);
  });

  it('treats nonsense as quiet rather than waiting', () => {
    expect(batchWindowMs({ updatesPerSecond: Number.NaN, clients: 100 })).toBe(0);
    expect(batchWindowMs({ updatesPerSecond: -5, clients: 100 })).toBe(0);
    expect(batchWindowMs({ updatesPerSecond: 100, clients: Number.NaN })).toBe(0);
  });
});

describe('presenceWindowMs', () => {
  it('gathers presence for the interval on a small board', () => {
    expect(presenceWindowMs(0)).toBe(TIMINGS.presenceIntervalMs);
    expect(presenceWindowMs(30)).toBe(TIMINGS.presenceIntervalMs);
    expect(presenceWindowMs(Number.NaN)).toBe(TIMINGS.presenceIntervalMs);
  });

  it('keeps a crowd within the presence budget', () => {
    for (const clients of [500, 1_000, 5_000]) {
      expect((1_000 / presenceWindowMs(clients)) * clients).toBeCloseTo(TIMINGS.presenceFanoutFramesPerSecond);
    }
    expect(presenceWindowMs(1_000)).toBe(200);
  });
});

describe('UpdateRate', () => {
  it('converges on a steady rate', () => {
    const rate = new UpdateRate();
    // 200 updates per second, one every 5 ms, for 10 s.
    for (let t = 0; t < 10_000; t += 5) rate.add(1, t);
    expect(rate.perSecond(10_000)).toBeGreaterThan(190);
    expect(rate.perSecond(10_000)).toBeLessThan(210);
  });

  it('counts batches by their size', () => {
    const ones = new UpdateRate();
    const tens = new UpdateRate();
    for (let t = 0; t < 5_000; t += 10) ones.add(1, t);
    for (let t = 0; t < 5_000; t += 100) tens.add(10, t);
    expect(tens.perSecond(5_000)).toBeCloseTo(ones.perSecond(5_000), -1);
  });

  it('falls back to nothing once the board is quiet', () => {
    const rate = new UpdateRate(1_000);
    for (let t = 0; t < 3_000; t += 2) rate.add(1, t);
    const busy = rate.perSecond(3_000);
    expect(rate.perSecond(4_000)).toBeCloseTo(busy / 2);
    expect(rate.perSecond(20_000)).toBeLessThan(1);
  });
});
