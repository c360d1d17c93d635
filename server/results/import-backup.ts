/**
 * Imports a workshop backup (the `json` export) as a NEW workshop: every id is replaced
 * (old → new, consistently, so that groups, replies, votes, reactions and roadmap links still
 * point where they did), a new join code is drawn, and the times of cards, comments and
 * participants are kept. Transport-free: the route hands it the raw body.
 *
 * Two steps: `planImport` reads, checks and builds everything in memory (pure and CPU-bound:
 * it runs in a worker thread, see import-worker.ts), then `BackupImporter.import` writes the
 * plan. A refused file therefore changes nothing; a storage failure while writing is cleaned
 * up (see import()).
 */
import * as Y from 'yjs';
import { addCard, cardsOf } from '@shared/board-model';
import { groupsOf } from '@shared/board-groups';
import { addComment } from '@shared/card-comments';
import { newId } from '@shared/ids';
import type { OrganisedWorkshop } from '@shared/protocol';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  workshopBackup,
  type BackupBoard,
  type BackupCard,
  type BackupGroup,
  type WorkshopBackup,
} from '@shared/results/backup';
import { cardLink, parseCardLink, setRoadmapFields } from '@shared/roadmap';
import { LEAD_AUTHOR } from '@shared/roadmap-log';
import type { Vote } from '@shared/votes';
import type { TokenIssuer } from '../auth/tokens';
import type { WorkshopService } from '../domain/workshop-service';
import { AppError } from '../errors';
import type { BoardRecord, ParticipantRecord, Storage, WorkshopRecord } from '../storage/storage';

const invalid = (message: string) => new AppError('invalid_request', message);

