/**
 * Synthesis across tables (issue #5): parallel tables copied from a board, a synthesis board
 * gathering their cards, merging similar cards, and carrying a card into the roadmap.
 * Transport-free: the routes authenticate and authorise, this checks the workshop and acts.
 */
import { addCard, cardsOf, listCards } from '@shared/board-model';
import { LIMITS } from '@shared/limits';
import type { BoardInfo } from '@shared/protocol';
import { cardLink, readRoadmap, setRoadmapFields } from '@shared/roadmap';
import {
  tableLabel,
  tableNumber,
  type CarriedCard,
  type CarriedCards,
  type MergeBody,
  type MergeResult,
  type RefreshResult,
  type RoadmapActionResult,
  type SynthesisResult,
} from '@shared/synthesis';
import { newId } from '@shared/ids';
import type { Vote } from '@shared/votes';
import type { BoardRegistry } from '../docs/board-registry';
import type { BoardDoc } from '../docs/board-doc';
import { AppError } from '../errors';
import type { Storage } from '../storage/storage';
import { carriedFrom } from './carried-cards';
import { copiedOrigins, gatherCards, mergeCards, untrackedCopies, writeCopies, type GatheredCard } from './synthesis-docs';
import type { AddBoard, WorkshopService } from './workshop-service';

export interface SynthesisEvents {
  /** Votes moved or were added: clients' vote views must be recomputed. */
  onVotes(boardId: string): void;
  /** A merge is about to change a board: the history keeps a checkpoint to go back to. */
  beforeMerge?(boardId: string): Promise<void>;
}

type SynthesisStore = Pick<Storage, 'listVotes' | 'insertVotes' | 'reassignVotes' | 'loadBoard' | 'exclusive'>;

export class SynthesisService {
  constructor(
    private readonly workshops: WorkshopService,
    private readonly registry: BoardRegistry,
    private readonly store: SynthesisStore,
    private readonly events: SynthesisEvents,
  ) {}

  /** Adds `count` empty copies of a board, numbered after its existing tables. */
  createTables(workshopId: string, sourceId: string, count: number): Promise<BoardInfo[]> {
    // Alone among the workshop's board additions (every instance): two requests at once
    // would otherwise number their tables alike.
    return this.workshops.addBoards(workshopId, (add) => this.addTables(workshopId, sourceId, count, add));
  }

  private async addTables(workshopId: string, sourceId: string, count: number, add: AddBoard): Promise<BoardInfo[]> {
    const boards = await this.openBoards(workshopId);
    const source = await this.workshops.boardIn(workshopId, sourceId);
    if (source.kind !== 'board' || source.sourceBoardId !== null) {
      throw new AppError('invalid_request', 'Tables are copies of a board, not of a table, a roadmap or a synthesis');
    }
    if (boards.length + count > LIMITS.maxBoardsPerWorkshop) {
      const room = Math.max(0, LIMITS.maxBoardsPerWorkshop - boards.length);
      throw new AppError('conflict', `A workshop holds at most ${LIMITS.maxBoardsPerWorkshop} boards: room for ${room} more table(s)`);
    }
    const last = Math.max(0, ...this.tablesOf(boards, sourceId).map((b) => tableNumber(b.table)));
    const created: BoardInfo[] = [];
    for (let n = last + 1; n <= last + count; n++) {
      const table = tableLabel(n);
      created.push(
        await add(`${source.title} — ${table}`, source.columns.map((c) => c.title), {
          kind: 'board',
          table,
          sourceBoardId: sourceId,
        }),
      );
    }
    return created;
  }

  /**
   * The synthesis of a board's tables. Made once: a second call returns the existing board
   * untouched (200, `created: false`), since organisers may already have merged cards in it;
   * cards written at a table afterwards come with `refresh`.
   */
  async synthesis(workshopId: string, sourceId: string): Promise<SynthesisResult> {
    // Alone among the workshop's board additions (every instance): a second request waits,
    // then finds the board the first one made.
    const result = await this.workshops.addBoards(workshopId, (add) => this.synthesisBoard(workshopId, sourceId, add));
    // Filled like any refresh, under its lock: a refresh clicked on the new board meanwhile
    // copies nothing twice, and a board left empty by a failure is filled by the next refresh.
    if (result.created) await this.refresh(workshopId, result.board.id);
    return result;
  }

