/** For organisers, in an action's details: the private link that lets its lead follow it up. */
import { useId, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { FollowupLink } from '@shared/followup';
import { request } from '../api/api-client';

interface Props {
  boardId: string;
  cardId: string;
  token: string;
}

export function FollowupLinkMaker({ boardId, cardId, token }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [link, setLink] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const make = async () => {
    try {
      const { path } = await request<FollowupLink>('POST', `/api/boards/${encodeURIComponent(boardId)}/actions/${encodeURIComponent(cardId)}/followup`, undefined, token);
      setLink(`${window.location.origin}${path}`);
      setMessage('');
    } catch (err) {
      setMessage(t('roadmap.followupFailed', { message: (err as Error).message }));
    }
  };
  const copy = () =>
    navigator.clipboard.writeText(link ?? '').then(
      () => setMessage(t('roadmap.followupCopied')),
      (err: unknown) => setMessage(t('roadmap.followupFailed', { message: (err as Error).message })),
    );

  return (
    <section className="roadmap-followup" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('roadmap.followupTitle')}</h3>
      <p className="roadmap-muted">{t('roadmap.followupHint')}</p>
      {link ? (
        <div className="roadmap-field">
          <label htmlFor={`${id}-link`}>{t('roadmap.followupLink')}</label>
          <input id={`${id}-link`} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => void copy()}>
            {t('roadmap.copyFollowup')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => void make()}>
          {t('roadmap.makeFollowup')}
        </button>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
