import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/limits';
import { privacyApi } from '../api/privacy-api';
import { ConfirmButton } from '../components/ConfirmButton';

/**
 * Lets a person change the name others see (their presence; new cards carry it too). With
 * their `token`, they can also erase it (RGPD): the server replaces it by "Participant N" on
 * everything they wrote, and that name becomes theirs here too.
 */
export function NameEditor({ name, onRename, token }: { name: string; onRename: (name: string) => void; token?: string }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  const [eraseFailed, setEraseFailed] = useState(false);
  const erase = (bearer: string) =>
    privacyApi.eraseMyName(bearer).then(
      (erased) => {
        setValue(erased.name);
        onRename(erased.name);
        setEditing(false);
      },
      () => setEraseFailed(true),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (trimmed) onRename(trimmed);
    setEditing(false);
  };
  if (!editing) {
    return (
      <button type="button" className="link-button" onClick={() => setEditing(true)}>
        {value} · {t('board.rename')}
      </button>
    );
  }
  return (
    <form className="name-editor" onSubmit={submit}>
      <label>
        <span className="visually-hidden">{t('board.yourName')}</span>
        <input value={value} maxLength={LIMITS.nameMaxChars} onChange={(e) => setValue(e.target.value)} autoFocus required />
      </label>
      <button type="submit">{t('board.save')}</button>
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
