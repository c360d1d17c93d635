import { describe, expect, it } from 'vitest';
import { formatDay } from './format-date';

describe('formatDay', () => {
  it('writes the day in the reader’s language', () => {
    expect(formatDay('2026-12-01', 'fr')).toBe('mardi 1 décembre 2026');
    expect(formatDay('2026-12-01', 'en')).toBe('Tuesday, December 1, 2026');
  });

  it('shows an impossible date as typed instead of failing', () => {
    expect(formatDay('2026-13-45', 'fr')).toBe('2026-13-45');
    expect(formatDay('2026-02-31', 'en')).toBe('2026-02-31');
  });
});
