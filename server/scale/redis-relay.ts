/**
 * Between instances (REDIS_URL): each instance stores its clients' updates in the shared
 * database, then publishes them on the board's Redis channel; instances holding the board
 * apply them (without storing again) and relay them to their own clients. Facilitator
 * state, votes, archiving, revoked token generations and deleted boards travel on one
 * events channel.
 *
 * Redis pub/sub drops messages while a connection is down, so when it comes back every
 * board in memory catches up from the database, which holds everything, and so do the
 * facilitator state, votes, archiving and revocations this instance keeps in memory. What
 * this instance published meanwhile was lost too: once its connection is back it asks
 * every other instance to catch up the same way (`reread`), in case theirs never broke.
 */
import { createClient } from 'redis';
import type { FacilitationState } from '@shared/facilitation';
import { newId } from '@shared/ids';
import type { Generations } from '../auth/generations';
import type { BoardDoc } from '../docs/board-doc';
import type { DocHooks } from '../docs/doc-hooks';
import type { Logger } from '../logger';
import type { DocumentStore } from '../storage/storage';
import { decodeRelayMessage, encodeRelayMessage, type RelayMessage } from './relay-messages';

type RedisClient = ReturnType<typeof createClient>;

export type InstanceEvent =
  | { kind: 'state'; boardId: string; state: FacilitationState }
  | { kind: 'votes'; boardId: string }
  | { kind: 'archived'; workshopId: string; archived: boolean }
  | { kind: 'generations'; workshopId: string; generations: Generations }
  | { kind: 'board-deleted'; workshopId: string; boardId: string }
  /** The sender lost what it published while cut from Redis: re-read everything from storage. */
  | { kind: 'reread' };

export interface RelayTarget {
  /** Boards in memory on this instance. */
  loaded(): Promise<BoardDoc[]>;
  onEvent(event: Exclude<InstanceEvent, { kind: 'reread' }>): void;
  /**
   * Events may have been missed (Redis came back here, or another instance lost what it
   * published): re-read what is kept in memory and tell the clients what changed.
   */
  onReconnected(): Promise<void>;
}

const docChannel = (boardId: string) => `coatelier:doc:${boardId}`;
const EVENTS_CHANNEL = 'coatelier:events';

export class RedisRelay {
  readonly instanceId = newId();
  /** The client the Socket.IO adapter also uses. */
  readonly client: RedisClient;
  private readonly subscriber: RedisClient;
  private readonly boards = new Map<string, BoardDoc>();
  /** Messages that arrived between subscribing and the end of the board's load. */
  private readonly early = new Map<string, RelayMessage[]>();
  private wasDown = false;
  /** Something this instance published never reached Redis: the others must re-read. */
  private dropped = false;
  /** The catch-up under way, and whether another was asked for meanwhile. */
  private catchingUp: Promise<void> | null = null;
  private catchUpAgain = false;
  /** Boards loaded while Redis was down: subscribed when it is back. */
  private readonly unsubscribed = new Set<string>();
  private target: RelayTarget | null = null;

  constructor(
    url: string,
    private readonly store: DocumentStore,
    private readonly log: Logger,
  ) {
    // Keep trying forever: an instance without Redis still serves its own clients.
    const reconnectStrategy = (retries: number) => Math.min(100 * 2 ** retries, 3_000);
    this.client = createClient({ url, socket: { reconnectStrategy } });
    this.subscriber = this.client.duplicate();
    for (const [name, c] of [['publisher', this.client], ['subscriber', this.subscriber]] as const) {
      c.on('error', (err: Error) => this.log.warn({ err: err.message, client: name }, 'redis error'));
      c.on('end', () => (this.wasDown = true));
      c.on('reconnecting', () => (this.wasDown = true));
    }
    this.subscriber.on('ready', () => {
      if (!this.wasDown) return;
      this.wasDown = false;
      this.log.info('redis is back: catching up from storage');
      this.requestCatchUp();
    });
    this.client.on('ready', () => {
      if (!this.dropped) return;
      this.dropped = false;
      this.publishEvent({ kind: 'reread' });
    });
  }

  get healthy(): boolean {
    return this.client.isReady && this.subscriber.isReady;
  }

