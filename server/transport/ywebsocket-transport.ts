/**
 * The standard y-websocket protocol at /yjs/<boardId>?token=..., so that any Yjs client
 * (the stock WebsocketProvider included) edits the same live boards as the browsers.
 * Refusals close the socket with a 44xx code and, as its reason, the refusal's reason key
 * (`revoked`, `board_deleted`…) or its message. Every message is counted (LiveLimits) and
 * checked against the token's generation and expiry (LiveConnections) before it is handled.
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket, WebSocketServer } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { docIdSchema, parseDocId, type ErrorCode } from '@shared/protocol';
import type { Authenticator } from '../auth/authenticator';
import type { Bearer } from '../auth/tokens';
import { presenceSender } from '../docs/presence-gate';
import { handleSyncMessage, syncStep1Message, updateMessage } from '../docs/sync-messages';
import type { FacilitationService } from '../domain/facilitation-service';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { LiveConnections } from '../security/live-connections';
import type { LiveLimits } from '../security/live-limits';
import type { BoardAccess, DocSession } from './board-access';
import { BoardSubscriptions } from './board-subscriptions';
import { toRefusal } from './refusal';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;
/** Dead connections (a laptop lid closed) are found by a ping at this interval. */
const PING_INTERVAL_MS = 30_000;

const CLOSE_CODES: Partial<Record<ErrorCode, number>> = {
  invalid_request: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  not_found: 4404,
  conflict: 4409,
  payload_too_large: 4413,
  rate_limited: 4429,
  storage_unavailable: 4503,
};

