/**
 * Workshops, their boards and columns, and who may see them. Transport-free: the HTTP
 * routes and the socket adapters call it after authenticating.
 */
import { randomInt } from 'node:crypto';
import { newId } from '@shared/ids';
import { isJoinCode, normaliseJoinCode, randomJoinCode } from '@shared/join-code';
import { LIMITS } from '@shared/limits';
import type {
  BoardInfo,
  OrganisedWorkshop,
  JoinResult,
  ParticipantInfo,
  ProfileInput,
  TokenClaims,
  UpdateMeBody,
  WorkshopInfo,
} from '@shared/protocol';
import { NO_PROFILE, type ParticipantProfile } from '@shared/structure-kinds';
import { TEMPLATES, type TemplateId } from '@shared/templates';
import type { TokenIssuer } from '../auth/tokens';
import { AppError } from '../errors';
import type { BoardRecord, Storage, WorkshopRecord } from '../storage/storage';
import { JoinCodeTakenError } from '../storage/storage';

export interface CreateWorkshopInput {
  title: string;
  template: TemplateId;
  date?: string | undefined;
  place?: string | undefined;
  demo?: boolean | undefined;
}

/** Called whenever a board's title or columns change, so live clients can follow. */
export type BoardChangeListener = (board: BoardInfo) => void;
export type BoardRemovedListener = (workshopId: string, boardId: string) => Promise<void>;
type BoardExtra = Partial<Pick<BoardRecord, 'kind' | 'table' | 'sourceBoardId'>>;
/** Adds one board to the workshop whose additions the caller holds (WorkshopService.addBoards). */
export type AddBoard = (title: string, columns: string[], extra?: BoardExtra) => Promise<BoardInfo>;

const toBoardInfo = (b: BoardRecord): BoardInfo => ({
  id: b.id,
  workshopId: b.workshopId,
  title: b.title,
  columns: b.columns,
  kind: b.kind,
  table: b.table,
  sourceBoardId: b.sourceBoardId,
});

/** What clients may see of a workshop: not its token generations. */
const toInfo = (
  { linkGenerations: _, organiserGeneration: __, demo, ...workshop }: WorkshopRecord,
  boards: BoardRecord[],
): WorkshopInfo => ({
  ...workshop,
  demo: demo === true,
  boards: boards.map(toBoardInfo),
});

export class WorkshopService {
  private readonly boardListeners = new Set<BoardChangeListener>();
  private readonly removalListeners = new Set<BoardRemovedListener>();

  constructor(
    private readonly storage: Storage,
    private readonly tokens: TokenIssuer,
  ) {}

  onBoardChange(listener: BoardChangeListener): () => void {
    this.boardListeners.add(listener);
    return () => this.boardListeners.delete(listener);
  }

  /** Called once a board is deleted (awaited), so that its live connections and document go too. */
  onBoardRemoved(listener: BoardRemovedListener): void {
    this.removalListeners.add(listener);
  }

  async create(input: CreateWorkshopInput): Promise<OrganisedWorkshop> {
    const template = TEMPLATES[input.template];
    const id = newId();
    const boards: BoardRecord[] = template.boards.map((b, position) => ({
      id: newId(),
      workshopId: id,
      title: b.title,
      position,
      columns: b.columns.map((title) => ({ id: newId(), title })),
      kind: 'kind' in b ? b.kind : 'board',
      table: null,
      sourceBoardId: null,
    }));
    let workshop: WorkshopRecord | undefined;
    await this.insertWithJoinCode(async (joinCode) => {
      workshop = {
        id,
        title: input.title,
        date: input.date ?? null,
        place: input.place ?? null,
        joinCode,
        createdAt: Date.now(),
        archivedAt: null,
        retentionDays: null,
        anonymisedAt: null,
        linkGenerations: { facilitator: 0, viewer: 0, participant: 0 },
        demo: input.demo === true,
      };
      await this.storage.createWorkshop(workshop, boards);
    });
    const organiserToken = await this.tokens.sign({ wid: id, role: 'organiser', pid: newId() });
    return { ...toInfo(workshop!, boards), organiserToken };
  }

