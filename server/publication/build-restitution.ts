/**
 * The public restitution, built from the workshop's backup: pure, so that what may leave
 * the server is decided in one place and tested without one. Only what is named here is
 * copied out (never a spread of a backup object), so a field added to the backup later —
 * a name, an organisation, an id — cannot slip into the public page.
 */
import { compareCards } from '@shared/board-model';
import { PUBLICATION_LIMITS, type PublicAction, type PublicBoard, type PublicCard, type PublicColumn, type PublicTopCard, type Restitution } from '@shared/publication';
import { tallyByKind } from '@shared/results/by-kind';
import type { BackupBoard, BackupCard, WorkshopBackup } from '@shared/results/backup';
import { countedParticipants, workingBoards } from '@shared/results/counted';
import { mostVoted } from '@shared/results/top-cards';
const written = (card: BackupCard) => card.text.trim() !== '';
const publicCard = (card: BackupCard): PublicCard => ({ text: card.text, kind: card.authorKind ?? null, votes: card.votes });

/** Columns in order, then "Autres" for cards whose column was deleted; cards in board order. */
function publicBoard(board: BackupBoard): PublicBoard {
  const cards = board.cards.filter(written).sort(compareCards);
  const kept = cards.slice(0, PUBLICATION_LIMITS.cardsPerBoard);
  const known = new Set(board.columns.map((c) => c.id));
  const columns: PublicColumn[] = board.columns.map((column) => ({
    title: column.title,
    cards: kept.filter((c) => c.column === column.id).map(publicCard),
  }));
  const orphans = kept.filter((c) => !known.has(c.column));
  if (orphans.length > 0) columns.push({ title: null, cards: orphans.map(publicCard) });
  return { title: board.title, columns, omitted: cards.length - kept.length };
}

/** The most-voted cards, ranked as the dashboard and the reports rank them. */
function topCards(boards: readonly BackupBoard[]): PublicTopCard[] {
  return mostVoted(boards, PUBLICATION_LIMITS.topCards).map(({ board, card }) => ({
    ...publicCard(card),
    board: board.title,
    column: board.columns.find((c) => c.id === card.column)?.title ?? null,
  }));
}

function roadmap(boards: readonly BackupBoard[]): PublicAction[] {
  return boards
    .filter((b) => b.kind === 'roadmap')
    .flatMap((board) => board.cards.filter(written).sort(compareCards))
    .flatMap((card) => {
      const r = card.roadmap;
      return r ? [{ text: card.text, leadKind: r.leadKind, leadName: r.leadName, partners: r.partners, due: r.due, status: r.status }] : [];
    })
    .slice(0, PUBLICATION_LIMITS.roadmapActions);
}

export interface RestitutionChoice {
  /** Boards shown in full; ids the workshop no longer has are skipped. */
  boards: readonly string[];
  indexable: boolean;
}

export function buildRestitution(backup: WorkshopBackup, choice: RestitutionChoice): Restitution {
  const chosen = new Set(choice.boards);
  return {
    workshop: { title: backup.workshop.title, date: backup.workshop.date, place: backup.workshop.place },
    // Cards and votes of the working boards (a synthesis copies theirs, a roadmap is the
    // staff's), people who joined by the code (hidden cards never reach the backup).
    participation: tallyByKind(
      workingBoards(backup.boards).flatMap((board) => board.cards.filter(written).map((card) => ({ kind: card.authorKind ?? null, votes: card.votes }))),
      countedParticipants(backup).map((p) => p.kind ?? null),
    ),
    synthesis: backup.boards.filter((b) => b.kind === 'synthesis').map(publicBoard),
    topCards: topCards(backup.boards),
    roadmap: roadmap(backup.boards),
    // In the workshop's board order, not the order of the choice.
    boards: backup.boards.filter((b) => chosen.has(b.id)).map(publicBoard),
    indexable: choice.indexable,
  };
}
