import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/limits';
import { ApiRequestError, api } from '../api/api-client';
import { preloadPage } from '../app/pages';
import { navigate, paths } from '../app/router';
import { loadProfile, participantIdOf, saveProfile, saveSession } from '../identity/identity-store';

export function JoinForm({ initialCode = '' }: { initialCode?: string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState(() => loadProfile().name);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    preloadPage('workshop');
    try {
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
      navigate(paths.workshop(joined.workshopId));
    } catch (err) {
      setError(
        err instanceof ApiRequestError && err.status === 404
          ? t('home.unknownCode')
          : err instanceof ApiRequestError && err.code === 'network'
            ? t('errors.network')
            : t('errors.generic'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={submit} aria-describedby={error ? 'join-error' : undefined}>
      <label className="field">
        <span>{t('home.code')}</span>
        <input
          value={code}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
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
