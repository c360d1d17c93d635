/**
 * Everything one open board needs outside React: the Y.Doc, its offline copy in IndexedDB,
 * the Socket.IO provider, the records store, presence, and an undo manager that only undoes
 * this person's own changes. Components read the store and the slices below, and call the
 * actions. When the server rejects an update, the document is replaced by the server's:
 * a refused edit is rolled back, never kept on the device or offered again.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { generateNKeysBetween } from 'fractional-indexing';
import { addCard, cardsOf, deleteCard, moveCard, setCardColor, type CardColor } from '@shared/board-model';
import { addToGroup, createGroup, dissolveGroup, removeFromGroup, renameGroup, setGroupCollapsed } from '@shared/board-groups';
import { addComment, toggleReaction, type Reaction } from '@shared/card-comments';
import { newId } from '@shared/ids';
import { EMPTY_ROADMAP, setRoadmapFields, type RoadmapFields, type RoadmapStatus } from '@shared/roadmap';
import { addProgressNote, changeStatus, type LogWriter } from '@shared/roadmap-log';
import type { FacilitatorCommand } from '@shared/facilitation';
import type { Ack, Refusal, VotesView } from '@shared/protocol';
import { SocketIOProvider } from '../../sync/socketio-provider';
import { claimsOf, renewSessionToken } from '../../identity/identity-store';
import { BoardStore } from './board-store';
import { Slice } from './listeners';
import { PresenceStore } from './presence-store';
import type { ConnectionView, HistoryView, Identity, MetaView } from './session-views';

/** Marks this person's own transactions, the only ones the undo manager tracks. */
export const LOCAL = Symbol('local edit');
/** Local edits the undo manager leaves alone (see changeRoadmapStatus). */
const RECORD = Symbol('recorded edit');

/** How long a rollback waits for the answers to updates already sent, so that none acknowledged is lost. */
const ROLLBACK_SETTLE_MS = 5_000;

/** One generation of the document: replaced as a whole by a rollback. */
interface Live {
  doc: Y.Doc;
  offline: IndexeddbPersistence;
  provider: SocketIOProvider;
  undo: Y.UndoManager;
  store: BoardStore;
  presence: PresenceStore;
}

export class BoardSession {
  readonly connection = new Slice<ConnectionView>({ status: 'connecting', saved: true, synced: false });
  readonly meta = new Slice<MetaView>({ board: null, state: null, clockOffsetMs: 0, readOnly: false, archived: false });
  readonly votes = new Slice<VotesView | null>(null);
  readonly history = new Slice<HistoryView>({ canUndo: false, canRedo: false, depth: 0 });
  readonly refusal = new Slice<Refusal | null>(null);
  /** Bumped when the document is replaced by the server's; whatever holds its parts reads them again. */
  readonly generation = new Slice(0);
  private live: Live;
  private editing: string | null = null;
  private rollingBack = false;
  private destroyed = false;

  constructor(
    readonly boardId: string,
    private identity: Identity,
  ) {
    this.live = this.open();
    window.addEventListener('online', this.goOnline);
    window.addEventListener('offline', this.goOffline);
  }

  get doc(): Y.Doc {
    return this.live.doc;
  }

  get store(): BoardStore {
    return this.live.store;
  }

  get presence(): PresenceStore {
    return this.live.presence;
  }

  get participantId(): string {
    return this.identity.participantId;
  }

  /** This person's token, for the API calls about this board (moderation). */
  get token(): string {
    return this.identity.token;
  }

  /** Organisers and facilitators moderate: they see every hidden card, and the inbox (the server decides what they read). */
  get moderates(): boolean {
    const { role } = claimsOf(this.identity.token);
    return role === 'organiser' || role === 'facilitator';
  }

