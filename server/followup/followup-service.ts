/**
 * Follow-up links: an organiser hands an action's lead a link (FollowupTokens); the lead reads
 * the action and changes its status or adds a note through it. The writes are made here, on
 * the board's live document (like the synthesis), so they are stored, relayed to every
 * connected browser and kept in the board's history as any edit.
 */
import type { FollowupAction, SharedNote, SharedStatusChange } from '@shared/followup';
import { FOLLOWUP_PATH } from '@shared/followup';
import { cardsOf, readCard } from '@shared/board-model';
import type { TokenClaims } from '@shared/protocol';
import { readRoadmap, type RoadmapStatus } from '@shared/roadmap';
import { LEAD_AUTHOR, addProgressNote, changeStatus, readProgress, readStatusHistory, type LogWriter } from '@shared/roadmap-log';
import type { Authenticator } from '../auth/authenticator';
import { generationsOf } from '../auth/generations';
import type { BoardDoc } from '../docs/board-doc';
import type { BoardRegistry } from '../docs/board-registry';
import type { WorkshopService } from '../domain/workshop-service';
import { AppError } from '../errors';
import type { Storage } from '../storage/storage';
import type { FollowupClaims, FollowupTokens } from './followup-tokens';

export interface FollowupDeps {
  tokens: FollowupTokens;
  authenticator: Authenticator;
  workshops: WorkshopService;
  registry: BoardRegistry;
  storage: Pick<Storage, 'getWorkshop' | 'getBoard' | 'loadBoard'>;
}

const shared = <T extends { by: string }>({ by, ...rest }: T) => ({ ...rest, byLead: by === LEAD_AUTHOR });

export class FollowupService {
  constructor(private readonly deps: FollowupDeps) {}

  /** AUTH is the caller's ('links.manage' on the board's workshop); the action must exist. */
  async createLink(claims: TokenClaims, boardId: string, cardId: string): Promise<string> {
    const board = await this.deps.workshops.boardFor(claims, boardId);
    if (board.kind !== 'roadmap') throw new AppError('invalid_request', 'Follow-up links are for the actions of a roadmap');
    const exists = await this.deps.registry.usingStored(boardId, async (live) => cardsOf(live.doc).has(cardId));
    if (!exists) throw new AppError('not_found', 'No such action');
    const workshop = await this.deps.workshops.requireWorkshop(claims.wid);
    const token = await this.deps.tokens.sign({ wid: claims.wid, bid: boardId, act: cardId, gen: workshop.linkGenerations.viewer });
    return `${FOLLOWUP_PATH}${token}`;
  }

  async read(token: unknown): Promise<FollowupAction> {
    const { claims, workshopTitle, boardTitle } = await this.resolve(token);
    return this.deps.registry.usingStored(claims.bid, async (live) => this.view(live, claims, workshopTitle, boardTitle));
  }

  setStatus(token: unknown, status: RoadmapStatus, name: string | undefined): Promise<FollowupAction> {
    return this.write(token, (doc, act, writer) => void changeStatus(doc, act, status, writer), name);
  }

  addNote(token: unknown, text: string, name: string | undefined): Promise<FollowupAction> {
    return this.write(token, (doc, act, writer) => {
      if (!addProgressNote(doc, act, text, writer)) throw new AppError('payload_too_large', 'This action has as many notes as it may keep', 'too_many');
    }, name);
  }

  private async write(token: unknown, edit: (doc: BoardDoc['doc'], act: string, writer: LogWriter) => void, name: string | undefined): Promise<FollowupAction> {
    const { claims, workshopTitle, boardTitle, archived } = await this.resolve(token);
    if (archived) throw new AppError('forbidden', 'This workshop is archived', 'archived');
    return this.deps.registry.usingStored(claims.bid, async (live) => {
      this.view(live, claims, workshopTitle, boardTitle); // the action is still there
      await live.change((doc) => edit(doc, claims.act, { by: LEAD_AUTHOR, byName: name ?? '' }));
      return this.view(live, claims, workshopTitle, boardTitle);
    });
  }

  /** The token's claims, checked against the current viewer generation and the board. */
  private async resolve(token: unknown) {
    const claims = await this.deps.tokens.verify(token);
    const workshop = claims && (await this.deps.storage.getWorkshop(claims.wid));
    if (!claims || !workshop) throw new AppError('unauthorized', 'This follow-up link is not valid (any more)');
    const generations = this.deps.authenticator.generations;
    generations.note(workshop.id, generationsOf(workshop));
    if (claims.gen !== generations.get(workshop.id)!.links.viewer) throw new AppError('unauthorized', 'This follow-up link was revoked', 'revoked');
    const board = await this.deps.storage.getBoard(claims.bid);
    if (!board || board.workshopId !== claims.wid || board.kind !== 'roadmap') throw new AppError('not_found', 'No such roadmap');
    return { claims, workshopTitle: workshop.title, boardTitle: board.title, archived: workshop.archivedAt !== null };
  }

  private view(live: BoardDoc, claims: FollowupClaims, workshopTitle: string, boardTitle: string): FollowupAction {
    const card = cardsOf(live.doc).get(claims.act);
    const action = readCard(claims.act, card);
    if (!card || !action) throw new AppError('not_found', 'This action was removed from the roadmap');
    const { leadKind, leadName, partners, due, status } = readRoadmap(card);
    return {
      workshopTitle,
      boardTitle,
      text: action.text,
      leadKind,
      leadName,
      partners,
      due,
      status,
      progress: readProgress(card).map((n): SharedNote => shared(n)),
      statusHistory: readStatusHistory(card).map((c): SharedStatusChange => shared(c)),
    };
  }

}
