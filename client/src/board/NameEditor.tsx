import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { LIMITS } from '@shared/limits';
import { privacyApi } from '../api/privacy-api';
import { ConfirmButton } from '../components/ConfirmButton';
import { claimsOf } from '../identity/identity-store';
import { KindField } from './KindField';

/**
 * Lets a person change the name others see (their presence; new cards carry it too). With
 * their `token`, they can also erase it (RGPD): the server replaces it by "Participant N" on
 * everything they wrote, and that name becomes theirs here too.
 */
export function NameEditor({ name, onRename, token }: { name: string; onRename: (name: string) => void; token?: string }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  /** What is typed: it becomes the name on "Enregistrer", and is dropped by Escape. */
  const [draft, setDraft] = useState(name);
  const [eraseFailed, setEraseFailed] = useState(false);
  // The form goes away with the focus in it: the button that opened it takes the focus back.
  const opener = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    opener.current?.focus();
  }, [editing]);
  const close = () => {
    refocus.current = true;
    setEditing(false);
  };
  const erase = (bearer: string) =>
    privacyApi.eraseMyName(bearer).then(
      (erased) => {
        setValue(erased.name);
        onRename(erased.name);
        close();
      },
      () => setEraseFailed(true),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = draft.trim();
    if (trimmed) {
      setValue(trimmed);
      onRename(trimmed);
    }
    close();
  };
  const cancel = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };
  if (!editing) {
    return (
      <button
        ref={opener}
        type="button"
        className="link-button"
        onClick={() => {
          setDraft(value);
          setEditing(true);
        }}
      >
        {value} · {t('board.rename')}
      </button>
    );
  }
  return (
    <form className="name-editor" onSubmit={submit}>
      <label>
        <span>{t('board.yourName')}</span>
        <input value={draft} maxLength={LIMITS.nameMaxChars} onChange={(e) => setDraft(e.target.value)} onKeyDown={cancel} autoComplete="name" autoFocus required />
      </label>
      <button type="submit">{t('board.save')}</button>
      {/* Only participants have a profile: staff join by invitation, without one. */}
      {token && claimsOf(token).role === 'participant' && <KindField token={token} />}
      {token && (
        <ConfirmButton
          label={t('privacy.eraseName')}
          question={t('privacy.eraseConfirm')}
          confirmLabel={t('privacy.eraseYes')}
          cancelLabel={t('privacy.cancel')}
          className="link-button"
          onConfirm={() => void erase(token)}
        />
      )}
      {eraseFailed && <p role="alert">{t('errors.generic')}</p>}
    </form>
  );
}