  private open(): Live {
    const doc = new Y.Doc();
    const offline = new IndexeddbPersistence(`coatelier-board-${this.boardId}`, doc);
    const provider = new SocketIOProvider(window.location.origin, this.boardId, doc, {
      token: this.identity.token,
      // Conference wifi: come back quickly, but do not hammer the server.
      socketOptions: { reconnectionDelay: 500, reconnectionDelayMax: 3_000 },
    });
    // Typing groups into one step until a pause of 1.5 s; leaving the text or any discrete action ends a step.
    const undo = new Y.UndoManager(cardsOf(doc), { trackedOrigins: new Set([LOCAL]), captureTimeout: 1_500 });
    // The room's screen shows what the room may see, whoever's token opened it (present/).
    const store = new BoardStore(doc, this.identity.participantId, this.moderates && !this.identity.silent);
    const live = { doc, offline, provider, undo, store, presence: new PresenceStore(provider.awareness) };
    const readConnection = () => this.connection.set({ status: provider.status, saved: provider.saved, synced: provider.synced });
    const readMeta = () => this.meta.set({ ...this.meta.get(), board: provider.board, state: provider.state, readOnly: provider.readOnly });
    const readHistory = () => this.history.set({ canUndo: undo.undoStack.length > 0, canRedo: undo.redoStack.length > 0, depth: undo.undoStack.length });
    for (const event of ['status', 'saved', 'synced'] as const) provider.on(event, readConnection);
    provider.on('board', readMeta);
    provider.on('state', (message) => {
      // Every screen counts down from the server's clock, whatever its own says.
      this.meta.set({ ...this.meta.get(), state: message, clockOffsetMs: message.serverNow - Date.now(), readOnly: provider.readOnly });
    });
    provider.on('votes', (view) => this.votes.set(view));
    provider.on('archived', (archived) => this.meta.set({ ...this.meta.get(), archived }));
    provider.on('refused', (refusal) => this.refusal.set(refusal));
    provider.on('rejected', this.rollBack);
    provider.on('token', (token) => {
      renewSessionToken(this.identity.token, token);
      this.identity = { ...this.identity, token };
    });
    undo.on('stack-item-added', readHistory);
    undo.on('stack-item-popped', readHistory);
    readConnection();
    readHistory();
    this.live = live;
    this.announce();
    return live;
  }

  private close(live: Live): void {
    live.store.destroy();
    live.presence.destroy();
    live.undo.destroy();
    live.provider.destroy();
    void live.offline.destroy();
    live.doc.destroy();
  }

  /**
   * The server rejected an update: this document holds something the server's does not and
   * never will. Once the updates already sent are answered (those acknowledged are then in
   * the server's copy), the document and its offline copy are dropped and read again.
   */
  private readonly rollBack = async (refusal: Refusal) => {
    this.refusal.set(refusal);
    if (this.rollingBack) return;
    this.rollingBack = true;
    const old = this.live;
    await old.provider.settled(ROLLBACK_SETTLE_MS);
    // Deleted before the next copy opens: IndexedDB runs the two requests in that order.
    await old.offline.clearData();
    this.close(old);
    this.rollingBack = false;
    if (this.destroyed) return;
    this.open();
    this.generation.set(this.generation.get() + 1);
  };

  // The browser knows at once when the network is gone; a socket would take a ping timeout.
  private readonly goOffline = () => this.live.provider.disconnect();
  private readonly goOnline = () => {
    if (this.live.provider.status === 'disconnected') this.live.provider.connect();
  };

  private local(change: () => void): void {
    this.live.doc.transact(change, LOCAL);
  }

  /** A discrete action (move, colour, delete) is an undo step of its own, never merged with typing. */
  private step(change: () => void): void {
    this.live.undo.stopCapturing();
    this.local(change);
    this.live.undo.stopCapturing();
  }

  /** On an anonymous board the server refuses names in cards and comments. */
  private get shownName(): string {
    return this.meta.get().state?.state.anonymous ? '' : this.identity.name;
  }

  addCard(column: string, index?: number): string {
    const id = newId();
    this.live.undo.stopCapturing();
    this.local(() => {
      addCard(this.live.doc, { id, column, index, author: this.identity.participantId, authorName: this.shownName });
      this.withActionFields(id);
    });
    return id;
  }

  /**
   * A new roadmap action holds every field from the start: undoing a first change of status
   * then puts "À lancer" back, instead of removing a field the server requires to stay.
   */
  private withActionFields(id: string): void {
    if (this.meta.get().board?.kind === 'roadmap') setRoadmapFields(this.live.doc, id, EMPTY_ROADMAP);
  }

  /** Adds many cards at the end of a column (bulk paste): one transaction, so one undo step. */
  addCards(column: string, texts: readonly string[]): void {
    const last = this.live.store.slots(column).at(-1);
    const orders = generateNKeysBetween(last?.order ?? null, null, texts.length);
    const author = this.identity.participantId;
    this.step(() =>
      texts.forEach((text, i) => {
        const id = newId();
        addCard(this.live.doc, { id, column, text, order: orders[i], author, authorName: this.shownName });
        this.withActionFields(id);
      }),
    );
  }

