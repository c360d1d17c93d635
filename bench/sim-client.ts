/**
 * A simulated participant: adds a card at a steady rate, types a few keystrokes into it,
 * says where it is typing through presence (awareness) at most every PRESENCE_EVERY_MS, and
 * deletes its oldest card when the plan keeps the board under its card limit. Observers
 * also note when each other participant's card reached them: a card's id carries the wall
 * clock time it was written at.
 */
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { PRESENCE_COLORS } from '../shared/presence-palette';
import { addCard, cardText, cardsOf, deleteCard } from '../shared/board-model';
import { connect, type Connection, type Endpoint } from './load/connect';
import type { Delivery } from './load/accounting';

export type { Transport } from './load/connect';

/**
 * Wall-clock milliseconds with sub-millisecond resolution. performance.now() alone counts from
 * each thread's own origin on some Node versions, and writers run in worker threads.
 */
export const clockMs = () => performance.timeOrigin + performance.now();

/** A person typing refreshes their presence about this often (the client throttles its own). */
export const PRESENCE_EVERY_MS = 2_000;

export interface SimOptions extends Endpoint {
  id: number;
  column: string;
  /** The participant the token names: the server refuses cards written under anyone else's id. */
  participantId: string;
}

export interface WritePlan {
  intervalMs: number;
  /** Keystrokes typed into each new card, one every keystrokeMs. */
  keystrokes: number;
  keystrokeMs: number;
  /** Own cards kept on the board; the oldest is deleted beyond it (Infinity: never). */
  keepCards: number;
}

/** The card id of the `n`th card of client `id`, written at `sentAt` (in whole microseconds: ids are letters, digits, - and _). */
export const cardId = (id: number, n: number, sentAt: number) => `c${id}_${n}_${Math.round(sentAt * 1000)}`;
export const sentAtOf = (key: string) => Number(key.split('_')[2]) / 1000;

export class SimClient {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  /** When each of this client's cards was written. */
  readonly sentAt: number[] = [];
  /** Observers only: each other participant's card, when written and when it arrived. */
  readonly deliveries: Delivery[] = [];
  readonly counters = { errors: 0, received: 0 };
  /** Local Yjs updates (cards, keystrokes, deletions), each sent as one message. */
  updates = 0;
  private connection: Connection | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly ownCards: string[] = [];
  private lastPresenceAt = 0;

  constructor(
    readonly options: SimOptions,
    recording: () => boolean = () => false,
  ) {
    this.doc.on('update', (_u: Uint8Array, _o: unknown, _d: Y.Doc, tx: Y.Transaction) => {
      if (tx.local) this.updates++;
    });
    if (options.role !== 'observer') return;
    cardsOf(this.doc).observe((event, tx) => {
      if (tx.local || !recording()) return;
      const arrivedAt = clockMs();
      for (const [key, change] of event.changes.keys) {
        const sentAt = sentAtOf(key);
        if (change.action === 'add' && Number.isFinite(sentAt)) this.deliveries.push({ sentAt, arrivedAt });
      }
    });
  }

  get errors(): number {
    return this.counters.errors;
  }

  /** Cards of this client on the board now. */
  get live(): number {
    return this.ownCards.length;
  }

  connect(): Promise<void> {
    this.connection = connect(this.options, this.doc, this.awareness, this.counters);
    return this.connection.ready;
  }

  start(plan: WritePlan): void {
    const tick = () => {
      const sentAt = clockMs();
      const id = cardId(this.options.id, this.sentAt.length, sentAt);
      this.sentAt.push(sentAt);
      // A fixed order key: the benchmark measures transport, not ordering, and a key
      // computed from every card of the column would cost the client O(cards) per card.
      addCard(this.doc, { id, column: this.options.column, order: 'a0', author: this.options.participantId, authorName: `Sim ${this.options.id}`, text: 'x' });
      this.ownCards.push(id);
      if (this.ownCards.length > plan.keepCards) deleteCard(this.doc, this.ownCards.shift()!);
      this.typing(id);
      for (let k = 1; k <= plan.keystrokes; k++) {
        this.later(k * plan.keystrokeMs, () => {
          const text = cardText(this.doc, id);
          if (!text) return;
          text.insert(text.length, 'é');
          this.typing(id);
        });
      }
    };
    // Spread over the interval: people do not type in step.
    this.later(Math.random() * plan.intervalMs, () => {
      tick();
      const every = setInterval(tick, plan.intervalMs);
      this.timers.add(every);
    });
  }

  /** Presence while typing, throttled the way a browser client throttles its own. */
  private typing(cardId: string): void {
    const now = clockMs();
    if (now - this.lastPresenceAt < PRESENCE_EVERY_MS) return;
    this.lastPresenceAt = now;
    this.awareness.setLocalState({
      user: { name: `Sim ${this.options.id}`, color: PRESENCE_COLORS[this.options.id % PRESENCE_COLORS.length]!, id: this.options.participantId },
      editing: cardId,
    });
  }

  private later(ms: number, run: () => void): void {
    const timer = setTimeout(() => (this.timers.delete(timer), run()), ms);
    this.timers.add(timer);
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  destroy(): void {
    this.stop();
    this.connection?.close();
    this.awareness.destroy();
  }
}