/** Reads and checks a backup file; every refusal names what is wrong with it. */
export function parseBackup(raw: string): WorkshopBackup {
  if (raw.trim() === '') throw invalid('The backup file is empty');
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    // JSON.parse reports a cut-off file as an unexpected end; say so plainly.
    if (/end of (JSON )?(input|data)|Unterminated/i.test(reason)) {
      throw invalid(`The backup file is incomplete (it was cut off): ${reason}`);
    }
    throw invalid(`The backup file is not valid JSON (corrupt file?): ${reason}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw invalid('This file is not a Coatelier backup: it is not a JSON object');
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) {
    throw invalid(`This file is not a Coatelier backup: its format is ${JSON.stringify(format ?? null)}, expected "${BACKUP_FORMAT}"`);
  }
  if (version !== BACKUP_VERSION) {
    throw invalid(`Backup version ${JSON.stringify(version ?? null)} is not supported: this server reads version ${BACKUP_VERSION}`);
  }
  const parsed = workshopBackup.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw invalid(`The backup is invalid: ${issues.join('; ')}`);
  }
  checkReferences(parsed.data);
  return parsed.data;
}

/**
 * Ids must be unique (participants, boards, columns, cards), and cards, groups and votes must
 * point at columns, groups and cards of their own board.
 */
function checkReferences(backup: WorkshopBackup): void {
  const people = new Set<string>();
  for (const { id } of backup.participants) {
    if (people.has(id)) throw invalid(`The backup names participant id ${id} twice`);
    people.add(id);
  }
  const boardIds = new Set<string>();
  for (const board of backup.boards) {
    const where = `board "${board.title}"`;
    if (boardIds.has(board.id)) throw invalid(`The backup names board id ${board.id} twice`);
    boardIds.add(board.id);
    const columns = new Set(board.columns.map((c) => c.id));
    if (columns.size !== board.columns.length) throw invalid(`In ${where}, two columns have the same id`);
    const groups = new Set<string>();
    for (const group of board.groups) {
      if (!columns.has(group.column)) throw invalid(`In ${where}, group ${group.id} is in column ${group.column}, which does not exist`);
      groups.add(group.id);
    }
    const cards = new Set<string>();
    for (const card of board.cards) {
      if (cards.has(card.id)) throw invalid(`In ${where}, card id ${card.id} appears twice`);
      cards.add(card.id);
      if (!columns.has(card.column)) throw invalid(`In ${where}, card ${card.id} is in column ${card.column}, which does not exist`);
      if (card.group !== null && !groups.has(card.group)) {
        throw invalid(`In ${where}, card ${card.id} is in group ${card.group}, which does not exist`);
      }
    }
    for (const vote of board.votes) {
      if (!cards.has(vote.cardId)) throw invalid(`In ${where}, a vote is on card ${vote.cardId}, which does not exist`);
    }
  }
}

/** Old id → new id, the same new id every time an old one comes back. */
function idMapper() {
  const ids = new Map<string, string>();
  return (old: string): string => {
    if (old === '') return old;
    let id = ids.get(old);
    if (id === undefined) ids.set(old, (id = newId()));
    return id;
  };
}

/**
 * About this much JSON of cards goes into one document update: the server stores updates on
 * its main thread, and one multi-megabyte row would hold it as long as a whole import.
 */
const UPDATE_CHARS = 256 * 1_024;

/** The cards in runs of about UPDATE_CHARS of JSON (a larger card is a run of its own). */
function cardRuns(cards: BackupCard[]): BackupCard[][] {
  const runs: BackupCard[][] = [[]];
  let chars = 0;
  for (const card of cards) {
    if (chars >= UPDATE_CHARS) runs.push((chars = 0, []));
    runs.at(-1)!.push(card);
    chars += JSON.stringify(card).length;
  }
  return runs;
}

/**
 * The board's document, with every id already replaced, as a few updates of bounded size
 * (Yjs updates commute: stored one by one, they load as the whole document).
 */
export function buildBoardDoc(board: BackupBoard, fresh: (old: string) => string, boardIds: ReadonlySet<string>): Uint8Array[] {
  const doc = new Y.Doc();
  // Links to cards outside this backup are kept as they are: they are not ours to rename.
  const link = (l: string) => {
    const target = parseCardLink(l);
    return target && boardIds.has(target.boardId) ? cardLink(fresh(target.boardId), fresh(target.cardId)) : l;
  };
  const updates: Uint8Array[] = [];
  let stored = Y.encodeStateVector(doc);
  cardRuns(board.cards).forEach((run, i) => {
    doc.transact(() => {
      // The groups go with the first run.
      if (i === 0) for (const group of board.groups) addBackupGroup(doc, group, fresh);
      for (const card of run) addBackupCard(doc, card, fresh, link);
    });
    updates.push(Y.encodeStateAsUpdate(doc, stored));
    stored = Y.encodeStateVector(doc);
  });
  return updates;
}

function addBackupGroup(doc: Y.Doc, group: BackupGroup, fresh: (old: string) => string): void {
  const map = new Y.Map<unknown>();
  map.set('title', group.title);
  map.set('column', fresh(group.column));
  map.set('order', group.order);
  map.set('collapsed', group.collapsed);
  groupsOf(doc).set(fresh(group.id), map);
}

function addBackupCard(doc: Y.Doc, card: BackupCard, fresh: (old: string) => string, link: (l: string) => string): void {
  const id = fresh(card.id);
  addCard(doc, {
    id,
    column: fresh(card.column),
    order: card.order,
    text: card.text,
    color: card.color,
    author: fresh(card.author),
    authorName: card.authorName,
    createdAt: card.createdAt,
  });
  const map = cardsOf(doc).get(id)!;
  // Set as stored, not through addToGroup, which would also move the card.
  if (card.group !== null) map.set('group', fresh(card.group));
  if (card.tables.length > 0) map.set('tables', [...card.tables]);
  const reactions = map.get('reactions') as Y.Map<true>;
  for (const [reaction, people] of Object.entries(card.reactions)) {
    for (const person of people) reactions.set(`${reaction} ${fresh(person)}`, true);
  }
  for (const c of card.comments) {
    addComment(doc, id, { ...c, id: fresh(c.id), author: fresh(c.author), replyTo: c.replyTo === null ? null : fresh(c.replyTo) });
  }
  if (card.roadmap) {
    setRoadmapFields(doc, id, { ...card.roadmap, links: card.roadmap.links.map(link) });
    const writer = (by: string) => (by === LEAD_AUTHOR ? by : fresh(by));
    const { progress = [], statusHistory = [] } = card.roadmap;
    if (progress.length > 0) map.set('progress', progress.map((n) => ({ ...n, by: writer(n.by) })));
    if (statusHistory.length > 0) map.set('statusHistory', statusHistory.map((c) => ({ ...c, by: writer(c.by) })));
  }
}

/** Everything an import writes, every id already replaced; the workshop lacks its join code. */
export interface ImportPlan {
  workshop: Omit<WorkshopRecord, 'joinCode' | 'createdAt'>;
  boards: BoardRecord[];
  /** Each board's document as a few updates, in the order of `boards`. */
  documents: Uint8Array[][];
  votes: Vote[][];
  participants: ParticipantRecord[];
}

/** The workshop a checked backup describes, built in memory under new ids. */
export function planImport(backup: WorkshopBackup): ImportPlan {
  const fresh = idMapper();
  const workshopId = newId();
  const boardIds = new Set(backup.boards.map((b) => b.id));
  return {
    workshop: {
      id: workshopId,
      title: backup.workshop.title,
      date: backup.workshop.date,
      place: backup.workshop.place,
      // The copy is a live workshop, whatever state the original was in.
      archivedAt: null,
      retentionDays: backup.workshop.retentionDays,
      anonymisedAt: null,
      linkGenerations: { facilitator: 0, viewer: 0, participant: 0 },
    },
    boards: backup.boards.map((b, position) => ({
      id: fresh(b.id),
      workshopId,
      title: b.title,
      position,
      columns: b.columns.map((c) => ({ id: fresh(c.id), title: c.title })),
      kind: b.kind,
      table: b.table,
      // A source outside the backup would be another workshop's board.
      sourceBoardId: b.sourceBoardId !== null && boardIds.has(b.sourceBoardId) ? fresh(b.sourceBoardId) : null,
    })),
    documents: backup.boards.map((b) => buildBoardDoc(b, fresh, boardIds)),
    votes: backup.boards.map((b) => b.votes.map((v) => ({ participantId: fresh(v.participantId), cardId: fresh(v.cardId) }))),
    participants: backup.participants.map((p) => ({
      id: fresh(p.id),
      workshopId,
      name: p.name,
      joinedAt: p.joinedAt,
      kind: p.kind ?? null,
      organisation: p.organisation ?? null,
      ...(p.role ? { role: p.role } : {}),
    })),
  };
}

const VOTES_PER_WRITE = 2_000;
/** The longest the writes of an import hold the event loop before letting others run. */
const WRITE_BURST_MS = 20;

/** Resolves at once, or on the next turn of the event loop once WRITE_BURST_MS have passed. */
function yielder(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < WRITE_BURST_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}

export class BackupImporter {
  constructor(
    private readonly storage: Storage,
    private readonly tokens: TokenIssuer,
    private readonly workshops: WorkshopService,
  ) {}

  /**
   * Creates the workshop a plan describes; answers like creating a workshop does. The writes
   * give the event loop a turn every few milliseconds: SQLite writes block the main thread,
   * and thousands of rows in a row would freeze every board of the server meanwhile.
   */
  async import(plan: ImportPlan): Promise<OrganisedWorkshop> {
    const { workshop, boards, documents, votes, participants } = plan;
    const breathe = yielder();
    // Documents and votes first, under board ids nobody knows yet: the workshop only
    // appears once its content is stored, and a failed write leaves nothing visible. Its
    // organiser token is only signed at the end: until then nobody can reach it.
    try {
      for (const [i, board] of boards.entries()) {
        for (const update of documents[i]!) {
          await this.storage.appendUpdate(board.id, update);
          await breathe();
        }
        for (let from = 0; from < votes[i]!.length; from += VOTES_PER_WRITE) {
          await this.storage.insertVotes(board.id, votes[i]!.slice(from, from + VOTES_PER_WRITE));
          await breathe();
        }
      }
      await this.workshops.insertWithJoinCode((joinCode) => this.storage.createWorkshop({ ...workshop, joinCode, createdAt: Date.now() }, boards));
      for (const participant of participants) {
        await this.storage.addParticipant(participant);
        await breathe();
      }
    } catch (err) {
      await Promise.allSettled(boards.map((b) => this.storage.deleteBoard(b.id)));
      throw err;
    }
    const organiserToken = await this.tokens.sign({ wid: workshop.id, role: 'organiser', pid: newId() });
    return { ...(await this.workshops.get(workshop.id)), organiserToken };
  }
}
