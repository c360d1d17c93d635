/**
 * Socket.IO adapter (the browser's transport, with long-polling fallback): a room per
 * document; y-protocols sync and awareness messages as binary events; a client's document
 * updates are acknowledged once stored; facilitator commands and votes with acks. Every
 * message is counted (LiveLimits) and checked against the token's generation and expiry
 * (LiveConnections) before it is handled.
 */
import type { IncomingMessage } from 'node:http';
import type { Server, Socket } from 'socket.io';
import { z } from 'zod';
import type { FacilitationState } from '@shared/facilitation';
import {
  EVENTS,
  PROTOCOL_VERSION,
  binarySchema,
  docIdSchema,
  idSchema,
  joinBoardPayload,
  parseDocId,
  type Ack,
  type BoardStateMessage,
  type WorkshopAccessMessage,
  type JoinBoardAck,
  type TokenClaims,
} from '@shared/protocol';
import { broadcastForm } from '@shared/wire-bytes';
import type { Authenticator } from '../auth/authenticator';
import type { Bearer } from '../auth/tokens';
import { presenceSender } from '../docs/presence-gate';
import { handleSyncMessage, syncStep1Message, updateMessage } from '../docs/sync-messages';
import type { FacilitationService } from '../domain/facilitation-service';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { boardDeletedRefusal, type LiveConnection, type LiveConnections } from '../security/live-connections';
import type { LiveLimits } from '../security/live-limits';
import type { BoardAccess, DocSession } from './board-access';
import { BoardSubscriptions } from './board-subscriptions';
import { toRefusal } from './refusal';

/** Room of everyone on a board (state, votes); room of one document (sync, awareness). */
export const boardRoom = (boardId: string) => `board:${boardId}`;
/** Room of everyone connected to a workshop: archiving reaches every open board at once. */
const workshopRoom = (workshopId: string) => `workshop:${workshopId}`;
const docRoom = (key: string) => `doc:${key}`;
const messageArgs = z.tuple([docIdSchema, binarySchema]);
const requestArgs = z.tuple([idSchema, z.unknown()]);

interface Deps {
  io: Server;
  authenticator: Authenticator;
  access: BoardAccess;
  facilitation: FacilitationService;
  live: LiveConnections;
  limits: LiveLimits;
  /** The client's address (behind TRUST_PROXY, from X-Forwarded-For). */
  addressOf: (req: IncomingMessage) => string;
  log: Logger;
  /** Counts refusals by code, for metrics. */
  onRefusal?: (code: string) => void;
}

type Reply = (ack: Ack) => void;
const replyOf = (ack: unknown): Reply => (typeof ack === 'function' ? (ack as Reply) : () => undefined);