function frame(type: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

function framedAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A malformed escape (`%zz`) leaves the path as it is: it then names no board. */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

interface Deps {
  server: HttpServer;
  authenticator: Authenticator;
  access: BoardAccess;
  facilitation: FacilitationService;
  live: LiveConnections;
  limits: LiveLimits;
  /** The client's address (behind TRUST_PROXY, from X-Forwarded-For). */
  addressOf: (req: IncomingMessage) => string;
  log: Logger;
  maxMessageBytes: number;
  /** Counts refusals by code, for metrics. */
  onRefusal?: (code: string) => void;
}

export function attachYWebsocket(deps: Deps) {
  const { server, authenticator, access, facilitation, live, limits, addressOf, log, maxMessageBytes, onRefusal } = deps;
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  const sendAll = (members: ReadonlySet<WebSocket>, data: Uint8Array) => {
    for (const ws of members) if (ws.readyState === WebSocket.OPEN) ws.send(data);
  };
  const subscriptions = new BoardSubscriptions<WebSocket>((_boardId, members) => ({
    onUpdate: (update) => sendAll(members, frame(MESSAGE_SYNC, updateMessage(update))),
    onAwareness: (update) => sendAll(members, framedAwareness(update)),
  }));

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!req.url?.startsWith('/yjs/')) return; // Socket.IO handles its own path; app.ts closes the rest.
    const url = new URL(req.url, 'http://localhost');
    let release: () => void;
    try {
      release = limits.admit(addressOf(req));
    } catch (err) {
      onRefusal?.('rate_limited');
      // Refused before the handshake: no WebSocket is allocated for a flood of them.
      socket.end(`HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${(err as Error).message}`);
      return;
    }
    // Counted until the TCP socket closes, whatever happens to the handshake.
    socket.once('close', release);
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, url));
  });

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      const alive = ws as WebSocket & { alive?: boolean };
      if (alive.alive === false) {
        ws.terminate();
        continue;
      }
      alive.alive = false;
      ws.ping();
    }
  }, PING_INTERVAL_MS);
  heartbeat.unref();

  function onConnection(ws: WebSocket, url: URL): void {
    const boardIdRaw = decodedPath(url.pathname.slice('/yjs/'.length));
    const clog = log.child({ transport: 'y-websocket', boardId: boardIdRaw });
    let session: DocSession | null = null;
    let bearer: Bearer | null = null;
    let closed = false;
    // Messages that arrive while the token is checked and the board loads are kept in order.
    const early: Buffer[] = [];

    const refuse = (err: unknown) => {
      const { body } = toRefusal(err);
      onRefusal?.(body.error.code);
      clog.warn({ err }, 'y-websocket connection refused');
      ws.close(CLOSE_CODES[body.error.code] ?? 4500, (body.error.reason ?? body.error.message).slice(0, 120));
    };
    const counted = limits.meter(refuse);
    // This connection's last update until it is stored. y-websocket has no acknowledgement:
    // as with the reference server (which applies at once), a step 1 is answered with what the
    // connection sent before it, so the round trip tells the client its updates are kept.
    let storing: Promise<void> | null = null;

    const handle = (data: Buffer, afterStored = false) => {
      // A refused connection is closing: nothing it still sends is handled.
      if (!session || !bearer || ws.readyState !== WebSocket.OPEN) return;
      const { board } = session;
      const current = session;
      try {
        live.assertLive({ bearer });
        const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
        const type = decoding.readVarUint(decoder);
        if (type === MESSAGE_SYNC) {
          const message = decoding.readTailAsUint8Array(decoder);
          if (storing && !afterStored && message[0] === syncProtocol.messageYjsSyncStep1) {
            void storing.then(() => handle(data, true));
            return;
          }
          const outcome = handleSyncMessage(board, message, (u) => access.guardWrite(current, u));
          if (outcome.reply) ws.send(frame(MESSAGE_SYNC, outcome.reply));
          if (outcome.stored) {
            const stored: Promise<void> = outcome.stored.catch(refuse).finally(() => {
              if (storing === stored) storing = null;
            });
            storing = stored;
          }
        } else if (type === MESSAGE_AWARENESS) {
          const anonymous = facilitation.current(current.boardId).anonymous;
          board.applyAwareness(decoding.readVarUint8Array(decoder), ws, presenceSender(current.claims, anonymous));
        } else if (type === MESSAGE_QUERY_AWARENESS) {
          const all = board.fullAwareness(facilitation.current(current.boardId).anonymous);
          if (all) ws.send(framedAwareness(all));
        } else {
          throw new AppError('invalid_request', `unknown message type ${type}`);
        }
      } catch (err) {
        refuse(err instanceof AppError && err.code !== 'invalid_request' ? err : new AppError('invalid_request', String((err as Error).message)));
      }
    };

    ws.on('message', (data: Buffer) => {
      if (!counted()) return;
      if (session) handle(data);
      else early.push(data);
    });
    ws.on('pong', () => ((ws as WebSocket & { alive?: boolean }).alive = true));
    ws.on('error', (err) => clog.warn({ err }, 'y-websocket error'));
    let unregister = () => {};
    ws.on('close', () => {
      closed = true;
      unregister();
      if (!session) return;
      subscriptions.remove(session.board.boardId, ws);
      access.close(session, ws);
    });

    void (async () => {
      try {
        const docId = docIdSchema.safeParse(boardIdRaw);
        if (!docId.success) throw new AppError('not_found', 'No such board');
        bearer = await authenticator.bearer(url.searchParams.get('token'));
        if (!bearer) throw new AppError('unauthorized', 'Missing or invalid token');
        if (closed) return;
        const { boardId } = parseDocId(docId.data);
        unregister = live.add({ bearer, boards: () => [boardId], end: refuse, leaveBoard: (_, refusal) => refuse(refusal) });
        const opened = await access.open(bearer.claims, docId.data);
        if (closed) return access.close(opened, ws);
        session = opened;
        subscriptions.add(opened.board, ws);
        ws.send(frame(MESSAGE_SYNC, syncStep1Message(opened.board)));
        const all = opened.board.fullAwareness(facilitation.current(boardId).anonymous);
        if (all) ws.send(framedAwareness(all));
        for (const data of early.splice(0)) handle(data);
      } catch (err) {
        refuse(err);
      }
    })();
  }

  return {
    subscriptions,
    connectionCount: () => wss.clients.size,
    /** 1012 "service restart" tells clients to reconnect (to this or another instance). */
    close: () => {
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.close(1012, 'server restarting');
      wss.close();
    },
  };
}
