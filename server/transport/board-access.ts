/**
 * What both transports do when a connection opens or leaves a board: authorise against the
 * shared permission table, then hold the live board in the registry.
 */
import { can } from '@shared/roles';
import type { BoardInfo, TokenClaims } from '@shared/protocol';
import type { BoardDoc } from '../docs/board-doc';
import type { BoardRegistry } from '../docs/board-registry';
import type { WorkshopService } from '../domain/workshop-service';
import { AppError } from '../errors';

export class BoardAccess {
  constructor(
    private readonly workshops: WorkshopService,
    private readonly registry: BoardRegistry,
  ) {}

  async open(claims: TokenClaims, boardId: string): Promise<{ board: BoardDoc; info: BoardInfo }> {
    // AUTH
    const info = await this.workshops.boardFor(claims, boardId);
    if (!can(claims.role, 'board.read')) throw new AppError('forbidden', 'This role cannot read boards');
    // RESOLUTION
    return { board: await this.registry.acquire(boardId), info };
  }

  /** Whether this bearer may send document updates. */
  canWrite(claims: TokenClaims): boolean {
    return can(claims.role, 'board.edit');
  }

  close(board: BoardDoc, owner: object): void {
    board.detach(owner);
    this.registry.release(board.boardId);
  }
}
