/**
 * The most-voted cards, as the dashboard, the Word and Markdown reports and the public
 * restitution all rank them: written cards of the working boards (a synthesis repeats their
 * votes, a roadmap holds the staff's actions), most votes first, ties in board order.
 */
import { compareCards } from '../board-model';
import type { BackupBoard, BackupCard } from './backup';
import { workingBoards } from './counted';

export interface RankedCard {
  board: BackupBoard;
  card: BackupCard;
}

export function mostVoted(boards: readonly BackupBoard[], limit: number): RankedCard[] {
  const ranked = workingBoards(boards).flatMap((board) =>
    board.cards
      .filter((card) => card.votes > 0 && card.text.trim() !== '')
      .sort(compareCards)
      .map((card) => ({ board, card })),
  );
  // A stable sort keeps board order among equal votes.
  return ranked.sort((a, b) => b.card.votes - a.card.votes).slice(0, limit);
}

/** A card's text cut to `max` code points (never half an emoji), an ellipsis marking the cut. */
export function shortText(text: string, max: number): string {
  const points = [...text];
  return points.length > max ? `${points.slice(0, max - 1).join('').trimEnd()}…` : text;
}
