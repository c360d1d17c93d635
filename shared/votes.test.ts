import { describe, expect, it } from 'vitest';
import { DEFAULT_FACILITATION } from './facilitation';
import { checkCast, tally } from './votes';

const settings = DEFAULT_FACILITATION.votes;
const mine = (...cards: string[]) => cards.map((cardId) => ({ participantId: 'p', cardId }));

describe('dot voting rules', () => {
  it('enforces the budget', () => {
    expect(checkCast(settings, mine('a', 'b'), 'c')).toBeNull();
    expect(checkCast(settings, mine('a', 'b', 'c'), 'd')).toBe('budget_spent');
  });

  it('allows several votes on one card only when stacking is on', () => {
    expect(checkCast(settings, mine('a'), 'a')).toBe('already_voted');
    expect(checkCast({ ...settings, allowStacking: true }, mine('a'), 'a')).toBeNull();
  });

  it('tallies votes per card', () => {
    expect(tally([...mine('a', 'b'), { participantId: 'q', cardId: 'a' }])).toEqual({ a: 2, b: 1 });
  });
});
