/**
 * React's view of the session and its stores: each hook subscribes to exactly what it reads,
 * so that a component re-renders when that, and nothing else, changes.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { Group } from '@shared/board-groups';
import type { BoardStore } from './board-store';
import type { CardRecord, Slot } from './card-record';
import type { Slice } from './listeners';
import type { Person, PresenceStore } from './presence-store';

const noSubscription = () => () => undefined;
const nothing = () => null;

export function useSlice<T>(slice: Slice<T>): T {
  return useSyncExternalStore(slice.subscribe, slice.get);
}

export function useCard(store: BoardStore, id: string): CardRecord | undefined {
  const subscribe = useCallback((l: () => void) => store.subscribeCard(id, l), [store, id]);
  return useSyncExternalStore(subscribe, () => store.card(id));
}

export function useSlots(store: BoardStore, column: string): readonly Slot[] {
  const subscribe = useCallback((l: () => void) => store.subscribeSlots(column, l), [store, column]);
  return useSyncExternalStore(subscribe, () => store.slots(column));
}

/** The column's records, only while `wanted` (a filter or a sort reads them); null otherwise. */
export function useColumnRecords(store: BoardStore, column: string, wanted: boolean): readonly CardRecord[] | null {
  const subscribe = useCallback((l: () => void) => store.subscribeColumnContent(column, l), [store, column]);
  const read = useCallback(() => store.columnRecords(column), [store, column]);
  return useSyncExternalStore(wanted ? subscribe : noSubscription, wanted ? read : nothing);
}

/** Every card, in board order: for views that read them all (table, projector, similar cards). */
export function useAllCards(store: BoardStore): readonly CardRecord[] {
  return useSyncExternalStore(store.subscribeCards, store.allCards);
}

/** A value derived from all the cards; re-renders only when it changes (compared with `Object.is`). */
export function useCardsValue<T extends string | number | boolean>(store: BoardStore, read: (store: BoardStore) => T): T {
  return useSyncExternalStore(store.subscribeCards, () => read(store));
}

export function useGroups(store: BoardStore): readonly Group[] {
  return useSyncExternalStore(store.subscribeGroups, store.groups);
}

export function usePeople(presence: PresenceStore): readonly Person[] {
  return useSyncExternalStore(presence.subscribePeople, presence.people);
}

/** Others writing in this card; re-renders this card alone when they come and go. */
export function useWriters(presence: PresenceStore, cardId: string): readonly Person[] | undefined {
  const subscribe = useCallback((l: () => void) => presence.subscribeWriters(cardId, l), [presence, cardId]);
  return useSyncExternalStore(subscribe, () => presence.writersOf(cardId));
}
