/**
 * How a simulated participant reaches its board, by transport and role. Full replicas
 * (observers and replicas) use the stock clients: the project's Socket.IO provider, the
 * stock y-websocket provider, and for Hocuspocus a bare y-protocols replica. Writers are
 * real connections that send their own updates and receive every broadcast without
 * applying it: hundreds of full Yjs replicas in one process would measure this process.
 */
import * as encoding from 'lib0/encoding';
import { io, type Socket } from 'socket.io-client';
import type { Awareness } from 'y-protocols/awareness';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { EVENTS, PROTOCOL_VERSION, type JoinBoardAck } from '../../shared/protocol';
import { SocketIOProvider } from '../../client/src/sync/socketio-provider';
import { ProtocolClient } from './protocol-client';
import { MESSAGE, frame, openingFrames } from './wire';

export type Transport = 'socketio' | 'ywebsocket' | 'hocuspocus';
/** Observers are full replicas that measure latency; replicas apply everything and measure nothing. */
export type Role = 'observer' | 'replica' | 'writer';

export interface Endpoint {
  transport: Transport;
  role: Role;
  /** HTTP base of the server (Socket.IO). */
  url: string;
  /** Base of the y-protocols rooms: `ws://host/yjs` for Coatelier, `ws://host` for the peers. */
  wsUrl: string;
  boardId: string;
  token: string;
}

export interface Connection {
  /** Resolves once the client is in (a full replica: once it holds the server's state). */
  ready: Promise<void>;
  close(): void;
}

type Counters = { errors: number; received: number };
const changedIds = (c: { added: number[]; updated: number[]; removed: number[] }) => [...c.added, ...c.updated, ...c.removed];

export function connect(endpoint: Endpoint, doc: Y.Doc, awareness: Awareness, counters: Counters): Connection {
  const full = endpoint.role !== 'writer';
  if (endpoint.transport === 'socketio') return full ? socketProvider(endpoint, doc, awareness, counters) : socketWriter(endpoint, doc, awareness, counters);
  if (full && endpoint.transport === 'ywebsocket') return websocketProvider(endpoint, doc, awareness, counters);
  if (full) {
    const client = new ProtocolClient(`${endpoint.wsUrl}/${endpoint.boardId}`, endpoint.boardId, doc, awareness, 'hocuspocus', endpoint.token);
    return { ready: client.synced, close: () => (counters.errors += client.errors, client.destroy()) };
  }
  return wsWriter(endpoint, doc, awareness, counters);
}

function socketProvider({ url, boardId, token }: Endpoint, doc: Y.Doc, awareness: Awareness, counters: Counters): Connection {
  const provider = new SocketIOProvider(url, boardId, doc, { token, awareness, socketOptions: { transports: ['websocket'] } });
  provider.on('refused', () => counters.errors++);
  const ready = new Promise<void>((resolve) => {
    const done = (synced: boolean) => synced && (provider.off('synced', done), resolve());
    provider.on('synced', done);
  });
  return { ready, close: () => provider.destroy() };
}

function websocketProvider({ wsUrl, boardId, token }: Endpoint, doc: Y.Doc, awareness: Awareness, counters: Counters): Connection {
  const provider = new WebsocketProvider(wsUrl, boardId, doc, {
    params: { token },
    awareness,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  provider.on('connection-close', (event) => {
    if (event && event.code !== 1000) counters.errors++;
  });
  const ready = new Promise<void>((resolve) => {
    const done = (synced: boolean) => synced && (provider.off('sync', done), resolve());
    provider.on('sync', done);
  });
  return { ready, close: () => provider.destroy() };
}

/**
 * A writer on Socket.IO sends only once the server has acknowledged its join, as the browser
 * does, and joins again after every reconnection (the server forgets a socket's boards when
 * it drops). What it wrote meanwhile goes out after the join, as one update of its own state.
 */
function socketWriter({ url, boardId, token }: Endpoint, doc: Y.Doc, awareness: Awareness, counters: Counters): Connection {
  const socket: Socket = io(url, { auth: { token }, transports: ['websocket'] });
  socket.on(EVENTS.sync, () => counters.received++);
  socket.on(EVENTS.awareness, () => counters.received++);
  socket.on(EVENTS.refused, () => counters.errors++);
  let joined = false;
  let unsent = false;
  const sendUpdate = (update: Uint8Array) => {
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    socket.emit(EVENTS.sync, boardId, encoding.toUint8Array(encoder), (ack: { ok: boolean }) => {
      if (!ack.ok) counters.errors++;
    });
  };
  doc.on('update', (update: Uint8Array) => {
    if (joined) sendUpdate(update);
    else unsent = true;
  });
  awareness.on('update', (change: Parameters<typeof changedIds>[0], origin: unknown) => {
    if (joined && origin === 'local') socket.emit(EVENTS.awareness, boardId, encodeAwarenessUpdate(awareness, changedIds(change)));
  });
  socket.on('disconnect', () => (joined = false));
  const ready = new Promise<void>((resolve) => {
    socket.on('connect', () => {
      socket.emit(EVENTS.join, { boardId, protocol: PROTOCOL_VERSION }, (ack: JoinBoardAck) => {
        if (!ack.ok) counters.errors++;
        joined = ack.ok;
        if (joined && unsent) sendUpdate(Y.encodeStateAsUpdate(doc));
        unsent = unsent && !joined;
        resolve();
      });
    });
  });
  return { ready, close: () => socket.disconnect() };
}

function wsWriter({ wsUrl, boardId, token, transport }: Endpoint, doc: Y.Doc, awareness: Awareness, counters: Counters): Connection {
  const framing = transport === 'hocuspocus' ? 'hocuspocus' : 'ywebsocket';
  const ws = new WebSocket(`${wsUrl}/${boardId}?token=${token}`);
  ws.on('message', () => counters.received++);
  ws.on('close', (code) => code !== 1000 && code !== 1005 && counters.errors++);
  const send = (type: number, write: (e: encoding.Encoder) => void) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(frame(framing, boardId, type, write));
  };
  doc.on('update', (update: Uint8Array) => send(MESSAGE.sync, (e) => syncProtocol.writeUpdate(e, update)));
  awareness.on('update', (change: Parameters<typeof changedIds>[0], origin: unknown) => {
    if (origin === 'local') send(MESSAGE.awareness, (e) => encoding.writeVarUint8Array(e, encodeAwarenessUpdate(awareness, changedIds(change))));
  });
  const ready = new Promise<void>((resolve) => {
    ws.once('open', () => {
      for (const f of openingFrames(framing, boardId, token)) ws.send(f);
      resolve();
    });
  });
  return { ready, close: () => ws.close(1000) };
}
