/**
 * Simulated participants. Every client adds a card at a steady rate and edits its previous
 * one. A few "observers" are complete clients (the project's Socket.IO provider or the stock
 * y-websocket provider) that apply everything and measure how long each other client's card
 * took to reach them. The others are "writers": real connections that receive every
 * broadcast but do not apply it, because 500 full Yjs replicas in one process would measure
 * this process rather than the server.
 */
import * as encoding from 'lib0/encoding';
import { io, type Socket } from 'socket.io-client';
import { WebsocketProvider } from 'y-websocket';
import * as syncProtocol from 'y-protocols/sync';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addCard, cardText, cardsOf } from '../shared/board-model';
import { EVENTS, PROTOCOL_VERSION } from '../shared/protocol';
import { SocketIOProvider } from '../client/src/sync/socketio-provider';

/** Where an observer records each latency sample (milliseconds). */
export interface LatencySink {
  record(ms: number): void;
}

/**
 * Wall-clock milliseconds with sub-millisecond resolution. performance.now() alone counts from
 * each thread's own origin on some Node versions, and writers run in worker threads.
 */
export const clockMs = () => performance.timeOrigin + performance.now();

export type Transport = 'socketio' | 'ywebsocket';

export interface SimOptions {
  id: number;
  transport: Transport;
  observer: boolean;
  url: string;
  boardId: string;
  column: string;
  token: string;
  /** The participant the token names: the server refuses cards written under anyone else's id. */
  participantId: string;
}

function syncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export class SimClient {
  readonly doc = new Y.Doc();
  private close: () => void = () => undefined;
  private timer: NodeJS.Timeout | null = null;
  private lastCard: string | null = null;
  /** Cards added. */
  sent = 0;
  /** Local Yjs updates (card additions and text edits), each sent as one message. */
  updates = 0;
  errors = 0;
  receivedMessages = 0;

  constructor(
    readonly options: SimOptions,
    latency: LatencySink,
    measuring: () => boolean,
  ) {
    this.doc.on('update', (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, tx: Y.Transaction) => {
      if (tx.local) this.updates++;
    });
    if (!options.observer) return;
    // Each new card carries its send time (same process, same clock) in its id.
    cardsOf(this.doc).observe((event, tx) => {
      if (tx.local || !measuring()) return;
      const now = clockMs();
      for (const [key, change] of event.changes.keys) {
        if (change.action !== 'add') continue;
        const sentAt = Number(key.split('_')[2]);
        if (Number.isFinite(sentAt)) latency.record(now - sentAt);
      }
    });
  }

  connect(): Promise<void> {
    const { observer, transport } = this.options;
    if (observer && transport === 'socketio') return this.connectProvider();
    if (observer) return this.connectWebsocketProvider();
    return transport === 'socketio' ? this.connectSocketWriter() : this.connectWsWriter();
  }

  private connectProvider(): Promise<void> {
    const { url, boardId, token } = this.options;
    const provider = new SocketIOProvider(url, boardId, this.doc, { token, socketOptions: { transports: ['websocket'] } });
    provider.on('refused', () => this.errors++);
    this.close = () => provider.destroy();
    return new Promise((resolve) => {
      const done = (synced: boolean) => synced && (provider.off('synced', done), resolve());
      provider.on('synced', done);
    });
  }

  private connectWebsocketProvider(): Promise<void> {
    const { url, boardId, token } = this.options;
    const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/yjs`, boardId, this.doc, {
      params: { token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    provider.on('connection-close', (event) => {
      if (event && event.code !== 1000) this.errors++;
    });
    this.close = () => provider.destroy();
    return new Promise((resolve) => {
      const done = (synced: boolean) => synced && (provider.off('sync', done), resolve());
      provider.on('sync', done);
    });
  }

  private connectSocketWriter(): Promise<void> {
    const { url, boardId, token } = this.options;
    const socket: Socket = io(url, { auth: { token }, transports: ['websocket'] });
    socket.on(EVENTS.sync, () => this.receivedMessages++);
    socket.on(EVENTS.refused, () => this.errors++);
    this.doc.on('update', (update: Uint8Array) => {
      socket.emit(EVENTS.sync, boardId, syncUpdate(update), (ack: { ok: boolean }) => {
        if (!ack.ok) this.errors++;
      });
    });
    this.close = () => socket.disconnect();
    return new Promise((resolve) => {
      socket.once('connect', () => socket.emit(EVENTS.join, { boardId, protocol: PROTOCOL_VERSION }, () => resolve()));
    });
  }

  private connectWsWriter(): Promise<void> {
    const { url, boardId, token } = this.options;
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/yjs/${boardId}?token=${token}`);
    ws.on('message', () => this.receivedMessages++);
    ws.on('close', (code) => code !== 1000 && code !== 1005 && this.errors++);
    this.doc.on('update', (update: Uint8Array) => {
      if (ws.readyState !== WebSocket.OPEN) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0); // y-websocket "sync" message
      encoding.writeUint8Array(encoder, syncUpdate(update));
      ws.send(encoding.toUint8Array(encoder));
    });
    this.close = () => ws.close(1000);
    return new Promise((resolve) => ws.once('open', () => resolve()));
  }

  start(intervalMs: number): void {
    const tick = () => {
      const cardId = `c${this.options.id}_${this.sent}_${clockMs()}`;
      this.sent++;
      // A fixed order key: the benchmark measures transport, not ordering, and a key
      // computed from every card of the column would cost the client O(cards) per card.
      addCard(this.doc, {
        id: cardId,
        column: this.options.column,
        order: 'a0',
        author: this.options.participantId,
        authorName: `Sim ${this.options.id}`,
        text: 'x',
      });
      if (this.lastCard) cardText(this.doc, this.lastCard)?.insert(0, 'é');
      this.lastCard = cardId;
    };
    // Spread over the interval: people do not type in step.
    this.timer = setTimeout(() => {
      tick();
      this.timer = setInterval(tick, intervalMs);
    }, Math.random() * intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  destroy(): void {
    this.stop();
    this.close();
  }
}