export function attachSocketIO({ io, authenticator, access, facilitation, live, limits, addressOf, log, onRefusal }: Deps) {
  // Local emits only: other instances relay documents themselves. Messages name the
  // document by the id its clients use, which for drafts is `<boardId>:drafts`.
  const subscriptions = new BoardSubscriptions<Socket>((key) => {
    const docId = key.includes(':drafts:') ? key.slice(0, key.indexOf(':drafts:') + ':drafts'.length) : key;
    return {
      onUpdate: (update) => void io.local.to(docRoom(key)).emit(EVENTS.sync, docId, broadcastForm(updateMessage(update))),
      onAwareness: (update) => void io.local.to(docRoom(key)).emit(EVENTS.awareness, docId, broadcastForm(update)),
    };
  });

  io.use(async (socket, next) => {
    let release: () => void;
    try {
      release = limits.admit(addressOf(socket.request));
    } catch {
      return next(new Error('rate_limited'));
    }
    // Counted until the connection closes, even if that happens while the token is checked.
    socket.conn.once('close', release);
    const bearer = await authenticator.bearer((socket.handshake.auth as Record<string, unknown> | undefined)?.token).catch((err: unknown) => {
      // Storage away: dropped, the client retries with its own backoff (a refusal is final).
      log.warn({ err }, 'token not checked (storage unavailable): connection dropped');
      socket.conn.close();
      return undefined;
    });
    if (bearer === undefined) return;
    if (!bearer) {
      release();
      return next(new Error('unauthorized'));
    }
    socket.data.bearer = bearer;
    socket.data.claims = bearer.claims;
    socket.data.release = release;
    next();
  });

  const stateMessage = (boardId: string, state: FacilitationState): BoardStateMessage => ({
    boardId,
    state,
    serverNow: Date.now(),
  });

  io.on('connection', (socket) => {
    const bearer = socket.data.bearer as Bearer;
    const { claims } = bearer;
    const sessions = new Map<string, DocSession>();
    /** Documents being joined (not in `sessions` yet), and boards deleted under this socket. */
    const opening = new Set<string>();
    const gone = new Set<string>();
    let renewal: Promise<string> | null | undefined;
    const slog = log.child({ socket: socket.id, workshop: claims.wid, role: claims.role });
    void socket.join(workshopRoom(claims.wid));

    const refuse = (err: unknown, boardId?: string, close = false) => {
      const { body, fatal } = toRefusal(err);
      onRefusal?.(body.error.code);
      slog.warn({ err, boardId, fatal }, 'socket message refused');
      socket.emit(EVENTS.refused, { ...body, boardId });
      if (fatal || close) socket.disconnect(true);
    };
    const leave = (docId: string) => {
      const session = sessions.get(docId);
      if (!session) return;
      sessions.delete(docId);
      void socket.leave(docRoom(session.board.boardId));
      if (![...sessions.values()].some((s) => s.boardId === session.boardId)) void socket.leave(boardRoom(session.boardId));
      subscriptions.remove(session.board.boardId, socket);
      access.close(session, socket);
    };
    const joined = (docId: string): DocSession => {
      const session = sessions.get(docId);
      if (session) return session;
      if (gone.has(parseDocId(docId).boardId)) throw boardDeletedRefusal();
      throw new AppError('forbidden', 'Join the board before sending to it');
    };

    const connection: LiveConnection = {
      bearer,
      boards: () => new Set([...opening, ...sessions.keys()].map((docId) => parseDocId(docId).boardId)),
      end: (refusal) => refuse(refusal, undefined, true),
      leaveBoard: (boardId, refusal) => {
        gone.add(boardId);
        for (const [docId, session] of [...sessions]) {
          if (session.boardId !== boardId) continue;
          leave(docId);
          refuse(refusal, docId);
        }
        if (sessions.size === 0 && opening.size === 0) socket.disconnect(true);
      },
    };
    const unregister = live.add(connection);
    const counted = limits.meter((refusal) => refuse(refusal, undefined, true));
    socket.use((_packet, next) => {
      if (!counted()) return;
      try {
        live.assertLive(connection);
      } catch (err) {
        return refuse(err, undefined, true);
      }
      next();
    });
    const onBoard = (boardId: string) => {
      if (![...sessions.values()].some((s) => s.boardId === boardId)) {
        throw new AppError('forbidden', 'Join the board before sending to it');
      }
    };

    socket.on(EVENTS.join, async (payload: unknown, ack: unknown) => {
      const reply = replyOf(ack) as (a: JoinBoardAck) => void;
      try {
        // VALIDATION
        const parsed = joinBoardPayload.safeParse(payload);
        if (!parsed.success) throw new AppError('invalid_request', z.prettifyError(parsed.error));
        const { boardId: docId, protocol } = parsed.data;
        if (protocol !== PROTOCOL_VERSION) {
          throw new AppError('client_too_old', `Protocol ${protocol} is not supported; reload the page`);
        }
        if (sessions.has(docId)) leave(docId);
        // AUTH + RESOLUTION
        opening.add(docId);
        let session: DocSession;
        try {
          session = await access.open(claims, docId);
        } finally {
          opening.delete(docId);
        }
        if (socket.disconnected) return access.close(session, socket);
        if (gone.has(session.boardId)) {
          access.close(session, socket);
          throw boardDeletedRefusal();
        }
        sessions.set(docId, session);
        await socket.join([docRoom(session.board.boardId), boardRoom(session.boardId)]);
        subscriptions.add(session.board, socket);
        reply({
          ok: true,
          board: session.info,
          readOnly: !access.writesAtAll(claims),
          archived: facilitation.isArchived(claims.wid),
          state: stateMessage(session.boardId, facilitation.current(session.boardId)),
          votes: await facilitation.votesView(claims, session.boardId),
          ...(await renewedToken()),
        });
        socket.emit(EVENTS.sync, docId, syncStep1Message(session.board));
        const awareness = session.board.fullAwareness(facilitation.current(session.boardId).anonymous);
        if (awareness) socket.emit(EVENTS.awareness, docId, awareness);
      } catch (err) {
        reply({ ok: false, ...toRefusal(err).body });
      }
    });

    socket.on(EVENTS.leave, (docId: unknown) => {
      if (typeof docId === 'string') leave(docId);
    });

    socket.on(EVENTS.sync, (...args: unknown[]) => {
      const reply = replyOf(args[2]);
      const parsed = messageArgs.safeParse(args.slice(0, 2));
      if (!parsed.success) return refuse(new AppError('invalid_request', 'sync expects (boardId, binary)'));
      const [docId, message] = parsed.data;
      try {
        const session = joined(docId);
        const outcome = handleSyncMessage(session.board, message, (u) => access.guardWrite(session, u));
        if (outcome.reply) socket.emit(EVENTS.sync, docId, outcome.reply);
        if (!outcome.stored) return reply({ ok: true });
        outcome.stored.then(
          () => reply({ ok: true }),
          (err: unknown) => {
            reply({ ok: false, ...toRefusal(err).body });
            refuse(err, docId);
          },
        );
      } catch (err) {
        reply({ ok: false, ...toRefusal(err).body });
        refuse(err, docId);
      }
    });

    socket.on(EVENTS.awareness, (...args: unknown[]) => {
      const parsed = messageArgs.safeParse(args.slice(0, 2));
      if (!parsed.success) return refuse(new AppError('invalid_request', 'awareness expects (boardId, binary)'));
      const [docId, update] = parsed.data;
      let session: DocSession;
      try {
        session = joined(docId);
      } catch (err) {
        return refuse(err, docId);
      }
      try {
        session.board.applyAwareness(update, socket, presenceSender(claims, facilitation.current(session.boardId).anonymous));
      } catch (err) {
        refuse(err, docId);
      }
    });

    const request = (event: string, run: (boardId: string, body: unknown) => Promise<void>) => {
      socket.on(event, async (...args: unknown[]) => {
        const reply = replyOf(args[2]);
        const parsed = requestArgs.safeParse(args.slice(0, 2));
        try {
          if (!parsed.success) throw new AppError('invalid_request', `${event} expects (boardId, body)`);
          const [boardId, body] = parsed.data;
          onBoard(boardId);
          await run(boardId, body);
          reply({ ok: true });
        } catch (err) {
          const { body } = toRefusal(err);
          onRefusal?.(body.error.code);
          slog.info({ event, code: body.error.code }, 'request refused');
          reply({ ok: false, ...body });
        }
      });
    };
    request(EVENTS.command, async (boardId, body) => void (await facilitation.command(claims, boardId, body)));
    request(EVENTS.vote, (boardId, body) => facilitation.vote(claims, boardId, body));

    /** A renewed token for the join ack, once per connection, when the token is old enough. */
    const renewedToken = async (): Promise<{ token?: string }> => {
      renewal ??= authenticator.renewal(bearer);
      return renewal ? { token: await renewal } : {};
    };

    socket.on('disconnect', () => {
      for (const docId of [...sessions.keys()]) leave(docId);
      unregister();
      (socket.data.release as () => void)();
    });
  });

  return {
    subscriptions,
    /** Sends the board's new state to everyone on it (across instances through the adapter, unless `here`). */
    broadcastState(boardId: string, state: FacilitationState, here = false): void {
      (here ? io.local : io).to(boardRoom(boardId)).emit(EVENTS.state, stateMessage(boardId, state));
    },
    /** Tells everyone on this instance connected to the workshop that it was archived or reopened. */
    broadcastArchived(workshopId: string, archived: boolean): void {
      io.local.to(workshopRoom(workshopId)).emit(EVENTS.access, { workshopId, archived } satisfies WorkshopAccessMessage);
    },
    /** Sends each client on this instance its own view of the votes. */
    async broadcastVotes(boardId: string): Promise<void> {
      const votes = await facilitation.listVotes(boardId);
      const sockets = await io.local.in(boardRoom(boardId)).fetchSockets();
      await Promise.all(
        sockets.map(async (s) => {
          s.emit(EVENTS.votes, await facilitation.votesView(s.data.claims as TokenClaims, boardId, votes));
        }),
      );
    },
  };
}
