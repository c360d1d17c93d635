import { describe, expect, it } from 'vitest';
import { can } from './roles';

describe('permissions', () => {
  it('keep board structure to organisers and writing away from viewers', () => {
    expect(can('organiser', 'board.structure')).toBe(true);
    expect(can('facilitator', 'board.structure')).toBe(false);
    expect(can('participant', 'board.edit')).toBe(true);
    expect(can('viewer', 'board.edit')).toBe(false);
    expect(can('viewer', 'board.read')).toBe(true);
  });
});