  moveCard(id: string, column: string, index: number): void {
    this.step(() => moveCard(this.live.doc, id, column, index));
  }

  setColor(id: string, color: CardColor): void {
    this.step(() => setCardColor(this.live.doc, id, color));
  }

  /** Deletes a card, and returns the undo depth its deletion leaves (see the toast's "Annuler"). */
  deleteCard(id: string): number {
    this.step(() => deleteCard(this.live.doc, id));
    return this.live.undo.undoStack.length;
  }

  /** The card's Y.Text, for its editor; null for a card that is gone or malformed. */
  cardText(id: string): Y.Text | null {
    const text = cardsOf(this.live.doc).get(id)?.get('text');
    return text instanceof Y.Text ? text : null;
  }

  /** Applies a text change typed into a card. */
  editText(text: Y.Text, apply: (text: Y.Text) => void): void {
    if (text.doc === this.live.doc) this.local(() => apply(text));
  }

  command(command: FacilitatorCommand): Promise<Ack> {
    return this.live.provider.command(command);
  }

  vote(cardId: string, action: 'cast' | 'withdraw'): Promise<Ack> {
    return this.live.provider.vote({ cardId, action });
  }

  /** Starts a group in the card's column holding that card; returns the group's id. */
  groupCard(cardId: string, title: string): string {
    const column = this.live.store.card(cardId)?.column;
    const id = newId();
    if (column) this.step(() => createGroup(this.live.doc, { id, column, title, cardIds: [cardId] }));
    return id;
  }

  setCardGroup(cardId: string, groupId: string | null): void {
    this.step(() => (groupId ? addToGroup(this.live.doc, cardId, groupId) : removeFromGroup(this.live.doc, cardId)));
  }

  renameGroup(id: string, title: string): void {
    this.local(() => renameGroup(this.live.doc, id, title));
  }

  collapseGroup(id: string, collapsed: boolean): void {
    this.local(() => setGroupCollapsed(this.live.doc, id, collapsed));
  }

  dissolveGroup(id: string): void {
    this.local(() => dissolveGroup(this.live.doc, id));
  }

  comment(cardId: string, text: string, replyTo: string | null): void {
    const comment = { id: newId(), author: this.identity.participantId, authorName: this.shownName, text, replyTo };
    this.local(() => addComment(this.live.doc, cardId, comment));
  }

  react(cardId: string, reaction: Reaction): void {
    this.step(() => toggleReaction(this.live.doc, cardId, reaction, this.identity.participantId));
  }

  /** Sets fields of a roadmap action: a discrete step, undone on its own like a colour change. */
  setRoadmap(cardId: string, patch: Partial<RoadmapFields>): void {
    this.step(() => setRoadmapFields(this.live.doc, cardId, patch));
  }

  /** A status change or a note is a record the server keeps appended only: never an undo step. */
  changeRoadmapStatus(cardId: string, status: RoadmapStatus): void {
    this.live.doc.transact(() => changeStatus(this.live.doc, cardId, status, this.logWriter), RECORD);
  }

  addRoadmapNote(cardId: string, text: string): boolean {
    let added = false;
    this.live.doc.transact(() => (added = addProgressNote(this.live.doc, cardId, text, this.logWriter)), RECORD);
    return added;
  }

  private get logWriter(): LogWriter {
    return { by: this.identity.participantId, byName: this.shownName };
  }

  undoLast(): void {
    this.live.undo.undo();
  }

  redoLast(): void {
    this.live.undo.redo();
  }

  /** Says which card this person is writing in (null: none). */
  setEditing(cardId: string | null): void {
    // Leaving a card's text ends its undo step: the next edit, however soon, is undone apart.
    if (cardId === null && this.editing !== null) this.live.undo.stopCapturing();
    this.editing = cardId;
    this.announce();
  }

  private announce(): void {
    if (this.identity.silent) return this.live.provider.awareness.setLocalState(null);
    this.live.provider.awareness.setLocalState({
      user: { name: this.identity.name, color: this.identity.color, id: this.identity.participantId },
      editing: this.editing,
    });
  }

  rename(name: string): void {
    this.identity = { ...this.identity, name };
    this.announce();
  }

  destroy(): void {
    this.destroyed = true;
    window.removeEventListener('online', this.goOnline);
    window.removeEventListener('offline', this.goOffline);
    if (!this.rollingBack) this.close(this.live);
  }
}
