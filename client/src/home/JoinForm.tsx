import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/limits';
import { ApiRequestError, api } from '../api/api-client';
import { loadProfile, participantIdOf, saveProfile, saveSession } from '../identity/identity-store';
import { useOpenWorkshop } from './use-open-workshop';

export function JoinForm({ initialCode = '' }: { initialCode?: string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState(() => loadProfile().name);
  // An unknown code is the code field's error: said with the field and marked on it until it is edited.
  const [codeRefused, setCodeRefused] = useState(false);
  const { busy, error, open } = useOpenWorkshop((err) => {
    const unknown = err instanceof ApiRequestError && err.status === 404;
    setCodeRefused(unknown);
    return unknown ? t('home.unknownCode') : null;
  });
  const codeInvalid = codeRefused && error !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void open(async () => {
      const joined = await api.join(code, name.trim());
      saveProfile({ ...loadProfile(), name: joined.name });
      saveSession({
        workshopId: joined.workshopId,
        title: '',
        token: joined.participantToken,
        role: 'participant',
        participantId: participantIdOf(joined.participantToken),
        name: joined.name,
      });
      return joined.workshopId;
    });
  };

  return (
    <form className="stack" onSubmit={submit} aria-describedby={error && !codeInvalid ? 'join-error' : undefined}>
      <label className="field">
        <span>{t('home.code')}</span>
        <input
          value={code}
          onChange={(e) => {
            setCode(e.target.value.toUpperCase());
            setCodeRefused(false);
          }}
          aria-invalid={codeInvalid || undefined}
          aria-describedby={codeInvalid ? 'join-error' : undefined}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={12}
          className="code-input"
        />
      </label>
      <label className="field">
        <span>{t('home.name')}</span>
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('home.namePlaceholder')}
          autoComplete="name"
          required
          maxLength={LIMITS.nameMaxChars}
        />
      </label>
      {error && (
        <p id="join-error" className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('home.join')}
      </button>
    </form>
  );
}
