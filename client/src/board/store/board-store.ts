/**
 * The board document as immutable records, kept up to date by one deep observer per map.
 * A change to a card rebuilds that card's record only; every other record keeps its object
 * identity, and only the listeners of what changed (the card, its column) are told. Columns
 * expose their order (slots) apart from their content, so that typing in a card re-renders
 * that card and not its column. A card a facilitator hid (`hidden`, shared/moderation.ts) is
 * not in the store at all for those who may not see it: no column, count, search or screen
 * shows it; its author and the board's facilitators keep it, marked.
 */
import type * as Y from 'yjs';
import { cardsOf, compareCards, type CardMap } from '@shared/board-model';
import { groupsOf, listGroups, type Group } from '@shared/board-groups';
import { readCardRecord, samePlace, type CardRecord, type Slot } from './card-record';
import { KeyedListeners, Listeners, type Listener } from './listeners';

const sameGroup = (a: Group, b: Group) =>
  a.title === b.title && a.column === b.column && a.order === b.order && a.collapsed === b.collapsed;

export class BoardStore {
  private readonly cards: Y.Map<CardMap>;
  private readonly records = new Map<string, CardRecord>();
  private readonly slotOf = new Map<string, Slot>();
  /** Column id → ids of its cards. */
  private readonly members = new Map<string, Set<string>>();
  /** Caches rebuilt on demand after a change: a column's slots, its records, all records. */
  private readonly slotCache = new Map<string, readonly Slot[]>();
  private readonly contentCache = new Map<string, readonly CardRecord[]>();
  private allCache: readonly CardRecord[] | null = null;
  private groupList: readonly Group[] = [];

  private readonly cardListeners = new KeyedListeners();
  private readonly slotListeners = new KeyedListeners();
  private readonly contentListeners = new KeyedListeners();
  private readonly anyCardListeners = new Listeners();
  private readonly groupListeners = new Listeners();
  private readonly arrivalListeners = new Set<(cards: readonly CardRecord[]) => void>();
  private readonly hiddenListeners = new Listeners();
  /** Ids of the hidden cards this person sees, with their reasons. */
  private hiddenCards: ReadonlyMap<string, string> = new Map();

  constructor(
    private readonly doc: Y.Doc,
    private readonly participantId: string,
    /** Facilitators and organisers see every hidden card; others only their own. */
    private readonly seesEveryHidden = false,
  ) {
    this.cards = cardsOf(doc);
    this.refresh(this.cards.keys());
    this.readGroups();
    this.cards.observeDeep(this.onCards);
    groupsOf(doc).observeDeep(this.onGroups);
  }

  destroy(): void {
    this.cards.unobserveDeep(this.onCards);
    groupsOf(this.doc).unobserveDeep(this.onGroups);
  }

