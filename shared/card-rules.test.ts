import { describe, expect, it } from 'vitest';
import { mayDeleteCard, mayEditCardText, mayMoveCard } from './card-rules';

const open = { freeEditing: false, movesRestricted: false };
const alice = { role: 'participant' as const, participantId: 'alice-1' };
const facilitator = { role: 'facilitator' as const, participantId: 'fac-1' };
const viewer = { role: 'viewer' as const, participantId: 'view-1' };

describe('card rules', () => {
  it('lets a participant edit and delete only their own cards by default', () => {
    expect(mayEditCardText(alice, 'alice-1', open)).toBe(true);
    expect(mayEditCardText(alice, 'bob-1', open)).toBe(false);
    expect(mayDeleteCard(alice, 'alice-1')).toBe(true);
    expect(mayDeleteCard(alice, 'bob-1')).toBe(false);
  });

  it('opens everyone’s text in free co-writing, never deletion', () => {
    const free = { ...open, freeEditing: true };
    expect(mayEditCardText(alice, 'bob-1', free)).toBe(true);
    expect(mayDeleteCard(alice, 'bob-1')).toBe(false);
  });

  it('lets facilitators act on any card, and viewers on none', () => {
    expect(mayEditCardText(facilitator, 'bob-1', open)).toBe(true);
    expect(mayDeleteCard(facilitator, 'bob-1')).toBe(true);
    expect(mayMoveCard(facilitator, { ...open, movesRestricted: true })).toBe(true);
    expect(mayEditCardText(viewer, 'view-1', { ...open, freeEditing: true })).toBe(false);
    expect(mayMoveCard(viewer, open)).toBe(false);
  });

  it('reserves moves to facilitators when restricted', () => {
    expect(mayMoveCard(alice, open)).toBe(true);
    expect(mayMoveCard(alice, { ...open, movesRestricted: true })).toBe(false);
  });
});
