/**
 * Socket.IO adapter (the browser's transport, with long-polling fallback): a room per
 * board; y-protocols sync and awareness messages as binary events; a client's document
 * updates are acknowledged once stored.
 */
import type { Server, Socket } from 'socket.io';
import { z } from 'zod';
import {
  EVENTS,
  PROTOCOL_VERSION,
  binarySchema,
  idSchema,
  joinBoardPayload,
  type JoinBoardAck,
  type SyncAck,
  type TokenClaims,
} from '@shared/protocol';
import type { BoardDoc } from '../docs/board-doc';
import { handleSyncMessage, syncStep1Message, updateMessage } from '../docs/sync-messages';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { TokenIssuer } from '../auth/tokens';
import type { BoardAccess } from './board-access';
import { BoardSubscriptions } from './board-subscriptions';
import { toRefusal } from './refusal';

const roomOf = (boardId: string) => `board:${boardId}`;
const messageArgs = z.tuple([idSchema, binarySchema]);

interface Deps {
  io: Server;
  tokens: TokenIssuer;
  access: BoardAccess;
  log: Logger;
}

export function attachSocketIO({ io, tokens, access, log }: Deps): BoardSubscriptions<Socket> {
  // Local emits only: other instances relay documents themselves.
  const subscriptions = new BoardSubscriptions<Socket>((boardId) => ({
    onUpdate: (update) => void io.local.to(roomOf(boardId)).emit(EVENTS.sync, boardId, updateMessage(update)),
    onAwareness: (update) => void io.local.to(roomOf(boardId)).emit(EVENTS.awareness, boardId, update),
  }));

  io.use(async (socket, next) => {
    const claims = await tokens.verify((socket.handshake.auth as Record<string, unknown> | undefined)?.token);
    if (!claims) return next(new Error('unauthorized'));
    socket.data.claims = claims;
    next();
  });

  io.on('connection', (socket) => {
    const claims = socket.data.claims as TokenClaims;
    const boards = new Map<string, BoardDoc>();
    const slog = log.child({ socket: socket.id, workshop: claims.wid, role: claims.role });

    const refuse = (err: unknown, boardId?: string) => {
      const { body, fatal } = toRefusal(err);
      slog.warn({ err, boardId, fatal }, 'socket message refused');
      socket.emit(EVENTS.refused, { ...body, boardId });
      if (fatal) socket.disconnect(true);
    };
    const leave = (boardId: string) => {
      const board = boards.get(boardId);
      if (!board) return;
      boards.delete(boardId);
      void socket.leave(roomOf(boardId));
      subscriptions.remove(boardId, socket);
      access.close(board, socket);
    };
    const joined = (boardId: string): BoardDoc => {
      const board = boards.get(boardId);
      if (!board) throw new AppError('forbidden', 'Join the board before sending to it');
      return board;
    };

    socket.on(EVENTS.join, async (payload: unknown, ack: unknown) => {
      const reply = typeof ack === 'function' ? (ack as (a: JoinBoardAck) => void) : () => {};
      try {
        // VALIDATION
        const parsed = joinBoardPayload.safeParse(payload);
        if (!parsed.success) throw new AppError('invalid_request', z.prettifyError(parsed.error));
        const { boardId, protocol } = parsed.data;
        if (protocol !== PROTOCOL_VERSION) {
          throw new AppError('client_too_old', `Protocol ${protocol} is not supported; reload the page`);
        }
        if (boards.has(boardId)) leave(boardId);
        // AUTH + RESOLUTION
        const { board, info } = await access.open(claims, boardId);
        if (socket.disconnected) {
          access.close(board, socket);
          return;
        }
        boards.set(boardId, board);
        await socket.join(roomOf(boardId));
        subscriptions.add(board, socket);
        reply({ ok: true, board: info, readOnly: !access.canWrite(claims) });
        socket.emit(EVENTS.sync, boardId, syncStep1Message(board));
        const awareness = board.fullAwareness();
        if (awareness) socket.emit(EVENTS.awareness, boardId, awareness);
      } catch (err) {
        const { body } = toRefusal(err);
        reply({ ok: false, ...body });
      }
    });

    socket.on(EVENTS.leave, (boardId: unknown) => {
      if (typeof boardId === 'string') leave(boardId);
    });

    socket.on(EVENTS.sync, (...args: unknown[]) => {
      const ack = typeof args[2] === 'function' ? (args[2] as (a: SyncAck) => void) : null;
      const parsed = messageArgs.safeParse(args.slice(0, 2));
      if (!parsed.success) return refuse(new AppError('invalid_request', 'sync expects (boardId, binary)'));
      const [boardId, message] = parsed.data;
      try {
        const board = joined(boardId);
        const outcome = handleSyncMessage(board, message, access.canWrite(claims));
        if (outcome.reply) socket.emit(EVENTS.sync, boardId, outcome.reply);
        if (outcome.stored) {
          outcome.stored.then(
            () => ack?.({ ok: true }),
            (err: unknown) => {
              ack?.({ ok: false, ...toRefusal(err).body });
              refuse(err, boardId);
            },
          );
        } else {
          ack?.({ ok: true });
        }
      } catch (err) {
        ack?.({ ok: false, ...toRefusal(err).body });
        refuse(err, boardId);
      }
    });

    socket.on(EVENTS.awareness, (...args: unknown[]) => {
      const parsed = messageArgs.safeParse(args.slice(0, 2));
      if (!parsed.success) return refuse(new AppError('invalid_request', 'awareness expects (boardId, binary)'));
      const [boardId, update] = parsed.data;
      try {
        joined(boardId).applyAwareness(update, socket);
      } catch (err) {
        refuse(err instanceof AppError ? err : new AppError('invalid_request', 'malformed awareness update'), boardId);
        if (!(err instanceof AppError)) socket.disconnect(true);
      }
    });

    socket.on('disconnect', () => {
      for (const boardId of [...boards.keys()]) leave(boardId);
    });
  });

  return subscriptions;
}
