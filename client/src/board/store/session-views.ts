/** What a board session tells the page, slice by slice (see BoardSession). */
import type { BoardInfo, BoardStateMessage } from '@shared/protocol';
import type { ConnectionStatus } from '../../sync/socketio-provider';

export interface Identity {
  token: string;
  participantId: string;
  name: string;
  color: string;
  /** A room's screen: it shows the board and is nobody, so it announces no presence. */
  silent?: boolean;
}

export interface ConnectionView {
  status: ConnectionStatus;
  /** Every local edit is stored by the server. */
  saved: boolean;
  synced: boolean;
}

export interface MetaView {
  board: BoardInfo | null;
  /** Facilitator state, and the server clock offset for the timer. */
  state: BoardStateMessage | null;
  clockOffsetMs: number;
  readOnly: boolean;
  /** The organiser archived the workshop: read-only for everyone until reopened. */
  archived: boolean;
}

export interface HistoryView {
  canUndo: boolean;
  canRedo: boolean;
  /** How many of this person's changes can be undone; tells whether a given one is still the last. */
  depth: number;
}
