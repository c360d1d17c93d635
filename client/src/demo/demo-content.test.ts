import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '@shared/templates';
import { DEMO_BOARDS } from './demo-content';

describe('demo content', () => {
  it('fills each board of the Rencontre ESS template with a dozen cards in existing columns', () => {
    const boards = TEMPLATES['rencontre-ess'].boards;
    expect(DEMO_BOARDS).toHaveLength(boards.length);
    DEMO_BOARDS.forEach((cards, b) => {
      expect(cards.length).toBeGreaterThanOrEqual(12);
      for (const card of cards) {
        expect(card.column).toBeLessThan(boards[b]!.columns.length);
        expect(card.text.length).toBeGreaterThan(10);
      }
    });
  });
});
