/**
 * Assembles the server: storage, the document layer, the domain, and the transports on
 * one HTTP port. startServer() is what main.ts, the tests and the benchmark call.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import { Server as SocketIOServer } from 'socket.io';
import { Authenticator } from './auth/authenticator';
import { signingSecret } from './auth/signing-secret';
import { TokenIssuer } from './auth/tokens';
import type { Config } from './config';
import { BoardRegistry } from './docs/board-registry';
import { combineHooks } from './docs/doc-hooks';
import { BoardStats } from './docs/board-stats';
import { FacilitationService } from './domain/facilitation-service';
import { InviteLinks } from './domain/invite-links';
import { PrivateDrafts } from './domain/private-drafts';
import { SynthesisService } from './domain/synthesis-service';
import { Retention } from './domain/retention';
import { WorkshopService } from './domain/workshop-service';
import { WorkshopSnapshots } from './results/workshop-snapshot';
import { BackupImporter } from './results/import-backup';
import { ImportWorkers } from './results/import-worker';
import { importRoutes } from './http/import-routes';
import { clientRoutes } from './http/client-routes';
import { apiRoutes } from './http/api-routes';
import { configRoutes } from './http/config-routes';
import { joinQrRoutes } from './http/join-qr-routes';
import { historyRoutes } from './http/history-routes';
import { publicationRoutes } from './publication/publication-routes';
import { HiddenCards } from './moderation/hidden-cards';
import { Inbox } from './moderation/inbox';
import { moderationRoutes } from './moderation/moderation-routes';
import { ModeratorAccess } from './moderation/moderator-access';
import { followupRoutes } from './followup/followup-routes';
import { roadmapImportRoutes } from './followup/roadmap-import-routes';
import { BoardHistory } from './history/board-history';
import { opsRoutes, type ReadinessCheck } from './http/ops-routes';
import { Metrics } from './ops/metrics';
import { startBackupSchedule } from './backup/backup-schedule';
import { catchUpEvents } from './scale/catch-up';
import { errorMiddleware } from './http/errors-middleware';
import { securityHeaders } from './security/http-headers';
import { metricsAccess } from './security/http-metrics-access';
import { refuseMalformedUrls } from './security/http-url-guard';
import { RateLimits } from './security/rate-limits';
import { setUpLive } from './security/live-setup';
import { createLogger, type Logger } from './logger';
import { createStorage } from './storage/create-storage';
import type { Storage } from './storage/storage';
import { BoardAccess } from './transport/board-access';
import { EVENTS } from '@shared/protocol';
import { attachSocketIO } from './transport/socketio-transport';
import { attachYWebsocket } from './transport/ywebsocket-transport';

export interface RunningServer {
  url: string;
  port: number;
  log: Logger;
  /** The RGPD retention job, exposed so that tests can run it with a later clock. */
  retention: Retention;
  /** Stops accepting, stores and compacts every board, closes connections and storage. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Mounts the browser client (the Vite dev middleware in `npm run dev`). */
  mountClient?: (app: Express, server: HttpServer) => Promise<void>;
  storage?: Storage;
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const log = createLogger(config.logLevel);
  // Names and the token secret live here: for the server's user only (when it creates it).
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const storage = options.storage ?? (await createStorage(config));
  const secret = await signingSecret(config, storage, log);
  const tokens = new TokenIssuer(secret);
  const authenticator = new Authenticator(tokens, storage);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const server = createServer(app);
  const io = new SocketIOServer(server, {
    maxHttpBufferSize: config.maxMessageBytes,
    // Leave upgrades on other paths (/yjs/...) to the y-websocket transport.
    destroyUpgrade: false,
    serveClient: false,
  });

  // Read at scrape time, once everything below exists.
  const metrics: Metrics = new Metrics({
    registry: () => registry,
    connections: () => ({ socketio: io.engine.clientsCount, ywebsocket: yws.connectionCount() }),
  });
  // Redis and its Socket.IO adapter load only for several instances (heap and start time).
  const relay = config.redisUrl ? new (await import('./scale/redis-relay')).RedisRelay(config.redisUrl, storage, log) : null;
  const history: BoardHistory = new BoardHistory({
    storage,
    registry: () => registry,
    log,
    isAnonymous: async (boardId) => (await facilitation.state(boardId)).anonymous,
  });
  const registry = new BoardRegistry(
    storage,
    log,
    config.boardUnloadDelayMs,
    combineHooks(metrics.docHooks, relay?.docHooks ?? {}, history.docHooks, { onUnloaded: (boardId) => facilitation.forget(boardId) }),
  );
  const workshops = new WorkshopService(storage, tokens);
  const stats = new BoardStats(registry);
  const drafts = new PrivateDrafts(registry, storage);
  const facilitation: FacilitationService = new FacilitationService(storage, registry, {
    onState: (boardId, state, previous) => {
      sio.broadcastState(boardId, state);
      relay?.publishEvent({ kind: 'state', boardId, state });
      if (state.votes.totalsRevealed && !previous.votes.totalsRevealed) void history.before(boardId, 'votes_reveal');
    },
    onVotes: (boardId) => {
      relay?.publishEvent({ kind: 'votes', boardId });
      sio.broadcastVotes(boardId).catch((err: unknown) => log.error({ err, boardId }, 'broadcasting votes failed'));
    },
    onRevealDrafts: async (boardId, author) => {
      await history.before(boardId, 'drafts_reveal');
      await drafts.reveal(boardId, author);
    },
    onArchived: (workshopId, archived) => relay?.publishEvent({ kind: 'archived', workshopId, archived }),
    onArchiveChanged: (workshopId, archived) => sio.broadcastArchived(workshopId, archived),
  });
  const access = new BoardAccess(workshops, registry, facilitation);
  const links = new InviteLinks(storage, tokens, authenticator, workshops);
  const synthesis = new SynthesisService(workshops, registry, storage, {
    onVotes: (boardId) => {
      relay?.publishEvent({ kind: 'votes', boardId });
      sio.broadcastVotes(boardId).catch((err: unknown) => log.error({ err, boardId }, 'broadcasting votes failed'));
    },
    beforeMerge: (boardId) => history.before(boardId, 'merge'),
  });
  const moderators = new ModeratorAccess(workshops, facilitation);
  const hiddenCards = new HiddenCards({ storage, registry, access: moderators });
  const inbox = new Inbox({ storage, registry, access: moderators, facilitation, workshops });
  const retention = new Retention({ storage, registry, log, workshops, demoLifetimeHours: config.demoLifetimeHours });

  const { live, limits: liveLimits, addressOf, ...liveEvents } = setUpLive({
    app,
    settings: config.liveLimits,
    authenticator,
    registry,
    storage,
    facilitation,
    workshops,
    relay,
  });
  const onRefusal = (code: string) => metrics.error(code);
  const liveDeps = { authenticator, access, facilitation, live, limits: liveLimits, addressOf, log, onRefusal };
  const sio = attachSocketIO({ io, ...liveDeps });
  workshops.onBoardChange((board) => void io.to(`board:${board.id}`).emit(EVENTS.boardMeta, board));
  const yws = attachYWebsocket({ server, ...liveDeps, maxMessageBytes: config.maxMessageBytes });
  if (!options.mountClient) {
    // Nothing else speaks WebSocket here: an upgrade on another path is closed at once (in
    // development Vite's hot reload has its own, so this stays off there).
    server.on('upgrade', (req, socket) => {
      const url = req.url ?? '/';
      if (!url.startsWith('/yjs/') && !url.startsWith('/socket.io/')) socket.destroy();
    });
  }

  if (relay) {
    io.adapter((await import('@socket.io/redis-streams-adapter')).createAdapter(relay.client));
    await relay.start({
      loaded: () => registry.loaded(),
      onEvent: (event) => {
        if (event.kind === 'state') facilitation.replace(event.boardId, event.state);
        else if (event.kind === 'votes') void sio.broadcastVotes(event.boardId).catch(() => undefined);
        else if (event.kind === 'archived') facilitation.setArchived(event.workshopId, event.archived);
        else liveEvents.onEvent(event).catch((err: unknown) => log.error({ err, event }, 'acting on an instance event failed'));
      },
      onReconnected: catchUpEvents({
        facilitation,
        live: liveEvents.catchUp,
        pushState: (boardId, state) => sio.broadcastState(boardId, state, true),
        pushVotes: (boardId) => sio.broadcastVotes(boardId),
      }),
    });
  }

  let draining = false;
  const checks: ReadinessCheck[] = [{ name: 'storage', check: () => storage.ping() }];
  if (relay) {
    checks.push({
      name: 'redis',
      check: async () => {
        if (!relay.healthy) throw new Error('disconnected');
      },
    });
  }
  // Shared between instances through the relay's Redis connection when there is one.
  const limits = new RateLimits(config.rateLimits, relay?.client);
  const importWorkers = new ImportWorkers();
  app.use(securityHeaders({ hstsMaxAgeSeconds: config.hstsMaxAgeSeconds, contentSecurityPolicy: !options.mountClient }));
  app.use(refuseMalformedUrls);
  app.use('/metrics', metricsAccess(config.metricsToken));
  app.use(opsRoutes(metrics, checks, () => draining));
  app.use('/api', configRoutes(config));
  app.use('/api', joinQrRoutes(config));
  app.use('/api', historyRoutes({ history, workshops, facilitation, authenticator }));
  // Before the JSON parser below: backups are bigger than its limit (see import-routes).
  app.use(
    '/api',
    importRoutes({
      importer: new BackupImporter(storage, tokens, workshops),
      links,
      workers: importWorkers,
      limits,
      createKey: config.createKey,
    }),
  );
  app.use(publicationRoutes({ storage, registry, authenticator }));
  app.use(followupRoutes({ secret, authenticator, workshops, registry, storage }));
  app.use(roadmapImportRoutes({ authenticator, workshops, registry, storage, workers: importWorkers, limits }));
  app.use('/api', express.json({ limit: config.maxMessageBytes }), moderationRoutes({ authenticator, hidden: hiddenCards, inbox }));
  app.use(
    '/api',
    express.json({ limit: config.maxMessageBytes }),
    apiRoutes({
      workshops,
      links,
      drafts,
      facilitation,
      authenticator,
      stats,
      snapshots: new WorkshopSnapshots(storage, registry),
      synthesis,
      retention,
      limits,
      createKey: config.createKey,
    }),
  );

  if (options.mountClient) {
    await options.mountClient(app, server);
  } else if (config.clientDir && existsSync(config.clientDir)) {
    app.use(clientRoutes(config.clientDir, config.serveSourceMaps));
  }
  app.use(errorMiddleware(log));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  log.info({ port, dataDir: config.dataDir }, `Coatelier listening on port ${port}`);
  const stopRetention = retention.start();
  const stopBackups = config.backup && startBackupSchedule({ ...config.backup, dataDir: config.dataDir, log, register: metrics.register });

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    log,
    retention,
    close: () =>
      (closing ??= (async () => {
        draining = true;
        server.close();
        yws.close();
        await io.close();
        await relay?.close();
        await importWorkers.close();
        await stopRetention();
        await stopBackups?.();
        await registry.closeAll();
        await storage.close();
        server.closeAllConnections();
      })()),
  };
}
