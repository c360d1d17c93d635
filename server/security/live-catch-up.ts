/**
 * Redis pub/sub loses what is published while an instance's connection is down: when it
 * comes back, the instance re-reads, for every workshop it has connections on, what other
 * instances may have changed meanwhile (revoked generations, archiving, deleted boards).
 */
import { generationsOf } from '../auth/generations';
import type { Authenticator } from '../auth/authenticator';
import type { FacilitationService } from '../domain/facilitation-service';
import type { WorkshopStore } from '../storage/storage';
import type { LiveConnections } from './live-connections';

interface Deps {
  live: LiveConnections;
  auth: Authenticator;
  facilitation: Pick<FacilitationService, 'setArchived'>;
  store: Pick<WorkshopStore, 'getWorkshop' | 'getBoard'>;
  removeBoard: (workshopId: string, boardId: string) => Promise<void>;
}

export function liveCatchUp({ live, auth, facilitation, store, removeBoard }: Deps) {
  return async (): Promise<void> => {
    for (const [workshopId, boards] of live.online()) {
      const workshop = await store.getWorkshop(workshopId);
      if (!workshop) continue;
      auth.generations.note(workshopId, generationsOf(workshop));
      facilitation.setArchived(workshopId, workshop.archivedAt !== null);
      for (const boardId of boards) {
        if (!(await store.getBoard(boardId))) await removeBoard(workshopId, boardId);
      }
    }
  };
}
