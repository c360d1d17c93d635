import { describe, expect, it } from 'vitest';
import { demoLifetimeFrom } from './server-config';

describe('the demo lifetime the server gives', () => {
  it('is a number of hours, 0 meaning kept', () => {
    expect(demoLifetimeFrom({ publicUrl: null, demoLifetimeHours: 48 })).toBe(48);
    expect(demoLifetimeFrom({ demoLifetimeHours: 0 })).toBe(0);
  });

  it('is unknown for anything else, so that no figure is made up', () => {
    for (const body of [null, 'text', {}, { demoLifetimeHours: '24' }, { demoLifetimeHours: -1 }, { demoLifetimeHours: Number.NaN }]) {
      expect(demoLifetimeFrom(body)).toBeNull();
    }
  });
});