  async start(target: RelayTarget): Promise<void> {
    this.target = target;
    await Promise.all([this.client.connect(), this.subscriber.connect()]);
    await this.subscriber.subscribe(EVENTS_CHANNEL, (message) => this.onEventMessage(message));
  }

  get docHooks(): DocHooks {
    return {
      beforeLoad: async (boardId) => {
        this.early.set(boardId, []);
        if (this.subscriber.isReady) await this.subscribe(boardId);
        else this.unsubscribed.add(boardId);
      },
      onLoaded: (board) => {
        this.boards.set(board.boardId, board);
        for (const message of this.early.get(board.boardId) ?? []) this.deliver(board, message);
        this.early.delete(board.boardId);
      },
      onStoredUpdate: (boardId, payload, seq) =>
        this.publish(docChannel(boardId), encodeRelayMessage({ kind: 'update', from: this.instanceId, seq, payload })),
      onClientAwareness: (boardId, payload) =>
        this.publish(docChannel(boardId), encodeRelayMessage({ kind: 'awareness', from: this.instanceId, payload })),
      onUnloaded: (boardId) => {
        this.boards.delete(boardId);
        this.unsubscribed.delete(boardId);
        if (this.subscriber.isReady) void this.subscriber.unsubscribe(docChannel(boardId)).catch(() => undefined);
      },
    };
  }

  publishEvent(event: InstanceEvent): void {
    this.publish(EVENTS_CHANNEL, JSON.stringify({ from: this.instanceId, event }));
  }

  /** Never throws: what is published is already stored, and a lost message is re-read. */
  private publish(channel: string, message: Uint8Array | string): void {
    if (!this.client.isReady) {
      this.dropped = true;
      return;
    }
    const data = typeof message === 'string' ? message : Buffer.from(message.buffer, message.byteOffset, message.byteLength);
    this.client.publish(channel, data).catch((err: unknown) => {
      this.dropped = true;
      this.log.warn({ err, channel }, 'redis publish failed');
    });
  }

  private subscribe(boardId: string): Promise<void> {
    return this.subscriber.subscribe(docChannel(boardId), (data) => this.onDocMessage(boardId, data), true);
  }

  private onDocMessage(boardId: string, data: Buffer): void {
    const message = decodeRelayMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    if (!message || message.from === this.instanceId) return;
    const board = this.boards.get(boardId);
    if (board) this.deliver(board, message);
    else this.early.get(boardId)?.push(message);
  }

  private deliver(board: BoardDoc, message: RelayMessage): void {
    if (message.kind === 'update') board.applyRemote(message.payload, message.seq);
    else board.applyRemoteAwareness(message.payload);
  }

  private onEventMessage(raw: string): void {
    try {
      const { from, event } = JSON.parse(raw) as { from: string; event: InstanceEvent };
      if (from === this.instanceId) return;
      if (event.kind === 'reread') this.requestCatchUp();
      else this.target?.onEvent(event);
    } catch (err) {
      this.log.warn({ err }, 'unreadable instance event');
    }
  }

  /** One catch-up at a time; one more after it when asked meanwhile (it may have read too early). */
  private requestCatchUp(): void {
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return;
    }
    this.catchingUp = (async () => {
      do {
        this.catchUpAgain = false;
        await this.catchUp().catch((err: unknown) => this.log.error({ err }, 'catching up from storage failed'));
      } while (this.catchUpAgain);
      this.catchingUp = null;
    })();
  }

  private async catchUp(): Promise<void> {
    if (!this.target) return;
    // The client resubscribes its channels by itself; only boards loaded meanwhile are new.
    for (const boardId of [...this.unsubscribed]) {
      this.unsubscribed.delete(boardId);
      await this.subscribe(boardId);
    }
    const boards = await this.target.loaded();
    await Promise.all(boards.map(async (board) => board.resync(await this.store.loadBoard(board.boardId))));
    await this.target.onReconnected();
  }

  async close(): Promise<void> {
    for (const c of [this.subscriber, this.client]) {
      // close() waits for pending commands, which never finish while Redis is down.
      if (c.isReady) await c.close().catch(() => c.destroy());
      else if (c.isOpen) c.destroy();
    }
  }
}
