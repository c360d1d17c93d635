/**
 * Everything one open board needs outside React: the Y.Doc, its offline copy in IndexedDB,
 * the Socket.IO provider, presence, and an undo manager that only undoes this person's
 * own changes. Components read snapshots and call the actions.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { generateNKeysBetween } from 'fractional-indexing';
import {
  addCard,
  cardsInColumn,
  cardsOf,
  deleteCard,
  listCards,
  moveCard,
  setCardColor,
  type Card,
  type CardColor,
} from '@shared/board-model';
import {
  addToGroup,
  createGroup,
  dissolveGroup,
  groupOfCard,
  listGroups,
  removeFromGroup,
  renameGroup,
  setGroupCollapsed,
  type Group,
} from '@shared/board-groups';
import { addComment, listComments, reactionsOf, toggleReaction, type Reaction } from '@shared/card-comments';
import { newId } from '@shared/ids';
import { roadmapOf, setRoadmapFields, type RoadmapFields } from '@shared/roadmap';
import type { FacilitatorCommand } from '@shared/facilitation';
import type { Ack, BoardInfo, BoardStateMessage, Refusal, VotesView } from '@shared/protocol';
import { SocketIOProvider, type ConnectionStatus } from '../../sync/socketio-provider';

/** Marks this person's own transactions, the only ones the undo manager tracks. */
export const LOCAL = Symbol('local edit');

export interface Person {
  clientId: number;
  name: string;
  color: string;
  editing: string | null;
  self: boolean;
}

export interface BoardSnapshot {
  cards: Card[];
  groups: Group[];
  /** Card id → its group's id, for grouped cards. */
  groupOf: ReadonlyMap<string, string>;
  board: BoardInfo | null;
  status: ConnectionStatus;
  saved: boolean;
  synced: boolean;
  people: Person[];
  canUndo: boolean;
  canRedo: boolean;
  /** How many of this person's changes can be undone; tells whether a given one is still the last. */
  undoDepth: number;
  lastRefusal: Refusal | null;
  /** Facilitator state, and the server clock offset for the timer. */
  state: BoardStateMessage | null;
  clockOffsetMs: number;
  votes: VotesView | null;
  readOnly: boolean;
}

export interface Identity {
  token: string;
  participantId: string;
  name: string;
  color: string;
}

export class BoardSession {
  readonly doc = new Y.Doc();
  readonly provider: SocketIOProvider;
  private readonly offline: IndexeddbPersistence;
  private readonly undo: Y.UndoManager;
  private readonly listeners = new Set<() => void>();
  private snapshot: BoardSnapshot;
  private frame = 0;
  private lastRefusal: Refusal | null = null;
  private clockOffsetMs = 0;

  constructor(
    readonly boardId: string,
    private identity: Identity,
  ) {
    this.offline = new IndexeddbPersistence(`coatelier-board-${boardId}`, this.doc);
    this.provider = new SocketIOProvider(window.location.origin, boardId, this.doc, {
      token: identity.token,
      // Conference wifi: come back quickly, but do not hammer the server.
      socketOptions: { reconnectionDelay: 500, reconnectionDelayMax: 3_000 },
    });
    this.undo = new Y.UndoManager(cardsOf(this.doc), { trackedOrigins: new Set([LOCAL]), captureTimeout: 600 });
    this.setPresence(null);
    this.snapshot = this.read();
    this.doc.on('update', this.changed);
    this.undo.on('stack-item-added', this.changed);
    this.undo.on('stack-item-popped', this.changed);
    this.provider.awareness.on('change', this.changed);
    for (const event of ['status', 'saved', 'synced', 'board', 'votes'] as const) this.provider.on(event, this.changed);
    this.provider.on('state', (message) => {
      // Every screen counts down from the server's clock, whatever its own says.
      this.clockOffsetMs = message.serverNow - Date.now();
      this.changed();
    });
    this.provider.on('refused', (refusal) => {
      this.lastRefusal = refusal;
      this.changed();
    });
    window.addEventListener('online', this.goOnline);
    window.addEventListener('offline', this.goOffline);
  }

  // The browser knows at once when the network is gone; a socket would take a ping timeout.
  private readonly goOffline = () => this.provider.disconnect();
  private readonly goOnline = () => {
    if (this.provider.status === 'disconnected') this.provider.connect();
  };

