/**
 * Who the authors of the open workshop speak for: participant id → kind of structure, for
 * the cards' badges and the kind filter. Kinds live in storage, not in the document, so the
 * map is fetched once per workshop and again when a card's author was never looked up (a
 * participant who joined since), never on a timer. One board page is open at a time: one map.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { StructureKind } from '@shared/structure-kinds';
import { profileApi } from '../api/profile-api';
import { loadSession } from '../identity/identity-store';
import type { BoardSession } from './store/board-session';
import { Slice } from './store/listeners';
import { useSlice } from './store/use-store';

export type KindOf = (authorId: string) => StructureKind | null;

class AuthorKinds {
  readonly map = new Slice<ReadonlyMap<string, StructureKind>>(new Map());
  private workshopId: string | null = null;
  /** Ids already looked up, with or without a kind (staff, other Yjs clients): not asked for again. */
  private readonly asked = new Set<string>();
  private loading = false;
  private pending = false;

  kindOf: KindOf = (authorId) => this.map.get().get(authorId) ?? null;

  /**
   * Looks `authorIds` up in `workshopId`'s map (null: the workshop already followed),
   * fetching it again when one of them is new to it.
   */
  follow(workshopId: string | null, authorIds: readonly string[]): void {
    if (workshopId !== null && workshopId !== this.workshopId) {
      this.workshopId = workshopId;
      this.asked.clear();
      this.map.set(new Map());
    } else if (this.workshopId === null || authorIds.every((id) => id === '' || this.asked.has(id))) {
      return;
    }
    for (const id of authorIds) this.asked.add(id);
    // Cards mount together: one request, and one more for whatever turned up meanwhile.
    if (this.loading) this.pending = true;
    else void this.load(this.workshopId);
  }

  /** Fetches the map again (this person changed their own kind). */
  reload(): void {
    if (this.workshopId === null) return;
    if (this.loading) this.pending = true;
    else void this.load(this.workshopId);
  }

  private async load(workshopId: string): Promise<void> {
    const token = loadSession(workshopId)?.token;
    if (!token) return;
    this.loading = true;
    try {
      const { authors } = await profileApi.kinds(workshopId, token);
      if (workshopId !== this.workshopId) return;
      for (const { id } of authors) this.asked.add(id);
      this.map.set(new Map(authors.flatMap(({ id, kind }) => (kind ? [[id, kind] as const] : []))));
    } catch {
      // Badges are a help, not the board: without them the cards still read and filter by the rest.
    } finally {
      this.loading = false;
      if (this.pending && workshopId === this.workshopId) {
        this.pending = false;
        void this.load(workshopId);
      }
    }
  }
}

export const authorKinds = new AuthorKinds();

/** The map, re-rendering when it changes (filters). */
export function useAuthorKinds(): ReadonlyMap<string, StructureKind> {
  return useSyncExternalStore(authorKinds.map.subscribe, authorKinds.map.get);
}

/** One card's author's kind, looked up in the session's workshop. */
export function useAuthorKind(session: BoardSession, authorId: string): StructureKind | null {
  const workshopId = useSlice(session.meta).board?.workshopId;
  useEffect(() => {
    if (workshopId) authorKinds.follow(workshopId, [authorId]);
  }, [workshopId, authorId]);
  // A primitive per card: a new map re-renders only the cards whose kind it changes.
  return useSyncExternalStore(authorKinds.map.subscribe, () => authorKinds.kindOf(authorId));
}
