/**
 * What every part of the board reads without being handed it: the sessions, who this person
 * is and what the facilitation allows, and the page's few shared actions. The value changes
 * on facilitation events (phase, lock, spotlight), never on a card's change.
 */
import { createContext, useContext } from 'react';
import type { BoardKind, ColumnInfo } from '@shared/protocol';
import type { CarriedCard } from '@shared/synthesis';
import type { CardContext } from './card/card-permissions';
import type { Slice } from './store/listeners';
import type { CardRecord } from './store/card-record';
import type { BoardSession } from './store/board-session';

/** A card's dialog: its discussion, an action's details, or the cards to merge into it. */
export type CardDialogKind = 'discussion' | 'roadmap' | 'merge';

/** Stable for the page's life: the board's actions that go through the page. */
export interface BoardActions {
  /** Adds a card at the end of a column, or right after `afterId`, and opens its editor. */
  add(session: BoardSession, column: string, afterId?: string): void;
  remove(session: BoardSession, card: CardRecord): void;
  openDialog(kind: CardDialogKind, session: BoardSession, cardId: string): void;
  spotlight(cardId: string): void;
  /** Cards carried into a roadmap, by card id: read when the board opens, and each carry of this visit. */
  carried: Slice<ReadonlyMap<string, CarriedCard>>;
  markCarried(carried: CarriedCard): void;
  /** A card to bring into view and focus (an address's `#card-<id>`, a merged card), taken by its column. */
  focusRequest: Slice<string | null>;
  focusCard(cardId: string): void;
  /** Says something to everyone's screen reader and on screen (an action's outcome). */
  announce(message: string, failed?: boolean): void;
  /** The card asked to open in its editor when it mounts (a card just added); taken once. */
  takeEditRequest(cardId: string): boolean;
  pendingEdit(): string | null;
}

export interface BoardContextValue extends CardContext {
  board: BoardSession;
  /** Private writing: this participant's drafts, shown among the board's cards. */
  drafts: BoardSession | null;
  kind: BoardKind | undefined;
  /** The board's columns, in order: where a card's menu can move it. */
  columns: readonly ColumnInfo[];
  moderator: boolean;
  /** The organiser's or facilitator's token, for the server actions only they may take. */
  staffToken: string | null;
  /** The vote is open: cards show their vote buttons. */
  voting: boolean;
  /** "Suivre l'animateur": the spotlit card is scrolled into view wherever it is. */
  following: boolean;
  /** On an anonymous board, the names facilitators get from the server (participant id → name). */
  names: ReadonlyMap<string, string>;
  spotlight: string | null;
  actions: BoardActions;
}

const BoardContext = createContext<BoardContextValue | null>(null);

export const BoardProvider = BoardContext.Provider;

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoard outside a board');
  return value;
}
