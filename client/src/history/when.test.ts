import { describe, expect, it } from 'vitest';
import { momentOf } from './when';

describe('a moment as people read it', () => {
  const now = new Date(2026, 10, 28, 16, 30).getTime();

  it('gives hours without a leading zero and minutes with one, and no day for today', () => {
    expect(momentOf(new Date(2026, 10, 28, 9, 5).getTime(), now, 'fr')).toEqual({ hours: '9', minutes: '05', day: null });
    expect(momentOf(new Date(2026, 10, 28, 10, 45).getTime(), now, 'en')).toEqual({ hours: '10', minutes: '45', day: null });
  });

  it('names the day of an earlier one, in the reader’s language', () => {
    expect(momentOf(new Date(2026, 10, 27, 23, 59).getTime(), now, 'fr')).toEqual({ hours: '23', minutes: '59', day: '27 novembre' });
    expect(momentOf(new Date(2026, 10, 27, 23, 59).getTime(), now, 'en').day).toBe('November 27');
  });
});
