/**
 * Feeds the live region with what others change on a board: cards that arrive (after the
 * first sync, never one's own) and the facilitator's changes. Reads only what changed: the
 * store's arrivals and the facilitation state, never the whole board.
 */
import { useEffect } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { BoardSession } from '../board/store/board-session';
import type { CardRecord } from '../board/store/card-record';
import { facilitationNews } from './board-news';
import { useAnnounce } from './LiveRegion';

/** `generation` changes when a rollback replaces the store: the hook then listens to the new one. */
export function useBoardNews(board: BoardSession, generation: string): void {
  const { t } = useTranslation();
  const announce = useAnnounce();

  useEffect(() => {
    const store = board.store;
    const columnTitle = (id: string) => board.meta.get().board?.columns.find((c) => c.id === id)?.title;
    const onArrivals = (cards: readonly CardRecord[]) => {
      // The first sync (and the catching up after a reconnection) is the board, not news.
      if (!board.connection.get().synced) return;
      const state = board.meta.get().state?.state;
      // During private writing, participants' cards reach the board only by a reveal.
      if (state?.privateWriting) return announce(t('announce.revealed'));
      for (const card of cards) {
        if (card.author === board.participantId) continue;
        announce({ kind: 'card', column: columnTitle(card.column) ?? '', author: state?.anonymous ? '' : card.authorName });
      }
    };
    let before = board.meta.get().state?.state ?? null;
    let wasArchived = board.meta.get().archived;
    const onMeta = () => {
      const { state, archived } = board.meta.get();
      const after = state?.state ?? null;
      if (before && after && after !== before) {
        const words = { t, cardText: (id: string) => store.card(id)?.text, columnTitle };
        facilitationNews(before, after, words).forEach((line) => announce(line));
      }
      // Not at the first join (no state yet): an archived board says so on screen.
      if (before && archived !== wasArchived) announce(t(archived ? 'facilitation.archivedNotice' : 'announce.reopened'));
      before = after;
      wasArchived = archived;
    };
    const stopArrivals = store.subscribeArrivals(onArrivals);
    const stopMeta = board.meta.subscribe(onMeta);
    return () => {
      stopArrivals();
      stopMeta();
    };
  }, [board, generation, announce, t]);
}
