/**
 * A deleted board goes for everyone at once: its sessions end (the clients are told why),
 * its live documents (the board and its private drafts) are dropped without storing
 * anything more, and what a batch already on its way stored meanwhile is deleted too.
 * Runs on the instance that deleted the board and on every other one (Redis event).
 */
import type { BoardRegistry } from '../docs/board-registry';
import type { WorkshopStore } from '../storage/storage';
import type { LiveConnections } from './live-connections';

export function boardRemoval(live: LiveConnections, registry: BoardRegistry, store: Pick<WorkshopStore, 'deleteBoard'>) {
  return async (workshopId: string, boardId: string): Promise<void> => {
    live.endBoard(workshopId, boardId);
    await registry.discard(boardId);
    // Deleting is idempotent: this removes the rows of a batch written while the board went.
    await store.deleteBoard(boardId);
  };
}
