/** "Réafficher": the server writes the hidden words back; the facilitator hears it, or why not. */
import { useCallback, useState } from 'react';
import { useAnnounce } from '../a11y/LiveRegion';
import { failureText } from '../api/failure-text';
import { useTranslation } from '../i18n/use-translation';
import type { BoardSession } from '../board/store/board-session';
import { moderationOf } from './board-moderation';
import { moderationApi } from './moderation-api';

export function useShowCard(session: BoardSession, cardId: string): { show: () => void; error: string } {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [error, setError] = useState('');
  const show = useCallback(() => {
    moderationApi
      .show(session.boardId, cardId, session.token)
      .then(() => {
        setError('');
        void moderationOf(session).hidden.refresh();
      })
      .catch((err: unknown) => {
        const text = failureText(t, err);
        setError(text);
        announce(t('moderation.failed', { reason: text }));
      });
  }, [session, cardId, t, announce]);
  return { show, error };
}