  private async synthesisBoard(workshopId: string, sourceId: string, add: AddBoard): Promise<SynthesisResult> {
    const boards = await this.openBoards(workshopId);
    const source = await this.workshops.boardIn(workshopId, sourceId);
    if (source.kind !== 'board' || source.sourceBoardId !== null) {
      throw new AppError('invalid_request', 'A synthesis gathers the tables of a board, not of a table, a roadmap or a synthesis');
    }
    const existing = boards.find((b) => b.kind === 'synthesis' && b.sourceBoardId === sourceId);
    if (existing) return { board: existing, created: false };
    if (this.tablesOf(boards, sourceId).length === 0) throw new AppError('conflict', 'This board has no tables to gather yet');
    const board = await add(`${source.title} — Synthèse`, source.columns.map((c) => c.title), { kind: 'synthesis', sourceBoardId: sourceId });
    return { board, created: true };
  }

  /**
   * Copies into a synthesis the cards of its source board and tables it never had, with their
   * groups, comments, reactions and votes. One refresh at a time per synthesis (every
   * instance): two clicks at once copy each card once.
   */
  async refresh(workshopId: string, synthesisId: string): Promise<RefreshResult> {
    const boards = await this.openBoards(workshopId);
    const synthesis = await this.workshops.boardIn(workshopId, synthesisId);
    if (synthesis.kind !== 'synthesis' || synthesis.sourceBoardId === null) {
      throw new AppError('invalid_request', 'Only a synthesis is refreshed from its tables');
    }
    const sourceId = synthesis.sourceBoardId;
    const tables = this.tablesOf(boards, sourceId).sort((a, b) => tableNumber(a.table) - tableNumber(b.table));
    // The source may have been deleted since: its tables still count.
    const from = [...boards.filter((b) => b.id === sourceId), ...tables];
    const added = await this.store.exclusive(`synthesis:${synthesisId}`, () => this.copyNew(synthesis, from));
    return { added };
  }

  private copyNew(synthesis: BoardInfo, from: BoardInfo[]): Promise<number> {
    return this.registry.usingStored(synthesis.id, async (live) => {
      if (untrackedCopies(live.doc)) {
        throw new AppError('conflict', 'This synthesis does not record where its cards came from (imported from a backup): a refresh would copy them again');
      }
      const known = copiedOrigins(live.doc);
      const gathered: GatheredCard[] = [];
      const votes = new Map<string, Vote[]>();
      for (const board of from) {
        const columnIds = board.columns.map((c) => c.id);
        const cards = await this.registry.usingStored(board.id, async (table) =>
          gatherCards(table.doc, board.id, columnIds, board.table ?? board.title).filter((c) => !known.has(c.origin)),
        );
        gathered.push(...cards);
        if (cards.length > 0) votes.set(board.id, await this.store.listVotes(board.id));
      }
      if (gathered.length === 0) return 0;
      let ids = new Map<string, string>();
      const columnIds = synthesis.columns.map((c) => c.id);
      await live.change((doc) => void (ids = writeCopies(doc, gathered, columnIds)));
      const copied = [...votes].flatMap(([boardId, list]) =>
        list.flatMap((v) => {
          const cardId = ids.get(cardLink(boardId, v.cardId));
          return cardId ? [{ participantId: v.participantId, cardId }] : [];
        }),
      );
      if (copied.length > 0) {
        await this.store.insertVotes(synthesis.id, copied);
        this.events.onVotes(synthesis.id);
      }
      return gathered.length;
    });
  }

