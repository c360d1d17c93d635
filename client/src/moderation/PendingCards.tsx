/**
 * A participant's own cards sent to a controlled board's inbox, under the column they are
 * meant for: "En attente de validation" until a facilitator accepts them (they then appear on
 * the board as this person's cards) or "Refusée". Each can be withdrawn, or cleared once refused.
 */
import { useState } from 'react';
import { failureText } from '../api/failure-text';
import { useContentLang } from '../i18n/content-lang';
import { useTranslation } from '../i18n/use-translation';
import type { BoardSession } from '../board/store/board-session';
import { moderationOf } from './board-moderation';
import { moderationApi } from './moderation-api';
import { useInbox } from './use-moderation';
import './moderation.css';

const PREVIEW_CHARS = 40;

interface Props {
  session: BoardSession;
  column: string;
  /** Where the focus goes once a card here is gone (its button with it): the column's add button. */
  onRemoved: () => void;
}

export function PendingCards({ session, column, onRemoved }: Props) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const cards = useInbox(session, true)?.filter((c) => c.column === column) ?? [];
  const [error, setError] = useState('');
  if (cards.length === 0) return null;

  const remove = (id: string) =>
    moderationApi
      .withdraw(session.boardId, id, session.token)
      .then(async () => {
        setError('');
        await moderationOf(session).inbox.refresh();
        onRemoved();
      })
      .catch((err: unknown) => setError(failureText(t, err)));

  return (
    <section className="pending-cards" aria-label={t('moderation.pendingHeading')}>
      <h3>{t('moderation.pendingHeading')}</h3>
      <ul className="pending-list">
        {cards.map((card) => {
          const refused = card.status === 'refused';
          const preview = card.text.slice(0, PREVIEW_CHARS);
          return (
            <li key={card.id} className={refused ? 'pending-card pending-card--refused' : 'pending-card'}>
              <p lang={lang}>{card.text}</p>
              <span className="pending-status">{t(refused ? 'moderation.refused' : 'moderation.pending')}</span>
              <button type="button" className="secondary" aria-label={t(refused ? 'moderation.dismissCard' : 'moderation.withdrawCard', { text: preview })} onClick={() => void remove(card.id)}>
                {t(refused ? 'moderation.dismiss' : 'moderation.withdraw')}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="form-error" role="alert">
        {error}
      </p>
    </section>
  );
}
