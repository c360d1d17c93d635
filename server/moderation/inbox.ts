/**
 * A controlled board's inbox ("mode contrôlé", issue 12 §7): while it is on, a participant's
 * new card waits here instead of entering the document (check-moderation refuses it there);
 * a facilitator accepts it, and the server writes it into the board as the participant's card,
 * or refuses it, and its author sees so. Bounded per participant and per board.
 */
import { CARD_COLORS, addCard, type CardColor } from '@shared/board-model';
import { newId } from '@shared/ids';
import { INBOX_LIMITS, type InboxCard } from '@shared/moderation';
import type { InboxCardBody, TokenClaims } from '@shared/protocol';
import { can } from '@shared/roles';
import type { BoardRegistry } from '../docs/board-registry';
import type { FacilitationService } from '../domain/facilitation-service';
import type { WorkshopService } from '../domain/workshop-service';
import { AppError } from '../errors';
import type { InboxRecord } from '../storage/moderation-store';
import type { Storage } from '../storage/storage';
import type { ModeratorAccess } from './moderator-access';

interface Deps {
  storage: Pick<Storage, 'moderation'>;
  registry: BoardRegistry;
  access: ModeratorAccess;
  facilitation: FacilitationService;
  workshops: WorkshopService;
  now?: () => number;
}

const FULL = {
  participant_full: `At most ${INBOX_LIMITS.pendingPerParticipant} cards of yours wait in this inbox`,
  board_full: `At most ${INBOX_LIMITS.pendingPerBoard} cards wait in this inbox`,
} as const;

const isColor = (color: string): color is CardColor => (CARD_COLORS as readonly string[]).includes(color);

export class Inbox {
  private readonly now: () => number;

  constructor(private readonly deps: Deps) {
    this.now = deps.now ?? Date.now;
  }

  async add(claims: TokenClaims, boardId: string, body: InboxCardBody): Promise<InboxCard> {
    // AUTH
    const { access, facilitation } = this.deps;
    const board = await access.board(claims, boardId);
    if (!can(claims.role, 'board.edit')) throw new AppError('forbidden', 'This role writes no card');
    await facilitation.state(boardId);
    if (!facilitation.canWrite(claims, boardId)) throw new AppError('forbidden', 'This board takes no card now', 'locked');
    // VALIDATION
    if (!facilitation.current(boardId).controlled) {
      throw new AppError('conflict', 'This board is not in controlled mode: write on the board itself', 'not_controlled');
    }
    if (!board.columns.some((c) => c.id === body.column)) throw new AppError('invalid_request', 'No such column on this board');
    // RESOLUTION
    const record: InboxRecord = { id: newId(), boardId, ...body, author: claims.pid, createdAt: this.now(), status: 'pending' };
    const admitted = await this.deps.storage.moderation.addToInbox(record, {
      perParticipant: INBOX_LIMITS.pendingPerParticipant,
      perBoard: INBOX_LIMITS.pendingPerBoard,
    });
    if (admitted !== 'added') throw new AppError('payload_too_large', FULL[admitted], 'inbox_full');
    return { ...toCard(record), authorName: '' };
  }

  /** Everything waiting, for a facilitator (with names); a participant's own cards, for them. */
  async list(claims: TokenClaims, boardId: string): Promise<InboxCard[]> {
    // AUTH
    const { access } = this.deps;
    await access.board(claims, boardId);
    if (!can(claims.role, 'board.edit')) throw new AppError('forbidden', 'This role has no inbox');
    // RESOLUTION
    const records = await this.deps.storage.moderation.inbox(boardId);
    if (!access.moderates(claims, boardId)) return records.filter((r) => r.author === claims.pid).map((r) => ({ ...toCard(r), authorName: '' }));
    const names = await this.names(claims.wid);
    return records.map((r) => ({ ...toCard(r), authorName: names.get(r.author) ?? '' }));
  }

  /** Writes the card into the board as its author's; returns its id on the board. */
  async accept(claims: TokenClaims, boardId: string, id: string): Promise<string> {
    await this.requireModerating(claims, boardId);
    const record = (await this.deps.storage.moderation.inbox(boardId)).find((r) => r.id === id && r.status === 'pending');
    if (!record) throw new AppError('not_found', 'No such card in the inbox');
    const [cardId] = await this.publish(claims, boardId, [record]);
    return cardId!;
  }

  async acceptAll(claims: TokenClaims, boardId: string): Promise<number> {
    await this.requireModerating(claims, boardId);
    const pending = (await this.deps.storage.moderation.inbox(boardId)).filter((r) => r.status === 'pending');
    return (await this.publish(claims, boardId, pending)).length;
  }

  async refuse(claims: TokenClaims, boardId: string, id: string): Promise<void> {
    await this.requireModerating(claims, boardId);
    if (!(await this.deps.storage.moderation.refuse(boardId, id))) throw new AppError('not_found', 'No such card in the inbox');
  }

  /** The author takes back a pending card, or dismisses a refused one. */
  async withdraw(claims: TokenClaims, boardId: string, id: string): Promise<void> {
    await this.deps.access.board(claims, boardId);
    const record = (await this.deps.storage.moderation.inbox(boardId)).find((r) => r.id === id);
    if (!record || record.author !== claims.pid) throw new AppError('not_found', 'No such card of yours in the inbox');
    await this.deps.storage.moderation.takeFromInbox(boardId, id);
  }

  private async requireModerating(claims: TokenClaims, boardId: string): Promise<void> {
    await this.deps.access.requireModerator(claims, boardId);
    await this.deps.access.requireOpen(claims);
  }

  /**
   * Each card leaves the inbox, then enters the board in one document change: a card taken by
   * a concurrent accept (another facilitator, another instance) is skipped, never written twice.
   */
  private async publish(claims: TokenClaims, boardId: string, records: readonly InboxRecord[]): Promise<string[]> {
    const { storage, registry, facilitation, access } = this.deps;
    const taken: InboxRecord[] = [];
    for (const r of records) {
      const record = await storage.moderation.takeFromInbox(boardId, r.id);
      if (record) taken.push(record);
    }
    if (taken.length === 0) return [];
    const columns = (await access.board(claims, boardId)).columns.map((c) => c.id);
    const anonymous = (await facilitation.state(boardId)).anonymous;
    const names = anonymous ? new Map<string, string>() : await this.names(claims.wid);
    const placed = taken.map((r) => ({ record: r, cardId: newId(), column: columns.includes(r.column) ? r.column : columns[0] }));
    const board = await registry.acquire(boardId);
    try {
      await board.change((doc) => {
        for (const { record, cardId, column } of placed) {
          if (column === undefined) continue;
          addCard(doc, {
            id: cardId,
            column,
            author: record.author,
            authorName: names.get(record.author) ?? '',
            color: isColor(record.color) ? record.color : 'yellow',
            text: record.text,
            createdAt: record.createdAt,
          });
        }
      }, claims.pid);
    } finally {
      registry.release(boardId);
    }
    return placed.map((p) => p.cardId);
  }

  private async names(workshopId: string): Promise<Map<string, string>> {
    return new Map((await this.deps.workshops.participants(workshopId)).map((p) => [p.id, p.name]));
  }
}

function toCard(record: InboxRecord): Omit<InboxCard, 'authorName'> {
  const { id, column, text, color, author, createdAt, status } = record;
  return { id, column, text, color, author, createdAt, status };
}