  /**
   * Runs `insert` with a fresh join code, again with another if that one is taken. The code
   * space is 25^8 (about 150 billion): a collision is rare, a few tries are plenty.
   */
  async insertWithJoinCode(insert: (joinCode: string) => Promise<void>): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await insert(randomJoinCode(randomInt));
      } catch (err) {
        if (!(err instanceof JoinCodeTakenError) || attempt >= 5) throw err;
      }
    }
  }

  async join(code: string, name: string, given?: ProfileInput): Promise<JoinResult> {
    const joinCode = normaliseJoinCode(code);
    const workshop = isJoinCode(joinCode) ? await this.storage.findWorkshopByCode(joinCode) : null;
    if (!workshop) throw new AppError('not_found', 'No workshop has this join code');
    if (workshop.archivedAt !== null) {
      throw new AppError('forbidden', 'This workshop is archived: its code no longer admits anyone', 'archived');
    }
    const participantId = newId();
    const profile = profileOf(given);
    await this.storage.addParticipant({ id: participantId, workshopId: workshop.id, name, joinedAt: Date.now(), role: 'participant', ...profile });
    const participantToken = await this.tokens.sign({
      wid: workshop.id,
      role: 'participant',
      pid: participantId,
      gen: workshop.linkGenerations.participant,
    });
    const boards = await this.storage.listBoards(workshop.id);
    return { workshopId: workshop.id, participantId, participantToken, name, profile, boards: boards.map(toBoardInfo) };
  }

  async get(workshopId: string): Promise<WorkshopInfo> {
    const workshop = await this.requireWorkshop(workshopId);
    return toInfo(workshop, await this.storage.listBoards(workshopId));
  }

  participants(workshopId: string) {
    return this.storage.listParticipants(workshopId);
  }

  /**
   * The bearer changes their own name as the server keeps it, or their profile: the id
   * comes from their token, so no one changes another's. Refused once archived, as the
   * results it feeds are then final.
   */
  async updateParticipant(claims: TokenClaims, patch: UpdateMeBody): Promise<ParticipantInfo> {
    const person = await this.storage.getParticipant(claims.pid);
    if (!person || person.workshopId !== claims.wid) throw new AppError('not_found', 'This token names no participant of the workshop');
    assertOpen(await this.requireWorkshop(claims.wid));
    const profile = patch.profile === undefined ? {} : profileOf(patch.profile ?? undefined);
    await this.storage.updateParticipant(person.id, { name: patch.name, ...profile });
    const { id, name, kind, organisation } = { ...person, ...profile, name: patch.name ?? person.name };
    return { id, name, kind, organisation };
  }

  async update(
    workshopId: string,
    patch: { title?: string; date?: string | null; place?: string | null; retentionDays?: number | null },
  ) {
    const workshop = await this.requireWorkshop(workshopId);
    // How long names are kept stays adjustable after archiving (it only ever removes data).
    if (Object.keys(patch).some((key) => key !== 'retentionDays')) assertOpen(workshop);
    await this.storage.updateWorkshop(workshopId, patch);
    return this.get(workshopId);
  }

  /** The board, checked to belong to the workshop the caller's token is for. */
  boardFor(claims: TokenClaims, boardId: string): Promise<BoardInfo> {
    return this.boardIn(claims.wid, boardId);
  }

  async boardIn(workshopId: string, boardId: string): Promise<BoardInfo> {
    const board = await this.storage.getBoard(boardId);
    if (!board) throw new AppError('not_found', 'No such board');
    if (board.workshopId !== workshopId) throw new AppError('forbidden', 'This board belongs to another workshop');
    return toBoardInfo(board);
  }

  async setArchived(workshopId: string, archived: boolean): Promise<WorkshopInfo> {
    await this.requireWorkshop(workshopId);
    // Archiving again after a reopening starts a new retention period: names written while it
    // was open are replaced in their turn (those already replaced keep their numbers).
    const patch = archived ? { archivedAt: Date.now(), anonymisedAt: null } : { archivedAt: null };
    await this.storage.updateWorkshop(workshopId, patch);
    return this.get(workshopId);
  }

  addBoard(workshopId: string, title: string, columns: string[]): Promise<BoardInfo> {
    return this.addBoards(workshopId, (add) => add(title, columns));
  }

  /**
   * Runs `work` alone among the board additions to this workshop, on every instance
   * (Storage.exclusive): what it reads of the workshop's boards stays true while it adds
   * through `add`, so the board limit holds, tables are numbered in turn and a board gets
   * one synthesis.
   */
  addBoards<T>(workshopId: string, work: (add: AddBoard) => Promise<T>): Promise<T> {
    return this.storage.exclusive(`boards:${workshopId}`, () =>
      work((title, columns, extra) => this.insertBoard(workshopId, title, columns, extra)),
    );
  }

  private async insertBoard(workshopId: string, title: string, columns: string[], extra: BoardExtra = {}): Promise<BoardInfo> {
    assertOpen(await this.requireWorkshop(workshopId));
    const boards = await this.storage.listBoards(workshopId);
    if (boards.length >= LIMITS.maxBoardsPerWorkshop) {
      throw new AppError('conflict', `A workshop holds at most ${LIMITS.maxBoardsPerWorkshop} boards`);
    }
    const board: BoardRecord = {
      id: newId(),
      workshopId,
      title,
      position: (boards.at(-1)?.position ?? -1) + 1,
      columns: columns.map((t) => ({ id: newId(), title: t })),
      kind: extra.kind ?? 'board',
      table: extra.table ?? null,
      sourceBoardId: extra.sourceBoardId ?? null,
    };
    await this.storage.insertBoard(board);
    return toBoardInfo(board);
  }

  async renameBoard(claims: TokenClaims, boardId: string, title: string): Promise<BoardInfo> {
    await this.openBoard(claims, boardId);
    await this.storage.updateBoard(boardId, { title });
    return this.changed(boardId);
  }

  /**
   * Points participants at a board of this workshop (null: at the list). The board is checked
   * here, not by a foreign key: a deleted board clears it in removeBoard.
   */
  async setCurrentBoard(workshopId: string, boardId: string | null): Promise<WorkshopInfo> {
    assertOpen(await this.requireWorkshop(workshopId));
    if (boardId !== null) await this.boardIn(workshopId, boardId);
    await this.storage.updateWorkshop(workshopId, { currentBoardId: boardId });
    return this.get(workshopId);
  }

  async removeBoard(claims: TokenClaims, boardId: string): Promise<void> {
    await this.openBoard(claims, boardId);
    await this.storage.deleteBoard(boardId);
    // Participants joining later land on the list, not on a board that is gone.
    const workshop = await this.requireWorkshop(claims.wid);
    if (workshop.currentBoardId === boardId) await this.storage.updateWorkshop(claims.wid, { currentBoardId: null });
    for (const listener of this.removalListeners) await listener(claims.wid, boardId);
  }

  /**
   * Deletes a whole workshop (an expired demo): each board goes as a deleted board does, its
   * sessions ended and documents discarded on every instance, then every row that remains.
   */
  async removeWorkshop(workshopId: string): Promise<void> {
    for (const board of await this.storage.listBoards(workshopId)) {
      await this.storage.deleteBoard(board.id);
      for (const listener of this.removalListeners) await listener(workshopId, board.id);
    }
    await this.storage.deleteWorkshop(workshopId);
  }

  async reorderBoards(workshopId: string, ids: string[]): Promise<BoardInfo[]> {
    assertOpen(await this.requireWorkshop(workshopId));
    const boards = await this.storage.listBoards(workshopId);
    assertPermutation(
      boards.map((b) => b.id),
      ids,
    );
    await Promise.all(ids.map((id, position) => this.storage.updateBoard(id, { position })));
    return (await this.storage.listBoards(workshopId)).map(toBoardInfo);
  }

  async addColumn(claims: TokenClaims, boardId: string, title: string): Promise<BoardInfo> {
    const board = await this.openBoard(claims, boardId);
    if (board.columns.length >= LIMITS.maxColumnsPerBoard) {
      throw new AppError('conflict', `A board holds at most ${LIMITS.maxColumnsPerBoard} columns`, 'too_many_columns');
    }
    await this.storage.updateBoard(boardId, { columns: [...board.columns, { id: newId(), title }] });
    return this.changed(boardId);
  }

  async renameColumn(claims: TokenClaims, boardId: string, columnId: string, title: string) {
    const board = await this.openBoard(claims, boardId);
    if (!board.columns.some((c) => c.id === columnId)) throw new AppError('not_found', 'No such column');
    const columns = board.columns.map((c) => (c.id === columnId ? { ...c, title } : c));
    await this.storage.updateBoard(boardId, { columns });
    return this.changed(boardId);
  }

  async reorderColumns(claims: TokenClaims, boardId: string, ids: string[]): Promise<BoardInfo> {
    const board = await this.openBoard(claims, boardId);
    assertPermutation(
      board.columns.map((c) => c.id),
      ids,
    );
    const byId = new Map(board.columns.map((c) => [c.id, c]));
    await this.storage.updateBoard(boardId, { columns: ids.map((id) => byId.get(id)!) });
    return this.changed(boardId);
  }

  /** `cardCount` tells whether the column still holds cards: those are never dropped silently. */
  async removeColumn(claims: TokenClaims, boardId: string, columnId: string, cardCount: number) {
    const board = await this.openBoard(claims, boardId);
    if (!board.columns.some((c) => c.id === columnId)) throw new AppError('not_found', 'No such column');
    if (cardCount > 0) {
      throw new AppError('conflict', `The column still holds ${cardCount} card(s): move or delete them first`, 'column_not_empty');
    }
    await this.storage.updateBoard(boardId, { columns: board.columns.filter((c) => c.id !== columnId) });
    return this.changed(boardId);
  }

  async requireWorkshop(id: string): Promise<WorkshopRecord> {
    const workshop = await this.storage.getWorkshop(id);
    if (!workshop) throw new AppError('not_found', 'No such workshop');
    return workshop;
  }

  /** The board, for a change of structure: refused while its workshop is archived. */
  private async openBoard(claims: TokenClaims, boardId: string): Promise<BoardInfo> {
    const board = await this.boardFor(claims, boardId);
    assertOpen(await this.requireWorkshop(claims.wid));
    return board;
  }

  private async changed(boardId: string): Promise<BoardInfo> {
    const board = await this.storage.getBoard(boardId);
    if (!board) throw new AppError('not_found', 'No such board');
    const info = toBoardInfo(board);
    for (const listener of this.boardListeners) listener(info);
    return info;
  }
}

const profileOf = (given: ProfileInput | undefined): ParticipantProfile =>
  given ? { kind: given.kind, organisation: given.organisation ?? null } : NO_PROFILE;

/** Archived means read-only, the structure included: only unarchiving changes it. */
function assertOpen(workshop: WorkshopRecord): void {
  if (workshop.archivedAt !== null) throw new AppError('forbidden', 'This workshop is archived: unarchive it to change it', 'archived');
}

function assertPermutation(current: string[], proposed: string[]): void {
  const same = current.length === proposed.length && new Set(proposed).size === proposed.length;
  if (!same || !proposed.every((id) => current.includes(id))) {
    throw new AppError('invalid_request', 'The new order must list every existing id exactly once');
  }
}