  /** Coalesces bursts of updates into one render per frame. */
  private readonly changed = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(this.publish);
  };

  /** Renders now: a new card must take the focus before the next keystroke. */
  private readonly publish = () => {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.snapshot = this.read();
    this.listeners.forEach((l) => l());
  };

  private read(): BoardSnapshot {
    const people: Person[] = [];
    this.provider.awareness.getStates().forEach((state, clientId) => {
      const user = state.user as { name?: string; color?: string } | undefined;
      if (!user?.name) return;
      people.push({
        clientId,
        name: user.name,
        color: user.color ?? '#555',
        editing: typeof state.editing === 'string' ? state.editing : null,
        self: clientId === this.doc.clientID,
      });
    });
    const cards = listCards(this.doc);
    const groupOf = new Map<string, string>();
    for (const card of cards) {
      const group = groupOfCard(this.doc, card.id);
      if (group) groupOf.set(card.id, group);
    }
    return {
      cards,
      groups: listGroups(this.doc),
      groupOf,
      board: this.provider.board,
      status: this.provider.status,
      saved: this.provider.saved,
      synced: this.provider.synced,
      people: people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name)),
      canUndo: this.undo.undoStack.length > 0,
      canRedo: this.undo.redoStack.length > 0,
      undoDepth: this.undo.undoStack.length,
      lastRefusal: this.lastRefusal,
      state: this.provider.state,
      clockOffsetMs: this.clockOffsetMs,
      votes: this.provider.votes,
      readOnly: this.provider.readOnly,
    };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  private local(change: () => void): void {
    this.doc.transact(change, LOCAL);
  }

  /** A discrete action (move, colour, delete) is an undo step of its own, never merged with typing. */
  private step(change: () => void): void {
    this.undo.stopCapturing();
    this.local(change);
    this.undo.stopCapturing();
  }

  addCard(column: string, index?: number): string {
    const id = newId();
    this.undo.stopCapturing();
    this.local(() =>
      addCard(this.doc, {
        id,
        column,
        index,
        author: this.identity.participantId,
        // On an anonymous board the server refuses names in cards.
        authorName: this.provider.state?.state.anonymous ? '' : this.identity.name,
      }),
    );
    this.publish();
    return id;
  }

  /** Adds many cards at the end of a column (bulk paste): one transaction, so one undo step. */
  addCards(column: string, texts: readonly string[]): void {
    const siblings = cardsInColumn(this.doc, column);
    const orders = generateNKeysBetween(siblings.at(-1)?.order ?? null, null, texts.length);
    const authorName = this.provider.state?.state.anonymous ? '' : this.identity.name;
    this.step(() =>
      texts.forEach((text, i) =>
        addCard(this.doc, { id: newId(), column, text, order: orders[i], author: this.identity.participantId, authorName }),
      ),
    );
    this.publish();
  }

  moveCard(id: string, column: string, index: number): void {
    this.step(() => moveCard(this.doc, id, column, index));
  }

  setColor(id: string, color: CardColor): void {
    this.step(() => setCardColor(this.doc, id, color));
  }

  /** Deletes a card, and returns the undo depth its deletion leaves (see the toast's "Annuler"). */
  deleteCard(id: string): number {
    this.step(() => deleteCard(this.doc, id));
    this.publish();
    return this.undo.undoStack.length;
  }

  /** Applies a text change typed into a card. */
  editText(id: string, apply: (text: Y.Text) => void): void {
    const text = cardsOf(this.doc).get(id)?.get('text');
    if (text instanceof Y.Text) this.local(() => apply(text));
  }

  command(command: FacilitatorCommand): Promise<Ack> {
    return this.provider.command(command);
  }

  vote(cardId: string, action: 'cast' | 'withdraw'): Promise<Ack> {
    return this.provider.vote({ cardId, action });
  }

  /** Starts a group in the card's column holding that card; returns the group's id. */
  groupCard(cardId: string, title: string): string {
    const column = cardsOf(this.doc).get(cardId)?.get('column');
    const id = newId();
    if (typeof column === 'string') this.local(() => createGroup(this.doc, { id, column, title, cardIds: [cardId] }));
    return id;
  }

  setCardGroup(cardId: string, groupId: string | null): void {
    this.local(() => (groupId ? addToGroup(this.doc, cardId, groupId) : removeFromGroup(this.doc, cardId)));
  }

  renameGroup(id: string, title: string): void {
    this.local(() => renameGroup(this.doc, id, title));
  }

  collapseGroup(id: string, collapsed: boolean): void {
    this.local(() => setGroupCollapsed(this.doc, id, collapsed));
  }

  dissolveGroup(id: string): void {
    this.local(() => dissolveGroup(this.doc, id));
  }

  comment(cardId: string, text: string, replyTo: string | null): void {
    this.local(() =>
      addComment(this.doc, cardId, {
        id: newId(),
        author: this.identity.participantId,
        authorName: this.provider.state?.state.anonymous ? '' : this.identity.name,
        text,
        replyTo,
      }),
    );
  }

  react(cardId: string, reaction: Reaction): void {
    this.local(() => toggleReaction(this.doc, cardId, reaction, this.identity.participantId));
  }

  comments(cardId: string) {
    return listComments(this.doc, cardId);
  }

  reactions(cardId: string) {
    return reactionsOf(this.doc, cardId, this.identity.participantId);
  }

  /** A roadmap action's fields (status, lead, due date, links…). */
  roadmap(cardId: string): RoadmapFields {
    return roadmapOf(this.doc, cardId);
  }

  /** Sets fields of a roadmap action: a discrete step, undone on its own like a colour change. */
  setRoadmap(cardId: string, patch: Partial<RoadmapFields>): void {
    this.step(() => setRoadmapFields(this.doc, cardId, patch));
  }

  undoLast(): void {
    this.undo.undo();
  }

  redoLast(): void {
    this.undo.redo();
  }

  setPresence(editing: string | null): void {
    this.provider.awareness.setLocalState({
      user: { name: this.identity.name, color: this.identity.color, id: this.identity.participantId },
      editing,
    });
  }

  rename(name: string): void {
    this.identity = { ...this.identity, name };
    const editing = this.provider.awareness.getLocalState()?.editing;
    this.setPresence(typeof editing === 'string' ? editing : null);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    window.removeEventListener('online', this.goOnline);
    window.removeEventListener('offline', this.goOffline);
    this.undo.destroy();
    this.provider.destroy();
    void this.offline.destroy();
    this.doc.destroy();
  }
}
