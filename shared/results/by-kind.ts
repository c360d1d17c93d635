/**
 * "Ce que disent les communes, les Scic, les départements…": cards and votes per kind of
 * structure. A card counts for its author's kind; its votes are the votes it received (what
 * the room supported among what that kind of structure said). Pure and zod-free: the server
 * (dashboard, reports) and the browser (the synthesis' live table) share it.
 */
import { STRUCTURE_KINDS, type StructureKind } from '../structure-kinds';
import type { WorkshopBackup } from './backup';
import { countedParticipants, ownCardBoards } from './counted';

export interface KindFigures {
  /** null: participants who named no kind, and authors who are not participants (staff, other Yjs clients). */
  kind: StructureKind | null;
  participants: number;
  cards: number;
  votes: number;
}

export interface KindedCard {
  kind: StructureKind | null;
  votes: number;
}

/** One row per kind with anything to show, in the list's order, "not given" last. */
export function tallyByKind(cards: Iterable<KindedCard>, participants: Iterable<StructureKind | null> = []): KindFigures[] {
  const rows = new Map<StructureKind | null, KindFigures>([...STRUCTURE_KINDS, null].map((kind) => [kind, { kind, participants: 0, cards: 0, votes: 0 }]));
  for (const kind of participants) rows.get(kind)!.participants++;
  for (const card of cards) {
    const row = rows.get(card.kind)!;
    row.cards++;
    row.votes += card.votes;
  }
  return [...rows.values()].filter((row) => row.participants + row.cards > 0);
}

/**
 * Each card once (not a synthesis' copies) and the participants only; a card's kind is the
 * one its export resolved from its author.
 */
export function figuresByKind(backup: WorkshopBackup): KindFigures[] {
  return tallyByKind(
    ownCardBoards(backup.boards).flatMap((board) => board.cards.map((card) => ({ kind: card.authorKind ?? null, votes: card.votes }))),
    countedParticipants(backup).map((p) => p.kind ?? null),
  );
}
