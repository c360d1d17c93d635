import { afterEach, describe, expect, it, vi } from 'vitest';
import { affinityKey } from './affinity-key';

/** A browser's localStorage as far as the key needs it. */
function storage(refuseWrites = false): Pick<Storage, 'getItem' | 'setItem'> {
  const kept = new Map<string, string>();
  return {
    getItem: (key) => kept.get(key) ?? null,
    setItem: (key, value) => {
      if (refuseWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      kept.set(key, value);
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('affinityKey', () => {
  it('is one random key per browser, kept across pages', () => {
    vi.stubGlobal('localStorage', storage());
    const first = affinityKey();
    expect(first).toMatch(/^[\w-]{12}$/);
    expect(affinityKey()).toBe(first);
  });

  it('differs from one browser to the next', () => {
    vi.stubGlobal('localStorage', storage());
    const one = affinityKey();
    vi.stubGlobal('localStorage', storage());
    expect(affinityKey()).not.toBe(one);
  });

  it('still gives a key where storage is refused (private browsing) or absent (Node)', () => {
    vi.stubGlobal('localStorage', storage(true));
    expect(affinityKey()).toMatch(/^[\w-]{12}$/);
    vi.stubGlobal('localStorage', undefined);
    expect(affinityKey()).toMatch(/^[\w-]{12}$/);
  });
});
