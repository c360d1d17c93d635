/**
 * The next rencontre takes up the previous roadmap: every action of the source workshop's
 * roadmaps is copied into the target's first roadmap, with its lead, partners, due date,
 * status, notes and status history, plus a note saying where it came from. Links are dropped
 * (they name the other workshop's cards). Each copy keeps `origin` (`<boardId>/<cardId>` of
 * the action it copies), so taking up the same workshop again adds only what is new (a
 * backup file's ids are new at each reading: taking it up twice copies twice).
 */
import * as Y from 'yjs';
import { addCard, cardsOf, listCards } from '@shared/board-model';
import { newId } from '@shared/ids';
import type { RoadmapImportResult } from '@shared/followup';
import type { BoardInfo, TokenClaims } from '@shared/protocol';
import { cardLink, readRoadmap, setRoadmapFields, type RoadmapFields } from '@shared/roadmap';
import { ROADMAP_MAX_NOTES, readRoadmapLog, type RoadmapLog } from '@shared/roadmap-log';
import type { Authenticator } from '../auth/authenticator';
import type { BoardRegistry } from '../docs/board-registry';
import type { WorkshopService } from '../domain/workshop-service';
import { AppError } from '../errors';
import type { ImportPlan } from '../results/import-backup';
import type { BoardRecord, Storage } from '../storage/storage';

/** More than any roadmap of a day holds; bounds one document change. */
export const MAX_IMPORTED_ACTIONS = 500;

export interface RoadmapImportDeps {
  authenticator: Authenticator;
  workshops: WorkshopService;
  registry: BoardRegistry;
  storage: Pick<Storage, 'listBoards' | 'loadBoard'>;
}

interface Action {
  origin: string;
  text: string;
  columnTitle: string;
  fields: RoadmapFields;
  log: RoadmapLog;
}

export class RoadmapImport {
  constructor(private readonly deps: RoadmapImportDeps) {}

  /** AUTH: `claims` organise the target (checked by the route), `fromToken` must organise the source. */
  async fromWorkshop(claims: TokenClaims, fromWorkshopId: string, fromToken: string): Promise<RoadmapImportResult> {
    const source = await this.deps.authenticator.authenticate(fromToken);
    if (source?.role !== 'organiser' || source.wid !== fromWorkshopId) {
      throw new AppError('forbidden', 'Taking up a roadmap needs an organiser token of the previous workshop too');
    }
    if (fromWorkshopId === claims.wid) throw new AppError('invalid_request', 'A workshop cannot take up its own roadmap');
    const previous = await this.deps.workshops.requireWorkshop(fromWorkshopId);
    const roadmaps = (await this.deps.storage.listBoards(fromWorkshopId)).filter((b) => b.kind === 'roadmap');
    const actions: Action[] = [];
    for (const roadmap of roadmaps) await this.deps.registry.usingStored(roadmap.id, async (live) => void actions.push(...actionsIn(roadmap, live.doc)));
    return this.takeUp(claims, previous.title, actions);
  }

  /** From a backup file, checked and built in memory by the import worker (import-backup.ts). */
  fromBackup(claims: TokenClaims, plan: ImportPlan): Promise<RoadmapImportResult> {
    const actions: Action[] = [];
    plan.boards.forEach((board, i) => {
      if (board.kind !== 'roadmap') return;
      const doc = new Y.Doc();
      for (const update of plan.documents[i] ?? []) Y.applyUpdate(doc, update);
      actions.push(...actionsIn(board, doc));
    });
    return this.takeUp(claims, plan.workshop.title, actions);
  }

  private async takeUp(claims: TokenClaims, previousTitle: string, actions: readonly Action[]): Promise<RoadmapImportResult> {
    const target = await this.deps.workshops.requireWorkshop(claims.wid);
    if (target.archivedAt !== null) throw new AppError('forbidden', 'This workshop is archived', 'archived');
    const into = (await this.deps.storage.listBoards(claims.wid)).find((b) => b.kind === 'roadmap');
    if (!into) throw new AppError('conflict', 'This workshop has no roadmap board', 'no_roadmap');
    if (actions.length > MAX_IMPORTED_ACTIONS) throw new AppError('payload_too_large', `At most ${MAX_IMPORTED_ACTIONS} actions are taken up at once`);
    const board = await this.deps.workshops.boardIn(claims.wid, into.id);
    const added = await this.deps.registry.usingStored(into.id, async (live) => {
      let count = 0;
      await live.change((doc) => (count = writeActions(doc, board, actions, claims.pid, previousTitle)));
      return count;
    });
    return { boardId: into.id, added };
  }

}

/** The actions of one roadmap's document, in the board's order. */
function actionsIn(roadmap: Pick<BoardRecord, 'id' | 'columns'>, doc: Y.Doc): Action[] {
  const titles = new Map(roadmap.columns.map((c) => [c.id, c.title]));
  const actions: Action[] = [];
  for (const card of listCards(doc)) {
    const map = cardsOf(doc).get(card.id);
    const columnTitle = titles.get(card.column);
    if (!map || columnTitle === undefined) continue;
    actions.push({ origin: cardLink(roadmap.id, card.id), text: card.text, columnTitle, fields: readRoadmap(map), log: readRoadmapLog(map) });
  }
  return actions;
}

/** Copies the actions not taken up yet; each lands in the column of the same title, else the first. */
function writeActions(doc: Y.Doc, board: BoardInfo, actions: readonly Action[], author: string, previousTitle: string): number {
  const first = board.columns[0]?.id;
  if (!first) return 0;
  const taken = new Set<unknown>([...cardsOf(doc).values()].map((map) => map.get('origin')));
  const byTitle = new Map(board.columns.map((c) => [c.title, c.id]));
  let added = 0;
  for (const action of actions) {
    if (taken.has(action.origin)) continue;
    const id = newId();
    addCard(doc, { id, column: byTitle.get(action.columnTitle) ?? first, author, authorName: '', text: action.text });
    const card = cardsOf(doc).get(id)!;
    card.set('origin', action.origin);
    setRoadmapFields(doc, id, { ...action.fields, links: [] });
    // The record as it was, and where it comes from (content of the document, in French as
    // the rest of what the network writes; the lead's page and exports show it as written).
    const takenUp = { text: `Repris de « ${previousTitle} »`, at: Date.now(), by: author, byName: '' };
    card.set('progress', [...action.log.progress, takenUp].slice(-ROADMAP_MAX_NOTES));
    card.set('statusHistory', action.log.statusHistory);
    added++;
  }
  return added;
}
