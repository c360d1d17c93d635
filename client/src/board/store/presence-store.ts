/**
 * Who is on the board and who writes in which card, from awareness. Awareness changes come
 * often (every arrival, every card entered or left), so they are read at most once per frame,
 * and only the people bar and the cards whose writers changed are told; the board is not.
 */
import type { Awareness } from 'y-protocols/awareness';
import { KeyedListeners, Listeners, type Listener } from './listeners';
import { readPresence } from './presence-read';

export interface Person {
  clientId: number;
  name: string;
  color: string;
  self: boolean;
}

/** Past this many people the list keeps arrival order: sorting thousands of names every frame is not worth it. */
const SORT_MAX_PEOPLE = 300;

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

const samePerson = (a: Person, b: Person) => a.clientId === b.clientId && a.name === b.name && a.color === b.color && a.self === b.self;
const sameList = (a: readonly Person[], b: readonly Person[]) => a.length === b.length && a.every((p, i) => samePerson(p, b[i]!));

export type Schedule = (run: () => void) => () => void;

/** The next frame in a browser; at once elsewhere (tests). */
export const nextFrame: Schedule = (run) => {
  if (typeof requestAnimationFrame !== 'function') {
    run();
    return () => undefined;
  }
  const frame = requestAnimationFrame(run);
  return () => cancelAnimationFrame(frame);
};

export class PresenceStore {
  private everyone: readonly Person[] = [];
  private writers = new Map<string, readonly Person[]>();
  private readonly peopleListeners = new Listeners();
  private readonly writerListeners = new KeyedListeners();
  private pending = false;
  private cancel: () => void = () => undefined;

  constructor(
    private readonly awareness: Awareness,
    private readonly schedule: Schedule = nextFrame,
  ) {
    awareness.on('change', this.changed);
    this.read();
  }

  destroy(): void {
    this.awareness.off('change', this.changed);
    this.cancel();
  }

  private readonly changed = () => {
    if (this.pending) return;
    this.pending = true;
    this.cancel = this.schedule(() => {
      this.pending = false;
      this.read();
    });
  };

  /** Reads every state once; tells only who is concerned. */
  private read(): void {
    const self = this.awareness.clientID;
    const people: Person[] = [];
    const writers = new Map<string, Person[]>();
    this.awareness.getStates().forEach((state, clientId) => {
      const read = readPresence(state);
      if (!read) return;
      const person = { clientId, name: read.name, color: read.color, self: clientId === self };
      people.push(person);
      if (read.editing && !person.self) {
        const list = writers.get(read.editing);
        if (list) list.push(person);
        else writers.set(read.editing, [person]);
      }
    });
    if (people.length <= SORT_MAX_PEOPLE) {
      people.sort((a, b) => Number(b.self) - Number(a.self) || collator.compare(a.name, b.name) || a.clientId - b.clientId);
    } else {
      const me = people.findIndex((p) => p.self);
      if (me > 0) people.unshift(...people.splice(me, 1));
    }
    if (!sameList(people, this.everyone)) {
      this.everyone = people;
      this.peopleListeners.notify();
    }
    const changedCards: string[] = [];
    const next = new Map<string, readonly Person[]>();
    for (const [card, list] of writers) {
      const old = this.writers.get(card);
      next.set(card, old && sameList(old, list) ? old : list);
      if (next.get(card) !== old) changedCards.push(card);
    }
    for (const card of this.writers.keys()) if (!next.has(card)) changedCards.push(card);
    this.writers = next;
    this.writerListeners.notify(changedCards);
  }

  people = (): readonly Person[] => this.everyone;

  /** Others writing in this card (never oneself). */
  writersOf(cardId: string): readonly Person[] | undefined {
    return this.writers.get(cardId);
  }

  subscribePeople = (listener: Listener) => this.peopleListeners.subscribe(listener);

  subscribeWriters(cardId: string, listener: Listener): () => void {
    return this.writerListeners.subscribe(cardId, listener);
  }
}