  /** Folds `cards` into `into` on one board; their votes move first, so none is ever lost. */
  async merge(workshopId: string, boardId: string, { into, cards, text }: MergeBody): Promise<MergeResult> {
    await this.openBoards(workshopId);
    await this.workshops.boardIn(workshopId, boardId);
    const others = [...new Set(cards)];
    if (others.includes(into)) throw new AppError('invalid_request', 'A card cannot be merged into itself');
    return this.registry.using(boardId, async (live) => {
      const present = cardsOf(live.doc);
      const missing = [into, ...others].find((id) => !present.has(id));
      if (missing) throw new AppError('invalid_request', `No card ${missing} on this board`);
      await this.events.beforeMerge?.(boardId);
      // Votes first: a crash after this leaves the cards unmerged but every vote on `into`.
      await this.store.reassignVotes(boardId, others, into);
      await live.change((doc) => mergeCards(doc, into, others, text));
      this.events.onVotes(boardId);
      return { cardId: into, merged: others.length };
    });
  }

  /** Makes a roadmap action from a card, or returns the action already made from it. */
  async toRoadmap(workshopId: string, boardId: string, cardId: string, author: string, roadmapId?: string): Promise<RoadmapActionResult> {
    const boards = await this.openBoards(workshopId);
    const board = await this.workshops.boardIn(workshopId, boardId);
    const roadmap = roadmapId ? boards.find((b) => b.id === roadmapId) : boards.find((b) => b.kind === 'roadmap');
    if (roadmapId && !roadmap) throw new AppError('not_found', 'No such roadmap board in this workshop');
    if (!roadmap || roadmap.kind !== 'roadmap') throw new AppError('conflict', 'This workshop has no roadmap board');
    if (board.kind === 'roadmap') throw new AppError('invalid_request', 'This card is already on a roadmap');
    const column = roadmap.columns[0];
    if (!column) throw new AppError('conflict', 'The roadmap board has no column');
    const card = await this.registry.using(boardId, async (live) => listCards(live.doc).find((c) => c.id === cardId));
    if (!card) throw new AppError('not_found', 'No such card on this board');
    const link = cardLink(boardId, cardId);

    // One carry at a time per roadmap, on every instance: two clicks at once give one action.
    return this.store.exclusive(`roadmap:${roadmap.id}`, () =>
      this.registry.usingStored(roadmap.id, async (live) => {
        const existing = findAction(live, link);
        if (existing) return { boardId: roadmap.id, cardId: existing, created: false };
        const id = newId();
        await live.change((doc) =>
          doc.transact(() => {
            addCard(doc, { id, column: column.id, author, authorName: '', text: card.text.slice(0, LIMITS.cardTextMaxChars) });
            setRoadmapFields(doc, id, { status: 'todo', links: [link] });
          }),
        );
        return { boardId: roadmap.id, cardId: id, created: true };
      }),
    );
  }

  /**
   * The board's cards carried into the workshop's roadmaps, each with its action (the first
   * found): read from the roadmaps' live documents, bounded by the board's own cards.
   */
  async carried(workshopId: string, boardId: string): Promise<CarriedCards> {
    const { boards } = await this.workshops.get(workshopId);
    const board = await this.workshops.boardIn(workshopId, boardId);
    const roadmaps = boards.filter((b) => b.kind === 'roadmap');
    if (board.kind === 'roadmap' || roadmaps.length === 0) return { cards: [] };
    const present = await this.registry.using(boardId, async (live) => new Set(cardsOf(live.doc).keys()));
    const found = new Map<string, CarriedCard>();
    for (const roadmap of roadmaps) {
      await this.registry.using(roadmap.id, async (live) => {
        for (const carried of carriedFrom(live.doc, roadmap.id, boardId)) {
          if (present.has(carried.cardId) && !found.has(carried.cardId)) found.set(carried.cardId, carried);
        }
      });
    }
    return { cards: [...found.values()] };
  }

  /** The workshop's boards; an archived workshop is read-only, for these edits too. */
  private async openBoards(workshopId: string): Promise<BoardInfo[]> {
    const workshop = await this.workshops.get(workshopId);
    if (workshop.archivedAt !== null) throw new AppError('forbidden', 'This workshop is archived', 'archived');
    return workshop.boards;
  }

  private tablesOf(boards: BoardInfo[], sourceId: string): BoardInfo[] {
    return boards.filter((b) => b.kind === 'board' && b.sourceBoardId === sourceId && b.table !== null);
  }


}

function findAction(live: BoardDoc, link: string): string | null {
  for (const [id, map] of cardsOf(live.doc)) if (readRoadmap(map).links.includes(link)) return id;
  return null;
}
