/**
 * "Masquer la carte…": the facilitator picks a reason (a few suggested, or their own words)
 * and the card leaves the projector and the participants' screens at once (the server empties
 * it from the board's document). A native modal <dialog>: focus kept inside, Escape closes,
 * focus back on what opened it.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { HIDE_REASON_MAX_CHARS, SUGGESTED_HIDE_REASONS } from '@shared/moderation';
import { failureText } from '../api/failure-text';
import { useModalDialog } from '../board/use-modal-dialog';
import { useTranslation } from '../i18n/use-translation';
import type { BoardSession } from '../board/store/board-session';
import { moderationApi } from './moderation-api';
import { moderationOf } from './board-moderation';
import './moderation.css';

const OTHER = 'other';

interface Props {
  session: BoardSession;
  cardId: string;
  /** The card's first words, naming it in the title. */
  preview: string;
  onClose: () => void;
}

export function HideCardDialog({ session, cardId, preview, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [choice, setChoice] = useState<string>(SUGGESTED_HIDE_REASONS[0]);
  const [other, setOther] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  useModalDialog(ref);

  const reason = choice === OTHER ? other.trim() : t(`moderation.reason.${choice}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason || busy) return;
    setBusy(true);
    moderationApi
      .hide(session.boardId, cardId, reason, session.token)
      .then(() => {
        void moderationOf(session).hidden.refresh();
        onClose();
      })
      .catch((err: unknown) => {
        setError(failureText(t, err));
        setBusy(false);
      });
  };

  return (
    <dialog ref={ref} className="hide-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-intro`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <h2 id={`${id}-title`}>
          {t('moderation.hideTitle')} <span className="hide-dialog-subject">« {preview} »</span>
        </h2>
        <p id={`${id}-intro`} className="hint">
          {t('moderation.hideIntro')}
        </p>
        <fieldset className="hide-reasons">
          <legend>{t('moderation.reasonLegend')}</legend>
          {[...SUGGESTED_HIDE_REASONS, OTHER].map((key, i) => (
            <label key={key} className="check">
              <input type="radio" name={`${id}-reason`} value={key} checked={choice === key} autoFocus={i === 0} onChange={() => setChoice(key)} />
              <span>{key === OTHER ? t('moderation.otherReason') : t(`moderation.reason.${key}`)}</span>
            </label>
          ))}
          {choice === OTHER && (
            <label className="field">
              <span>{t('moderation.otherReasonLabel')}</span>
              <input type="text" value={other} maxLength={HIDE_REASON_MAX_CHARS} required onChange={(e) => setOther(e.target.value)} />
            </label>
          )}
        </fieldset>
        <p className="form-error" role="alert">
          {error}
        </p>
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {t('moderation.cancel')}
          </button>
          <button type="submit" className="primary danger" disabled={!reason || busy}>
            {t('moderation.confirmHide')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
