import { describe, expect, it } from 'vitest';
import { NO_PERMISSION, cardPermissions, type CardContext } from './card-permissions';

const open = { freeEditing: false, movesRestricted: false };
const as = (role: CardContext['actor']['role'], settings = open, canWrite = true): CardContext => ({
  canWrite,
  actor: { role, participantId: 'me' },
  settings,
});

describe('card permissions', () => {
  it('a participant edits and deletes their own cards, moves and discusses any', () => {
    expect(cardPermissions(as('participant'), 'me', false)).toEqual({ edit: true, move: true, remove: true, discuss: true });
    expect(cardPermissions(as('participant'), 'someone', false)).toEqual({ edit: false, move: true, remove: false, discuss: true });
  });

  it('free co-writing opens the text of every card, never its deletion', () => {
    const free = cardPermissions(as('participant', { ...open, freeEditing: true }), 'someone', false);
    expect(free.edit).toBe(true);
    expect(free.remove).toBe(false);
  });

  it('restricted moves leave moving to facilitators', () => {
    const settings = { ...open, movesRestricted: true };
    expect(cardPermissions(as('participant', settings), 'me', false).move).toBe(false);
    expect(cardPermissions(as('facilitator', settings), 'someone', false)).toEqual({ edit: true, move: true, remove: true, discuss: true });
  });

  it('nothing while the board takes no writes, nothing for a viewer', () => {
    expect(cardPermissions(as('organiser', open, false), 'me', false)).toBe(NO_PERMISSION);
    expect(cardPermissions(as('viewer'), 'me', false)).toEqual(NO_PERMISSION);
  });

  it('a private draft is edited and deleted by its author, not moved nor discussed', () => {
    expect(cardPermissions(as('participant'), 'me', true)).toEqual({ edit: true, move: false, remove: true, discuss: false });
  });
});
