import { describe, expect, it } from 'vitest';
import type { Statement } from './statement';
import enJson from './statement.en.json';
import frJson from './statement.fr.json';

// Typed here: the compiler checks that each language's file has every part of the statement.
const fr: Statement = frJson;
const en: Statement = enJson;

const shape = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(shape) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;

describe('accessibility statement', () => {
  it('says the same things in French and English: same sections, same number of items, same links', () => {
    expect(shape(en)).toEqual(shape(fr));
    expect(en.remedies.ways.map((w) => w.href)).toEqual(fr.remedies.ways.map((w) => w.href));
  });

  it('states partial conformity and names the mandatory sections of the RGAA model', () => {
    expect(fr.status.text).toMatch(/partiellement conforme/);
    expect(fr.inaccessible.nonCompliant.length).toBeGreaterThan(0);
    expect(fr.remedies.ways.some((w) => w.href?.includes('defenseurdesdroits'))).toBe(true);
  });
});
