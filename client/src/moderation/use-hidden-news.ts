/**
 * For facilitators: every card hidden or shown again on the board, by them or a co-facilitator,
 * said once through the live region ("Carte masquée : Hors sujet"). Read from the store's
 * hidden cards, which change only when one is hidden, shown or goes.
 */
import { useEffect } from 'react';
import { useAnnounce } from '../a11y/LiveRegion';
import { useTranslation } from '../i18n/use-translation';
import type { BoardSession } from '../board/store/board-session';

export function useHiddenNews(session: BoardSession): void {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const store = session.store;
  useEffect(() => {
    let before = store.hidden();
    return store.subscribeHidden(() => {
      const after = store.hidden();
      for (const [id, reason] of after) if (before.get(id) !== reason) announce(t('moderation.announceHidden', { reason }));
      // A hidden card that leaves the store was shown again, or deleted: "shown" only when it is still there.
      for (const id of before.keys()) if (!after.has(id) && store.card(id)) announce(t('moderation.announceShown'));
      before = after;
    });
  }, [store, announce, t]);
}
