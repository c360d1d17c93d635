/**
 * Takes every name, organisation and participant id out of a backup (RGPD, `anonymous=1`
 * exports; kinds of structure stay): a person becomes "Participant N" and the id `pN`, N
 * following the order in which people joined, so that the same person keeps the same number across boards, comments, reactions
 * and votes, and the figures (votes per person, who replied to whom) still add up.
 */
import { LEAD_AUTHOR } from '../roadmap-log';
import type { BackupBoard, BackupCard, WorkshopBackup } from './backup';

export const anonymousName = (n: number) => `Participant ${n}`;
export const anonymousId = (n: number) => `p${n}`;

/** Participant id → N, by join order; ids that are not participants are numbered after, once each. */
export function numbering(participantIds: readonly string[]): (id: string) => number | null {
  const numbers = new Map(participantIds.map((id, i) => [id, i + 1]));
  return (id) => {
    if (!id) return null;
    let n = numbers.get(id);
    if (n === undefined) {
      n = numbers.size + 1;
      numbers.set(id, n);
    }
    return n;
  };
}

/** One numbering, written as a name or an id; a blank id stays blank. */
const written = (number: (id: string) => number | null, as: (n: number) => string) => (id: string) => {
  const n = number(id);
  return n === null ? '' : as(n);
};

/** Participant id → "Participant N" (see numbering). */
export function pseudonyms(participantIds: readonly string[]): (authorId: string) => string {
  return written(numbering(participantIds), anonymousName);
}

interface Pseudonymiser {
  id(participantId: string): string;
  name(participantId: string): string;
}

function pseudonymiser(backup: WorkshopBackup): Pseudonymiser {
  const number = numbering([...backup.participants].sort((a, b) => a.joinedAt - b.joinedAt).map((p) => p.id));
  return { id: written(number, anonymousId), name: written(number, anonymousName) };
}

/**
 * Authors, commenters, reactions, in that order (unknown ids are numbered as they come).
 * Texts, group titles and roadmap leads are content, kept as written; the writers of an
 * action's notes and status changes are pseudonymised like authors.
 */
function anonymiseCard(card: BackupCard, who: Pseudonymiser): BackupCard {
  const author = who.id(card.author);
  // A blank name stays blank (written on an anonymous board): none is invented.
  const authorName = card.authorName && who.name(card.author);
  const comments = card.comments.map((c) => ({ ...c, author: who.id(c.author), authorName: c.authorName && who.name(c.author) }));
  // Null prototype: reaction names come from the document, "constructor" included.
  const reactions: BackupCard['reactions'] = Object.create(null);
  for (const [reaction, people] of Object.entries(card.reactions)) reactions[reaction] = people.map(who.id);
  // The kind of structure stays (results by kind); the organisation would name the person.
  // An action's record: its writers as its authors; a lead's own name is blanked ("Porteur").
  const writer = <T extends { by: string; byName: string }>(e: T): T =>
    e.by === LEAD_AUTHOR ? { ...e, byName: '' } : { ...e, by: who.id(e.by), byName: e.byName && who.name(e.by) };
  const roadmap = card.roadmap && { ...card.roadmap, progress: card.roadmap.progress?.map(writer), statusHistory: card.roadmap.statusHistory?.map(writer) };
  return { ...card, author, authorName, authorOrganisation: null, comments, reactions, roadmap };
}

function anonymiseBoard(board: BackupBoard, who: Pseudonymiser): BackupBoard {
  return {
    ...board,
    cards: board.cards.map((card) => anonymiseCard(card, who)),
    votes: board.votes.map((v) => ({ ...v, participantId: who.id(v.participantId) })),
  };
}

export function anonymiseBackup(backup: WorkshopBackup): WorkshopBackup {
  const who = pseudonymiser(backup);
  return {
    ...backup,
    anonymous: true,
    participants: backup.participants.map((p) => ({ ...p, id: who.id(p.id), name: who.name(p.id), organisation: null })),
    boards: backup.boards.map((board) => anonymiseBoard(board, who)),
  };
}
