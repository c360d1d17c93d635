/**
 * Syncs one board's Y.Doc with the server over Socket.IO (WebSocket, or long-polling where
 * a municipal proxy blocks WebSockets). Works in browsers and in Node (tests, benchmark).
 *
 * Events: 'status' (connecting | connected | disconnected), 'synced' (first full sync after
 * each connect), 'saved' (true once the server has acknowledged every local update),
 * 'board' (columns and title), 'state' (facilitator state: phase, timer, lock...), 'votes'
 * (this client's view of the votes), 'refused' (the server refused something), 'rejected'
 * (the server refused a document update for what it holds: the local document now differs
 * from the server's for good, and the owner must roll it back; nothing more is sent).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ObservableV2 } from 'lib0/observable';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import type { FacilitatorCommand } from '@shared/facilitation';
import type { Ack, BoardInfo, BoardStateMessage, JoinBoardAck, Refusal, SyncAck, VoteRequest, VotesView, WorkshopAccessMessage } from '@shared/protocol';
import { EVENTS, PROTOCOL_VERSION, parseDocId } from '@shared/protocol-constants';
import { bytesFromWire } from '@shared/wire-bytes';
import { affinityKey } from './affinity-key';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

type ProviderEvents = {
  status: (status: ConnectionStatus) => void;
  synced: (synced: boolean) => void;
  saved: (saved: boolean) => void;
  board: (board: BoardInfo) => void;
  state: (message: BoardStateMessage) => void;
  votes: (view: VotesView) => void;
  /** The workshop was archived or reopened: every board read-only, or writable again. */
  archived: (archived: boolean) => void;
  refused: (refusal: Refusal) => void;
  rejected: (refusal: Refusal) => void;
  /** The server renewed this client's token (same rights, fresh expiry): keep it. */
  token: (token: string) => void;
};

/** How long a command or vote waits for the server before it is reported as not applied. */
const REQUEST_TIMEOUT_MS = 10_000;
/** First and longest wait before offering again an update the server could not store just now. */
const RESYNC_MIN_MS = 1_000;
const RESYNC_MAX_MS = 30_000;
/**
 * Refusals that say "not now" rather than "not this": the update is offered again later. Any
 * other refusal rejects the update for what it holds, and it is never offered again.
 */
const TRANSIENT_CODES: ReadonlySet<string> = new Set(['storage_unavailable', 'rate_limited']);

export interface ProviderOptions {
  token: string;
  awareness?: Awareness;
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
}

export class SocketIOProvider extends ObservableV2<ProviderEvents> {
  readonly socket: Socket;
  readonly awareness: Awareness;
  status: ConnectionStatus = 'connecting';
  synced = false;
  readOnly = false;
  archived = false;
  board: BoardInfo | null = null;
  state: BoardStateMessage | null = null;
  votes: VotesView | null = null;
  /** The board this document belongs to (the same id, or the board of a drafts document). */
  readonly mainBoardId: string;
  /** Local updates sent and not yet acknowledged. */
  private unacked = 0;
  /** Local changes the server may not have (made offline, or sent on a connection that dropped). */
  private unsent = false;
  private joined = false;
  /** Bumped on every disconnect, so that late acks of a dropped connection are ignored. */
  private epoch = 0;
  /** Set once the server rejected an update: this document can no longer be sent. */
  private halted = false;
  private resyncTimer: ReturnType<typeof setTimeout> | undefined;
  private resyncDelayMs = RESYNC_MIN_MS;
  /** Called whenever the count of unacknowledged updates may have reached zero. */
  private readonly settledWaiters = new Set<() => void>();

