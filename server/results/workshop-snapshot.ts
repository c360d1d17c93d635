/**
 * Reads a workshop (or one board of it) into a WorkshopBackup: the one picture every export
 * format is rendered from. Documents are read through the registry, so a board being edited
 * right now is exported as its live clients see it.
 */
import type * as Y from 'yjs';
import { cardsOf, listCards } from '@shared/board-model';
import { groupOfCard, listGroups } from '@shared/board-groups';
import { listComments, reactionGivers } from '@shared/card-comments';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupBoard, type BackupCard, type WorkshopBackup } from '@shared/results/backup';
import { readRoadmap } from '@shared/roadmap';
import { readRoadmapLog } from '@shared/roadmap-log';
import type { Role } from '@shared/roles';
import { tablesOf } from '@shared/synthesis';
import type { WorkshopCard } from '@shared/workshop-cards';
import { tally, type Vote } from '@shared/votes';
import type { BoardRegistry } from '../docs/board-registry';
import { AppError } from '../errors';
import type { BoardRecord, ParticipantRecord, Storage } from '../storage/storage';

/** Reaction → participants; a null prototype, since keys come from the document. */
function reactionsOf(doc: Y.Doc, cardId: string): BackupCard['reactions'] {
  const reactions: BackupCard['reactions'] = Object.create(null);
  for (const [reaction, who] of reactionGivers(doc, cardId)) reactions[reaction] = who;
  return reactions;
}

/**
 * A card a facilitator hid (moderation) carries the reason under `hidden`, its text emptied:
 * no export, figure or public page shows it, nor counts the votes it got. Read raw from the
 * map, so that a card hidden by any writer of the document is left out.
 */
const isHidden = (map: Y.Map<unknown> | undefined) => typeof map?.get('hidden') === 'string';

/** The cards of the document that the results show: every card but the hidden ones. */
function shownCards(doc: Y.Doc) {
  const maps = cardsOf(doc);
  return listCards(doc).flatMap((card) => {
    const map = maps.get(card.id);
    return isHidden(map) ? [] : [{ card, map }];
  });
}

export function readBoard(board: BoardRecord, doc: Y.Doc, votes: Vote[]): BackupBoard {
  const totals = tally(votes);
  const cards: BackupCard[] = shownCards(doc).map(({ card, map }) => {
    return {
      id: card.id,
      column: card.column,
      group: groupOfCard(doc, card.id),
      order: card.order,
      text: card.text,
      color: card.color,
      author: card.author,
      authorName: card.authorName,
      createdAt: card.createdAt,
      votes: totals[card.id] ?? 0,
      reactions: reactionsOf(doc, card.id),
      comments: listComments(doc, card.id),
      roadmap: board.kind === 'roadmap' ? { ...readRoadmap(map), ...readRoadmapLog(map) } : null,
      tables: tablesOf(map),
    };
  });
  const cardIds = new Set(cards.map((c) => c.id));
  return {
    id: board.id,
    title: board.title,
    kind: board.kind,
    table: board.table,
    sourceBoardId: board.sourceBoardId,
    columns: board.columns,
    groups: listGroups(doc),
    cards,
    // Votes on deleted or hidden cards are not part of the results.
    votes: votes.filter((v) => cardIds.has(v.cardId)),
  };
}

/**
 * How the person came in, when the store knows it: the figures count only those who joined
 * by the code; those who joined before roles were kept stay counted, as before.
 */
const roleOf = (record: ParticipantRecord): { role?: Role } => (record.role ? { role: record.role } : {});

export class WorkshopSnapshots {
  constructor(
    private readonly storage: Storage,
    private readonly registry: BoardRegistry,
  ) {}

  /** The whole workshop, or only `boardId` (still a complete backup, with one board). */
  async read(workshopId: string, boardId?: string): Promise<WorkshopBackup> {
    const workshop = await this.storage.getWorkshop(workshopId);
    if (!workshop) throw new AppError('not_found', 'No such workshop');
    const all = await this.storage.listBoards(workshopId);
    const boards = boardId === undefined ? all : all.filter((b) => b.id === boardId);
    if (boardId !== undefined && boards.length === 0) throw new AppError('not_found', 'No such board');
    const participants = await this.storage.listParticipants(workshopId);
    // Anonymous boards blank names in the document; the results of organisers and
    // facilitators (the only ones who export, and who may see authors) keep them.
    const people = new Map(participants.map((p) => [p.id, p]));
    const name = (who: { author: string; authorName: string }) => who.authorName || (people.get(who.author)?.name ?? '');
    // Profiles are read from storage by the card's author id, never from the document:
    // cards written by any Yjs client get them, and no client can claim another's kind.
    const named = (board: BackupBoard): BackupBoard => ({
      ...board,
      cards: board.cards.map((c) => ({
        ...c,
        authorName: name(c),
        authorKind: people.get(c.author)?.kind ?? null,
        authorOrganisation: people.get(c.author)?.organisation ?? null,
        comments: c.comments.map((m) => ({ ...m, authorName: name(m) })),
      })),
    });
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: Date.now(),
      anonymous: false,
      workshop: {
        title: workshop.title,
        date: workshop.date,
        place: workshop.place,
        createdAt: workshop.createdAt,
        archivedAt: workshop.archivedAt,
        retentionDays: workshop.retentionDays,
      },
      participants: participants.map((p) => ({ id: p.id, name: p.name, joinedAt: p.joinedAt, kind: p.kind, organisation: p.organisation, ...roleOf(p) })),
      boards: (await Promise.all(boards.map((b) => this.readOne(b)))).map(named),
    };
  }

  /**
   * The written cards of every board but roadmaps, text only: what a roadmap action links
   * to. Lighter than read(): no votes, participants or comments.
   */
  async cardTexts(workshopId: string): Promise<WorkshopCard[]> {
    const boards = (await this.storage.listBoards(workshopId)).filter((b) => b.kind !== 'roadmap');
    const perBoard = await Promise.all(
      boards.map((board) =>
        this.withDoc(board.id, (doc) =>
          shownCards(doc)
            .map(({ card }) => card)
            .filter((card) => card.text.trim() !== '')
            .map((card) => ({ boardId: board.id, boardTitle: board.title, cardId: card.id, text: card.text })),
        ),
      ),
    );
    return perBoard.flat();
  }

  private async readOne(board: BoardRecord): Promise<BackupBoard> {
    const votes = await this.storage.listVotes(board.id);
    return this.withDoc(board.id, (doc) => readBoard(board, doc, votes));
  }

  private async withDoc<T>(boardId: string, read: (doc: Y.Doc) => T): Promise<T> {
    const live = await this.registry.acquire(boardId);
    try {
      return read(live.doc);
    } finally {
      this.registry.release(boardId);
    }
  }
}
