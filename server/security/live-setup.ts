/**
 * Wires what makes open connections obey the organiser: the registry of live connections,
 * their limits, revocations and board deletions acted on here and announced to the other
 * instances, and the catch-up after Redis was away.
 */
import type { IncomingMessage } from 'node:http';
import type { Express } from 'express';
import type { Authenticator } from '../auth/authenticator';
import type { LiveLimitSettings } from '../config';
import type { BoardRegistry } from '../docs/board-registry';
import type { FacilitationService } from '../domain/facilitation-service';
import type { WorkshopService } from '../domain/workshop-service';
import type { InstanceEvent, RedisRelay } from '../scale/redis-relay';
import type { Storage } from '../storage/storage';
import { clientAddress, type TrustFn } from './http-client-address';
import { boardRemoval } from './live-board-removal';
import { liveCatchUp } from './live-catch-up';
import { LiveConnections } from './live-connections';
import { LiveLimits } from './live-limits';

interface Deps {
  app: Express;
  settings: LiveLimitSettings;
  authenticator: Authenticator;
  registry: BoardRegistry;
  storage: Storage;
  facilitation: FacilitationService;
  workshops: WorkshopService;
  relay: RedisRelay | null;
}

export function setUpLive({ app, settings, authenticator, registry, storage, facilitation, workshops, relay }: Deps) {
  const live = new LiveConnections(authenticator);
  const removeBoard = boardRemoval(live, registry, storage);
  authenticator.generations.onGrown((workshopId, generations, source) => {
    if (source === 'revoked') relay?.publishEvent({ kind: 'generations', workshopId, generations });
    live.endLapsed(workshopId);
  });
  workshops.onBoardRemoved(async (workshopId, boardId) => {
    relay?.publishEvent({ kind: 'board-deleted', workshopId, boardId });
    await removeBoard(workshopId, boardId);
  });
  return {
    live,
    limits: new LiveLimits(settings),
    /** The same client address as Express's `req.ip`, under the same TRUST_PROXY. */
    addressOf: (req: IncomingMessage) => clientAddress(req, app.get('trust proxy fn') as TrustFn),
    /** Acts on another instance's revocation or deletion. */
    onEvent(event: Extract<InstanceEvent, { kind: 'generations' | 'board-deleted' }>): Promise<void> {
      if (event.kind === 'board-deleted') return removeBoard(event.workshopId, event.boardId);
      authenticator.generations.note(event.workshopId, event.generations, 'remote');
      return Promise.resolve();
    },
    catchUp: liveCatchUp({ live, auth: authenticator, facilitation, store: storage, removeBoard }),
  };
}
