import { describe, expect, it } from 'vitest';
import type { Restitution } from '@shared/publication';
import { RESTITUTION_CACHE, RestitutionCache } from './restitution-cache';

const restitution = (title: string): Restitution => ({
  workshop: { title, date: null, place: null },
  participation: [],
  synthesis: [],
  topCards: [],
  roadmap: [],
  boards: [],
  indexable: false,
});

describe('RestitutionCache', () => {
  it('builds once per slug and version within its lifetime, again after it or for a new choice', async () => {
    let now = 0;
    let builds = 0;
    const cache = new RestitutionCache(() => now);
    const build = () => Promise.resolve(restitution(`v${++builds}`));
    expect((await cache.get('s', 'v1', build)).workshop.title).toBe('v1');
    expect((await cache.get('s', 'v1', build)).workshop.title).toBe('v1');
    // Republished: the new choice at once.
    expect((await cache.get('s', 'v2', build)).workshop.title).toBe('v2');
    now += RESTITUTION_CACHE.ttlMs;
    expect((await cache.get('s', 'v2', build)).workshop.title).toBe('v3');
  });

  it('shares one build between readers arriving together, and keeps no failure', async () => {
    const cache = new RestitutionCache(() => 0);
    let builds = 0;
    const failing = () => {
      builds++;
      return Promise.reject(new Error('storage away'));
    };
    const [a, b] = [cache.get('s', 'v1', failing), cache.get('s', 'v1', failing)];
    await expect(a).rejects.toThrow('storage away');
    await expect(b).rejects.toThrow('storage away');
    expect(builds).toBe(1);
    expect((await cache.get('s', 'v1', () => Promise.resolve(restitution('ok')))).workshop.title).toBe('ok');
  });

  it('keeps a bounded number of slugs', async () => {
    const cache = new RestitutionCache(() => 0);
    let builds = 0;
    const build = () => Promise.resolve(restitution(`v${++builds}`));
    for (let i = 0; i <= RESTITUTION_CACHE.maxEntries; i++) await cache.get(`s${i}`, 'v1', build);
    // The first slug went when the last came in.
    expect((await cache.get('s0', 'v1', build)).workshop.title).toBe(`v${RESTITUTION_CACHE.maxEntries + 2}`);
  });
});