  constructor(
    serverUrl: string,
    readonly boardId: string,
    readonly doc: Y.Doc,
    options: ProviderOptions,
  ) {
    super();
    this.mainBoardId = parseDocId(boardId).boardId;
    this.awareness = options.awareness ?? new Awareness(doc);
    this.socket = io(serverUrl, {
      auth: { token: options.token },
      // On every request, so that a proxy keeps this session's long-polling on one instance.
      query: { aff: affinityKey() },
      transports: ['polling', 'websocket'],
      ...options.socketOptions,
    });
    this.socket.on('connect', this.onConnect);
    this.socket.on('disconnect', this.onDisconnect);
    this.socket.on('connect_error', (err) => {
      if (err.message === 'unauthorized') {
        this.emit('refused', [{ error: { code: 'unauthorized', message: 'Invalid or missing token' } }]);
      }
      this.setStatus('disconnected');
    });
    this.socket.on(EVENTS.sync, this.onSync);
    this.socket.on(EVENTS.awareness, this.onAwarenessMessage);
    this.socket.on(EVENTS.boardMeta, (board: BoardInfo) => {
      if (board.id !== this.boardId) return;
      this.board = board;
      this.emit('board', [board]);
    });
    this.socket.on(EVENTS.state, (message: BoardStateMessage) => {
      if (message.boardId !== this.mainBoardId) return;
      this.setState(message);
    });
    this.socket.on(EVENTS.votes, (view: VotesView) => {
      if (view.boardId !== this.mainBoardId) return;
      this.votes = view;
      this.emit('votes', [view]);
    });
    this.socket.on(EVENTS.access, (message: WorkshopAccessMessage) => this.setArchived(message.archived === true));
    this.socket.on(EVENTS.refused, (refusal: Refusal) => this.emit('refused', [refusal]));
    doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onLocalAwareness);
  }

  get saved(): boolean {
    return this.unacked === 0 && !this.unsent;
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.emit('status', [status]);
  }

  private setSynced(synced: boolean): void {
    if (this.synced === synced) return;
    this.synced = synced;
    this.emit('synced', [synced]);
  }

  private readonly onConnect = () => this.join();

  /** Joins the board; the server then sends its state vector, answered with what it lacks. */
  private join(): void {
    this.setStatus('connecting');
    this.socket.emit(EVENTS.join, { boardId: this.boardId, protocol: PROTOCOL_VERSION }, (ack: JoinBoardAck) => {
      if (!ack.ok) {
        this.emit('refused', [{ ...ack, boardId: this.boardId }]);
        return;
      }
      this.joined = true;
      if (ack.token) {
        // Reconnections present the renewed token, not the one that is running out.
        this.socket.auth = { token: ack.token };
        this.emit('token', [ack.token]);
      }
      this.readOnly = ack.readOnly;
      this.setArchived(ack.archived === true);
      this.board = ack.board;
      this.emit('board', [ack.board]);
      this.setState(ack.state);
      this.votes = ack.votes;
      this.emit('votes', [ack.votes]);
      this.setStatus('connected');
      const encoder = encoding.createEncoder();
      syncProtocol.writeSyncStep1(encoder, this.doc);
      this.socket.emit(EVENTS.sync, this.boardId, encoding.toUint8Array(encoder));
      if (this.awareness.getLocalState() !== null) {
        this.socket.emit(EVENTS.awareness, this.boardId, encodeAwarenessUpdate(this.awareness, [this.doc.clientID]));
      }
    });
  }

  /** Offers unstored updates again after a "not now" refusal, through a fresh exchange of state vectors. */
  private scheduleResync(): void {
    if (this.resyncTimer !== undefined) return;
    const delay = this.resyncDelayMs;
    this.resyncDelayMs = Math.min(delay * 2, RESYNC_MAX_MS);
    this.resyncTimer = setTimeout(() => {
      this.resyncTimer = undefined;
      if (this.socket.connected && !this.halted) this.join();
    }, delay);
  }

  private setState(message: BoardStateMessage): void {
    this.state = message;
    this.emit('state', [message]);
  }

  private setArchived(archived: boolean): void {
    if (archived === this.archived) return;
    this.archived = archived;
    this.emit('archived', [archived]);
  }

  /** A facilitator command; resolves with the server's answer (refusals included). */
  command(command: FacilitatorCommand): Promise<Ack> {
    return this.request(EVENTS.command, command);
  }

  vote(request: VoteRequest): Promise<Ack> {
    return this.request(EVENTS.vote, request);
  }

  private async request(event: string, body: unknown): Promise<Ack> {
    if (!this.socket.connected) {
      return { ok: false, error: { code: 'storage_unavailable', message: 'Offline: not sent' } };
    }
    try {
      return (await this.socket.timeout(REQUEST_TIMEOUT_MS).emitWithAck(event, this.mainBoardId, body)) as Ack;
    } catch {
      return { ok: false, error: { code: 'storage_unavailable', message: 'No answer from the server' } };
    }
  }

  private readonly onDisconnect = () => {
    this.joined = false;
    this.epoch++;
    if (this.unacked > 0) this.unsent = true;
    this.unacked = 0;
    this.settle();
    this.setSynced(false);
    this.setStatus('disconnected');
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    removeAwarenessStates(this.awareness, others, this);
  };

  /** Sends a sync message carrying local changes, counted until the server stores it. */
  private sendTracked(message: Uint8Array): void {
    const wasSaved = this.saved;
    this.unacked++;
    if (wasSaved) this.emit('saved', [false]);
    const epoch = this.epoch;
    this.socket.emit(EVENTS.sync, this.boardId, message, (ack: SyncAck) => {
      // An ack from a connection that has since dropped was already written off.
      if (epoch !== this.epoch) return;
      this.unacked = Math.max(0, this.unacked - 1);
      if (ack.ok) this.resyncDelayMs = RESYNC_MIN_MS;
      else if (TRANSIENT_CODES.has(ack.error.code)) {
        this.unsent = true;
        this.scheduleResync();
      } else if (!this.halted) {
        this.halted = true;
        this.unsent = true;
        this.emit('rejected', [{ error: ack.error, boardId: this.boardId }]);
      }
      if (this.saved) this.emit('saved', [true]);
      if (this.unacked === 0) this.settle();
    });
  }

  private settle(): void {
    this.settledWaiters.forEach((done) => done());
  }

  /**
   * Resolves once every update sent has been answered (or the connection dropped, or
   * `timeoutMs` passed): what the server acknowledged is then in its copy of the document.
   */
  settled(timeoutMs: number): Promise<void> {
    if (this.unacked === 0 || !this.joined) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.settledWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.settledWaiters.add(done);
    });
  }

  private readonly onSync = (boardId: string, data: unknown) => {
    if (boardId !== this.boardId) return;
    // Decoded once: a broadcast arrives as base64 text (shared/wire-bytes.ts).
    const bytes = bytesFromWire(data);
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    if (type === syncProtocol.messageYjsSyncStep1) {
      // The server's state vector: answer with everything it lacks, offline edits included.
      const encoder = encoding.createEncoder();
      syncProtocol.writeSyncStep2(encoder, this.doc, decoding.readVarUint8Array(decoder));
      if (!this.readOnly && !this.halted) {
        this.unsent = false;
        this.sendTracked(encoding.toUint8Array(encoder));
      }
    } else {
      syncProtocol.readSyncMessage(decoding.createDecoder(bytes), encoding.createEncoder(), this.doc, this);
      if (type === syncProtocol.messageYjsSyncStep2) this.setSynced(true);
    }
  };

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this || this.readOnly) return;
    if (!this.joined || !this.socket.connected || this.halted) {
      const wasSaved = this.saved;
      this.unsent = true;
      if (wasSaved) this.emit('saved', [false]);
      return;
    }
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    this.sendTracked(encoding.toUint8Array(encoder));
  };

  private readonly onAwarenessMessage = (boardId: string, data: unknown) => {
    if (boardId === this.boardId) applyAwarenessUpdate(this.awareness, bytesFromWire(data), this);
  };

  private readonly onLocalAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin === this || !this.joined) return;
    const changed = [...added, ...updated, ...removed];
    this.socket.emit(EVENTS.awareness, this.boardId, encodeAwarenessUpdate(this.awareness, changed));
  };

  /** Closes the connection (the document is kept; reconnect with connect()). */
  disconnect(): void {
    this.socket.disconnect();
  }

  connect(): void {
    this.socket.connect();
  }

  override destroy(): void {
    clearTimeout(this.resyncTimer);
    this.settle();
    // Tells the others at once that we left (sent by onLocalAwareness).
    removeAwarenessStates(this.awareness, [this.doc.clientID], 'destroy');
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onLocalAwareness);
    this.socket.disconnect();
    this.socket.removeAllListeners();
    super.destroy();
  }
}
