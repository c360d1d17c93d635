/**
 * Who moderates a board: an organiser, or a facilitator whose link covers it (the permission
 * `board.facilitate` of shared/roles.ts, narrowed by the token's board); and whether its
 * workshop still takes changes.
 */
import type { TokenClaims } from '@shared/protocol';
import type { FacilitationService } from '../domain/facilitation-service';
import type { WorkshopService } from '../domain/workshop-service';
import { AppError } from '../errors';

export class ModeratorAccess {
  constructor(
    private readonly workshops: WorkshopService,
    private readonly facilitation: FacilitationService,
  ) {}

  /** The board, once the bearer is known to be of its workshop. */
  board(claims: TokenClaims, boardId: string) {
    return this.workshops.boardFor(claims, boardId);
  }

  moderates(claims: TokenClaims, boardId: string): boolean {
    return this.facilitation.isFacilitator(claims, boardId);
  }

  async requireModerator(claims: TokenClaims, boardId: string): Promise<void> {
    if (!this.moderates(claims, boardId)) throw new AppError('forbidden', 'Only a facilitator of this board can do this');
    await this.board(claims, boardId);
  }

  async requireOpen(claims: TokenClaims): Promise<void> {
    if ((await this.workshops.requireWorkshop(claims.wid)).archivedAt !== null) {
      throw new AppError('forbidden', 'This workshop is archived', 'archived');
    }
  }
}
