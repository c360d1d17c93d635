/**
 * What this person may do to one card, from the rules the server enforces
 * (`shared/card-rules.ts`): the card shows those actions and no others.
 */
import { mayDeleteCard, mayEditCardText, mayMoveCard, type CardActor } from '@shared/card-rules';
import type { FacilitationState } from '@shared/facilitation';
import { can } from '@shared/roles';

export type CardSettings = Pick<FacilitationState, 'freeEditing' | 'movesRestricted'>;

export interface CardPermissions {
  /** Text and colour: the server treats a colour as part of what the author wrote. */
  edit: boolean;
  move: boolean;
  remove: boolean;
  /** React and comment: open to every writer. */
  discuss: boolean;
}

export interface CardContext {
  /** The board takes writes now (phase, lock, read-only link). */
  canWrite: boolean;
  actor: CardActor;
  settings: CardSettings;
}

export const NO_PERMISSION: CardPermissions = { edit: false, move: false, remove: false, discuss: false };

/** A private draft belongs to its author alone, who does everything to it but discuss it. */
export function cardPermissions({ canWrite, actor, settings }: CardContext, author: string, draft: boolean): CardPermissions {
  if (!canWrite || !can(actor.role, 'board.edit')) return NO_PERMISSION;
  if (draft) return { edit: true, move: false, remove: true, discuss: false };
  return {
    edit: mayEditCardText(actor, author, settings),
    move: mayMoveCard(actor, settings),
    remove: mayDeleteCard(actor, author),
    discuss: true,
  };
}
