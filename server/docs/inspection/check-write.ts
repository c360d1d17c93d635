/**
 * Every rule a described update must pass before it is stored, in the order a person would
 * want to hear about them: names on an anonymous board, moderation (a hidden card, a
 * controlled board), then whose card it is, then shapes, then sizes. Each reads the same description: the update is decoded once.
 */
import { checkBoardLimits, type BoardState } from './check-board-limits';
import { checkFields } from './check-fields';
import { checkModeration } from './check-moderation';
import { checkNames } from './check-names';
import { checkOwnership, type Writer } from './check-ownership';
import { checkRoadmapLog } from './check-roadmap-log';
import type { UpdateDescription } from './update-description';

export interface WriteRules {
  writer: Writer;
  /** The facilitator hides authors: no name may be written. */
  anonymous: boolean;
  board: BoardState;
}

export function checkWrite(description: UpdateDescription, { writer, anonymous, board }: WriteRules): void {
  if (anonymous) checkNames(description);
  checkModeration(description, writer);
  checkOwnership(description, writer);
  checkRoadmapLog(description, writer, anonymous, board.unapplied);
  checkFields(description);
  checkBoardLimits(description, board);
}