  // One call per transaction, whatever its size: the first sync of 2,000 cards included.
  private readonly onCards = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    const touched = new Set<string>();
    for (const event of events) {
      if (event.target === this.cards) for (const key of event.keys.keys()) touched.add(key);
      else {
        const id = event.path[0];
        if (typeof id === 'string') touched.add(id);
      }
    }
    this.refresh(touched, !transaction.local);
  };

  private readonly onGroups = () => {
    if (this.readGroups()) this.groupListeners.notify();
  };

  /** Re-reads the groups (a few per column); true when any changed. */
  private readGroups(): boolean {
    const previous = new Map(this.groupList.map((g) => [g.id, g]));
    const next = listGroups(this.doc).map((g) => {
      const old = previous.get(g.id);
      return old && sameGroup(old, g) ? old : g;
    });
    if (next.length === this.groupList.length && next.every((g, i) => g === this.groupList[i])) return false;
    this.groupList = next;
    return true;
  }

  /** `remote`: the change came from elsewhere (server, offline copy): new cards are arrivals. */
  private refresh(ids: Iterable<string>, remote = false): void {
    const changedCards: string[] = [];
    const arrived: CardRecord[] = [];
    const movedColumns = new Set<string>();
    const contentColumns = new Set<string>();
    let hiddenChanged = false;
    for (const id of ids) {
      const before = this.records.get(id);
      const after = this.shown(readCardRecord(this.doc, id, this.cards.get(id), this.participantId));
      if (!before && !after) continue;
      if (before?.hidden !== after?.hidden) hiddenChanged = true;
      changedCards.push(id);
      if (before) contentColumns.add(before.column);
      if (after) {
        contentColumns.add(after.column);
        this.records.set(id, after);
      } else this.records.delete(id);
      if (remote && !before && after) arrived.push(after);
      if (before && after && samePlace(before, after)) continue;
      if (before) {
        this.members.get(before.column)?.delete(id);
        movedColumns.add(before.column);
      }
      if (after) {
        let set = this.members.get(after.column);
        if (!set) this.members.set(after.column, (set = new Set()));
        set.add(id);
        movedColumns.add(after.column);
        this.slotOf.set(id, { id, order: after.order, group: after.group });
      } else this.slotOf.delete(id);
    }
    if (changedCards.length === 0) return;
    if (hiddenChanged) this.readHidden(changedCards);
    for (const column of movedColumns) this.slotCache.delete(column);
    for (const column of contentColumns) this.contentCache.delete(column);
    this.allCache = null;
    this.cardListeners.notify(changedCards);
    this.slotListeners.notify(movedColumns);
    this.contentListeners.notify(contentColumns);
    this.anyCardListeners.notify();
    if (arrived.length > 0) this.arrivalListeners.forEach((l) => l(arrived));
    if (hiddenChanged) this.hiddenListeners.notify();
  }

  private shown(record: CardRecord | null): CardRecord | null {
    if (!record || record.hidden === undefined) return record;
    return this.seesEveryHidden || record.author === this.participantId ? record : null;
  }

  /** Updates the hidden cards' reasons from the cards a change touched. */
  private readHidden(changed: readonly string[]): void {
    const next = new Map(this.hiddenCards);
    for (const id of changed) {
      const reason = this.records.get(id)?.hidden;
      if (reason === undefined) next.delete(id);
      else next.set(id, reason);
    }
    this.hiddenCards = next;
  }

  // Selectors: each returns the same object until what it reads changes.

  card = (id: string): CardRecord | undefined => this.records.get(id);

  /** A column's cards in order, as slots: unchanged by typing, changed by moves and grouping. */
  slots(column: string): readonly Slot[] {
    let slots = this.slotCache.get(column);
    if (!slots) {
      const ids = this.members.get(column) ?? [];
      slots = [...ids].map((id) => this.slotOf.get(id)!).sort(compareCards);
      this.slotCache.set(column, slots);
    }
    return slots;
  }

  /** A column's records in order: changes with any of its cards (for filters and sorting). */
  columnRecords(column: string): readonly CardRecord[] {
    let records = this.contentCache.get(column);
    if (!records) {
      records = this.slots(column).map((slot) => this.records.get(slot.id)!);
      this.contentCache.set(column, records);
    }
    return records;
  }

  /** Every card in board order (column order key, then id). */
  allCards = (): readonly CardRecord[] => {
    this.allCache ??= [...this.records.values()].sort(compareCards);
    return this.allCache;
  };

  cardCount = (): number => this.records.size;

  /** The hidden cards this person sees (id → reason): changes only when one is hidden, shown or goes. */
  hidden = (): ReadonlyMap<string, string> => this.hiddenCards;

  subscribeHidden = (listener: Listener) => this.hiddenListeners.subscribe(listener);

  groups = (): readonly Group[] => this.groupList;

  subscribeCard(id: string, listener: Listener): () => void {
    return this.cardListeners.subscribe(id, listener);
  }

  subscribeSlots(column: string, listener: Listener): () => void {
    return this.slotListeners.subscribe(column, listener);
  }

  subscribeColumnContent(column: string, listener: Listener): () => void {
    return this.contentListeners.subscribe(column, listener);
  }

  subscribeCards = (listener: Listener) => this.anyCardListeners.subscribe(listener);

  subscribeGroups = (listener: Listener) => this.groupListeners.subscribe(listener);

  /** Cards that appear through a change made elsewhere, once per transaction (screen reader news). */
  subscribeArrivals(listener: (cards: readonly CardRecord[]) => void): () => void {
    this.arrivalListeners.add(listener);
    return () => this.arrivalListeners.delete(listener);
  }
}
