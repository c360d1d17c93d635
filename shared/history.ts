/**
 * The trash (deleted cards, restorable by facilitators) and history checkpoints (a board's
 * whole document at a moment, which an organiser can bring the board back to): what the
 * server keeps and what its routes answer. See docs/protocol.md.
 */
import type { CardColor } from './board-model';

/** Why a checkpoint was taken: the client names it ("avant la révélation des votes"). */
export const CHECKPOINT_REASONS = [
  'activity',
  'paste',
  'drafts_reveal',
  'votes_reveal',
  'merge',
  'before_restore',
] as const;
export type CheckpointReason = (typeof CHECKPOINT_REASONS)[number];

export const HISTORY_LIMITS = {
  /** A board being written to gets a checkpoint at most this often (and at least, while active). */
  checkpointEveryMs: 10 * 60_000,
  /** An update creating this many cards at once (a pasted list, revealed drafts) is preceded by one. */
  bulkCards: 5,
  /** Checkpoints kept per board: the newest ones, and every one of the last day… */
  keepLatestCheckpoints: 50,
  keepCheckpointsForMs: 24 * 60 * 60_000,
  /** …but never more than this, whatever a busy or hostile day writes. */
  maxCheckpointsPerBoard: 200,
  /** Deleted cards kept per board (the oldest go first). */
  maxTrashPerBoard: 2_000,
  /** Deleted cards listed at once, newest first. */
  trashListed: 500,
} as const;

/** A deleted card as the trash lists it. Names are blank on an anonymous board. */
export interface TrashEntry {
  id: number;
  cardId: string;
  text: string;
  column: string;
  color: CardColor;
  author: string;
  authorName: string;
  createdAt: number;
  comments: number;
  deletedAt: number;
  /** Participant id of who deleted it, when the server knows it. */
  deletedBy: string | null;
  deletedByName: string;
}

export interface CheckpointEntry {
  id: number;
  reason: CheckpointReason;
  takenAt: number;
  /** Cards on the board at that moment. */
  cards: number;
}

export interface TrashList {
  entries: TrashEntry[];
}

export interface CheckpointList {
  checkpoints: CheckpointEntry[];
}

export interface RestoredCard {
  cardId: string;
}

export interface RevertResult {
  /** The checkpoint taken just before going back, so that going back can be undone. */
  undoCheckpointId: number;
}
