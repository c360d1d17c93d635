import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enPages } from './en-pages';
import { fr } from './fr';
import { frPages } from './fr-pages';

const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)];

describe('messages', () => {
  const allFr = { ...fr, ...frPages };
  const allEn = { ...en, ...enPages };

  it('have the same keys and placeholders in French and English', () => {
    expect(keys(allEn).sort()).toEqual(keys(allFr).sort());
    const placeholders = (s: unknown) => String(s).match(/{{\w+}}/g)?.sort() ?? [];
    const get = (obj: unknown, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);
    for (const key of keys(allFr)) expect(placeholders(get(allEn, key))).toEqual(placeholders(get(allFr, key)));
  });

  it('keep each section in one part, so that loading the pages never overwrites the first screen', () => {
    const shared = Object.keys(frPages).filter((section) => section in fr);
    expect(shared).toEqual([]);
  });
});
