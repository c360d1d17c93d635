import { readFileSync } from 'node:fs';
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

  it('names the mandatory sections of the RGAA model', () => {
    expect(fr.remedies.ways.some((w) => w.href?.includes('defenseurdesdroits'))).toBe(true);
    expect(fr.inaccessible.derogations).toBeTruthy();
  });

  it('gives the counts of the audit grid (docs/rgaa-audit.md), which add up criterion by criterion', () => {
    const grid = readFileSync(new URL('../../../docs/rgaa-audit.md', import.meta.url), 'utf8');
    const states = [...grid.matchAll(/^\| \d+\.\d+ \| [^|]* \| (C|NC|NA) \|/gm)].map((m) => m[1]);
    expect(states).toHaveLength(106);
    const count = (state: string) => states.filter((s) => s === state).length;
    const [c, nc, na] = [count('C'), count('NC'), count('NA')];
    expect(grid).toContain(`| **total** | **106** | **${c}** | **${nc}** | **${na}** |`);
    const rate = (locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format((100 * c) / (c + nc));
    expect(grid).toContain(`**Résultat : ${c} critères conformes, ${nc} non conforme${nc > 1 ? 's' : ''}, ${na} non applicables — taux de conformité ${rate('fr')} %**`);
    expect(fr.results.text).toContain(`${rate('fr')} % des critères applicables du RGAA 4.1 sont respectés : ${c} critères conformes, ${nc} non conforme${nc > 1 ? 's' : ''}, ${na} non applicables sur 106`);
    expect(en.results.text).toContain(`${rate('en')}% of the applicable RGAA 4.1 criteria are met: ${c} criteria met, ${nc} not met, ${na} not applicable out of 106`);
    // One line of the statement per criterion not met, naming it.
    const notMet = [...grid.matchAll(/^\| (\d+\.\d+) \| [^|]* \| NC \|/gm)].map((m) => m[1]!);
    // The status follows the grid: fully conformant only with every applicable criterion met.
    expect(fr.status.text).toMatch(nc === 0 ? /totalement conforme/ : /partiellement conforme/);
    expect(en.status.text).toMatch(nc === 0 ? /fully compliant/ : /partially compliant/);
    // The footer of every page says the same (RGAA model: "Accessibilité : … conforme").
    const footer = (file: string) => readFileSync(new URL(`../i18n/${file}`, import.meta.url), 'utf8');
    expect(footer('fr.ts')).toContain(nc === 0 ? 'Accessibilité : totalement conforme' : 'Accessibilité : partiellement conforme');
    expect(footer('en.ts')).toContain(nc === 0 ? 'Accessibility: fully compliant' : 'Accessibility: partially compliant');
    for (const statement of [fr, en]) {
      expect(statement.inaccessible.nonCompliant).toHaveLength(nc);
      notMet.forEach((criterion, i) => expect(statement.inaccessible.nonCompliant[i]).toContain(`${criterion})`));
    }
  });
});
