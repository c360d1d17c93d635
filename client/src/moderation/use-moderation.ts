/** Components' view of what moderation reads from the server (board-moderation.ts). */
import { useEffect, useSyncExternalStore } from 'react';
import type { HiddenCard, InboxCard } from '@shared/moderation';
import type { BoardSession } from '../board/store/board-session';
import { moderationOf } from './board-moderation';

/** Often enough to watch a room write, rare enough to cost the server nothing (as the private cards' counts). */
export const INBOX_REFRESH_MS = 3_000;

/**
 * The words of a hidden card this person may read (its author, a facilitator), read again
 * whenever a card of the board is hidden or shown; undefined for a card shown, or until read.
 */
export function useHiddenWords(session: BoardSession, cardId: string, hidden: boolean): HiddenCard | undefined {
  const { hidden: words } = moderationOf(session);
  const store = session.store;
  useEffect(() => {
    if (!hidden) return;
    if (!words.get().has(cardId)) void words.refresh();
    return store.subscribeHidden(() => void words.refresh());
  }, [hidden, words, store, cardId]);
  return useSyncExternalStore(words.subscribe, () => (hidden ? words.get().get(cardId) : undefined));
}

/** The inbox, read every few seconds while `active` (the board is controlled); null until read. */
export function useInbox(session: BoardSession, active: boolean): readonly InboxCard[] | null {
  const { inbox } = moderationOf(session);
  useEffect(() => (active ? inbox.poll(INBOX_REFRESH_MS) : undefined), [active, inbox]);
  return useSyncExternalStore(inbox.subscribe, inbox.get);
}

/** Whether the board is in controlled mode now. */
export function useControlled(session: BoardSession): boolean {
  return useSyncExternalStore(session.meta.subscribe, () => session.meta.get().state?.state.controlled === true);
}
