/**
 * Who may do what to a card: the one rule the server enforces on every document update and
 * the client reads to show only the actions a person may take.
 */
import type { FacilitationState } from './facilitation';
import { can, type Role } from './roles';

export interface CardActor {
  role: Role;
  /** The participant id in the actor's token. */
  participantId: string;
}

type Settings = Pick<FacilitationState, 'freeEditing' | 'movesRestricted'>;

/** Facilitators and organisers act on any card of the boards they run. */
export function moderates(actor: CardActor): boolean {
  return can(actor.role, 'board.facilitate');
}

/** Writing a card's text: one's own card, or any card in free co-writing, or as a moderator. */
export function mayEditCardText(actor: CardActor, author: string, settings: Settings): boolean {
  if (!can(actor.role, 'board.edit')) return false;
  return moderates(actor) || settings.freeEditing || author === actor.participantId;
}

/** Deleting a card (it goes to the trash): one's own, or any as a moderator. */
export function mayDeleteCard(actor: CardActor, author: string): boolean {
  if (!can(actor.role, 'board.edit')) return false;
  return moderates(actor) || author === actor.participantId;
}

/** Moving or grouping a card: open to all writers unless the facilitator restricts it. */
export function mayMoveCard(actor: CardActor, settings: Settings): boolean {
  if (!can(actor.role, 'board.edit')) return false;
  return moderates(actor) || !settings.movesRestricted;
}
