/** Real clients for tests: the project's Socket.IO provider and the stock y-websocket provider. */
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { listCards } from '@shared/board-model';
import { SocketIOProvider } from '../../client/src/sync/socketio-provider';

/** Resolves when `check` holds, re-checking whenever `subscribe` signals a change. */
export function waitUntil(
  check: () => boolean,
  subscribe: (onChange: () => void) => () => void,
  what = 'condition',
  timeoutMs = 10_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const stop = subscribe(() => {
      if (!check()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

export function onDocChange(docs: Y.Doc[]) {
  return (cb: () => void) => {
    for (const d of docs) d.on('update', cb);
    return () => {
      for (const d of docs) d.off('update', cb);
    };
  };
}

export function onProviderEvent(provider: SocketIOProvider, event: 'synced' | 'saved' | 'status') {
  return (cb: () => void) => {
    provider.on(event, cb);
    return () => provider.off(event, cb);
  };
}

export interface SioClient {
  doc: Y.Doc;
  provider: SocketIOProvider;
}

export async function connectSocketIO(url: string, boardId: string, token: string, transports = ['websocket']): Promise<SioClient> {
  const doc = new Y.Doc();
  const provider = new SocketIOProvider(url, boardId, doc, {
    token,
    socketOptions: { transports, reconnectionDelay: 50, reconnectionDelayMax: 200 },
  });
  await waitUntil(() => provider.synced, onProviderEvent(provider, 'synced'), 'socket.io sync');
  return { doc, provider };
}

export function waitSaved(provider: SocketIOProvider): Promise<void> {
  return waitUntil(() => provider.saved, onProviderEvent(provider, 'saved'), 'saved');
}

export interface WsClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

export async function connectYWebsocket(url: string, boardId: string, token: string): Promise<WsClient> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/yjs`, boardId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await waitUntil(
    () => provider.synced,
    (cb) => {
      provider.on('sync', cb);
      return () => provider.off('sync', cb);
    },
    'y-websocket sync',
  );
  return { doc, provider };
}

/** A comparable picture of a board: every card with its text and place. */
export function boardSnapshot(doc: Y.Doc): string {
  return JSON.stringify(listCards(doc).map(({ id, text, column, order, color }) => ({ id, text, column, order, color })));
}

export function waitConverged(docs: Y.Doc[], timeoutMs = 10_000): Promise<void> {
  const same = () => docs.every((d) => boardSnapshot(d) === boardSnapshot(docs[0]!));
  return waitUntil(same, onDocChange(docs), 'convergence', timeoutMs);
}
