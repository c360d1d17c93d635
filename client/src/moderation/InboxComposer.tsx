/**
 * A participant's "Ajouter une carte" on a controlled board: the card is written here and sent
 * to the facilitators' inbox (POST /api/boards/:id/inbox), never into the board's document,
 * which would refuse it. Escape or "Annuler" closes it; either way the focus goes back to
 * the column's add button.
 */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { INBOX_LIMITS } from '@shared/moderation';
import type { ColumnInfo } from '@shared/protocol';
import { useAnnounce } from '../a11y/LiveRegion';
import { failureText } from '../api/failure-text';
import { useContentLang } from '../i18n/content-lang';
import { useTranslation } from '../i18n/use-translation';
import type { BoardSession } from '../board/store/board-session';
import { moderationOf } from './board-moderation';
import { moderationApi } from './moderation-api';
import './moderation.css';

interface Props {
  session: BoardSession;
  column: ColumnInfo;
  onClose: () => void;
}

export function InboxComposer({ session, column, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const announce = useAnnounce();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    moderationApi
      .send(session.boardId, { column: column.id, text, color: 'yellow' }, session.token)
      .then((card) => {
        const inbox = moderationOf(session).inbox;
        inbox.set([...(inbox.get() ?? []), card]);
        announce(t('moderation.pending'));
        onClose();
      })
      .catch((err: unknown) => {
        setError(failureText(t, err));
        setBusy(false);
      });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Keys typed here are the text's, not the board's shortcuts (undo, cards).
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <form className="inbox-composer" onSubmit={submit} aria-describedby={`${id}-notice`}>
      <p id={`${id}-notice`} className="controlled-notice">
        {t('moderation.controlledNotice')}
      </p>
      <label className="field">
        <span>{t('moderation.composeLabel')}</span>
        <textarea value={text} maxLength={INBOX_LIMITS.textMaxChars} lang={lang} autoFocus onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} />
      </label>
      <p className="form-error" role="alert">
        {error}
      </p>
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={!text.trim() || busy}>
          {t('moderation.send')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('moderation.cancel')}
        </button>
      </div>
    </form>
  );
}
