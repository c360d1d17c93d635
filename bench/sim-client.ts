/**
 * A simulated participant: a real provider (Socket.IO or the stock y-websocket one) and a
 * Y.Doc. It adds cards at a steady rate, edits its last card's text, and records how long
 * every other client's new card took to reach it.
 */
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addCard, cardText, cardsOf } from '../shared/board-model';
import { SocketIOProvider } from '../client/src/sync/socketio-provider';
import type { Histogram } from './histogram';

export type Transport = 'socketio' | 'ywebsocket';

export class SimClient {
  readonly doc = new Y.Doc();
  private provider: SocketIOProvider | WebsocketProvider | null = null;
  private timer: NodeJS.Timeout | null = null;
  sent = 0;
  errors = 0;

  constructor(
    readonly id: number,
    readonly transport: Transport,
    private readonly url: string,
    readonly boardId: string,
    private readonly column: string,
    private readonly token: string,
    latency: Histogram,
    measuring: () => boolean,
  ) {
    // Each new card carries its send time (same process, same clock) in its id.
    cardsOf(this.doc).observe((event, tx) => {
      if (tx.local || !measuring()) return;
      const now = performance.now();
      for (const [key, change] of event.changes.keys) {
        if (change.action !== 'add') continue;
        const sentAt = Number(key.split('_')[2]);
        if (Number.isFinite(sentAt)) latency.record(now - sentAt);
      }
    });
  }

  connect(): Promise<void> {
    return new Promise((resolve) => {
      if (this.transport === 'socketio') {
        const p = new SocketIOProvider(this.url, this.boardId, this.doc, {
          token: this.token,
          socketOptions: { transports: ['websocket'] },
        });
        p.on('refused', () => this.errors++);
        const done = (synced: boolean) => synced && (p.off('synced', done), resolve());
        p.on('synced', done);
        this.provider = p;
      } else {
        const p = new WebsocketProvider(`${this.url.replace(/^http/, 'ws')}/yjs`, this.boardId, this.doc, {
          params: { token: this.token },
          WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
          disableBc: true,
        });
        p.on('connection-close', (event) => {
          if (event && event.code !== 1000) this.errors++;
        });
        const done = (synced: boolean) => synced && (p.off('sync', done), resolve());
        p.on('sync', done);
        this.provider = p;
      }
    });
  }

  start(intervalMs: number): void {
    const tick = () => {
      const cardId = `c${this.id}_${this.sent}_${performance.now()}`;
      this.sent++;
      addCard(this.doc, { id: cardId, column: this.column, author: `sim${this.id}`, authorName: `Sim ${this.id}`, text: 'x' });
      // And an edit of an earlier card, as people keep typing.
      const previous = this.lastCard;
      if (previous) cardText(this.doc, previous)?.insert(0, 'é');
      this.lastCard = cardId;
    };
    // Spread the clients over the interval, as people do not type in step.
    this.timer = setTimeout(() => {
      tick();
      this.timer = setInterval(tick, intervalMs);
    }, Math.random() * intervalMs);
  }

  private lastCard: string | null = null;

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  destroy(): void {
    this.stop();
    this.provider?.destroy();
  }
}
