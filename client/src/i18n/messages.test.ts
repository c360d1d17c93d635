import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';

const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)];

describe('messages', () => {
  it('have the same keys and placeholders in French and English', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
    const placeholders = (s: unknown) => String(s).match(/{{\w+}}/g)?.sort() ?? [];
    const get = (obj: unknown, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);
    for (const key of keys(fr)) expect(placeholders(get(en, key))).toEqual(placeholders(get(fr, key)));
  });
});
