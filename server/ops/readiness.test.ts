import { describe, expect, it } from 'vitest';
import { isReady, readinessProbe } from './readiness';

/** A check that answers only when told to, counting how often it was asked. */
function gatedCheck() {
  const gate = { calls: 0, open: () => undefined as void };
  const check = () => {
    gate.calls++;
    return new Promise<void>((resolve) => (gate.open = resolve));
  };
  return { gate, check };
}

describe('readinessProbe', () => {
  it('lets probes arriving during a check share it, and its answer stand for a while', async () => {
    const { gate, check } = gatedCheck();
    const probe = readinessProbe([{ name: 'storage', check }], { cacheMs: 60_000 });
    const waiting = Array.from({ length: 20 }, () => probe());
    gate.open();
    const answers = await Promise.all(waiting);
    expect(answers.every((a) => a.storage === 'ok')).toBe(true);
    expect(await probe()).toEqual({ storage: 'ok' });
    expect(gate.calls).toBe(1);
  });

  it('checks again once the answer is older than the cache', async () => {
    let calls = 0;
    const probe = readinessProbe([{ name: 'storage', check: async () => void calls++ }], { cacheMs: 0 });
    await probe();
    await probe();
    expect(calls).toBe(2);
  });

  it('says why a dependency is not ready: its error, or no answer in time', async () => {
    const probe = readinessProbe(
      [
        { name: 'storage', check: () => Promise.reject(new Error('attempt to write a readonly database')) },
        { name: 'redis', check: () => new Promise<void>(() => undefined) },
        { name: 'disk', check: async () => undefined },
      ],
      { timeoutMs: 20 },
    );
    const results = await probe();
    expect(results).toEqual({ storage: 'attempt to write a readonly database', redis: 'no answer', disk: 'ok' });
    expect(isReady(results)).toBe(false);
    expect(isReady({ disk: 'ok' })).toBe(true);
  });
});
