import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/limits';
import { api } from '../api/api-client';
import { navigate, paths } from '../app/router';
import { loadProfile, saveProfile, saveSession } from '../identity/identity-store';

/** `/invite/<token>`: a facilitator link; the person gives their name and gets their own identity. */
export function InvitePage({ token }: { token: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState(() => loadProfile().name);
  const [error, setError] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await api.redeem(token, name.trim());
      saveProfile({ ...loadProfile(), name: result.name });
      saveSession({
        workshopId: result.workshopId,
        title: '',
        token: result.token,
        role: result.role,
        participantId: result.participantId,
        name: result.name,
      });
      navigate(result.boardId ? paths.board(result.workshopId, result.boardId) : paths.workshop(result.workshopId));
    } catch {
      setError(true);
    }
  };
  return (
    <main id="main" className="home narrow">
      <section className="panel" aria-labelledby="invite-title">
        <h1 id="invite-title">{t('invite.title')}</h1>
        <p className="hint">{t('invite.hint')}</p>
        <form className="stack" onSubmit={submit}>
          <label className="field">
            <span>{t('home.name')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={LIMITS.nameMaxChars} />
          </label>
          {error && (
            <p className="form-error" role="alert">
              {t('invite.invalid')}
            </p>
          )}
          <button type="submit" className="primary">
            {t('invite.accept')}
          </button>
        </form>
      </section>
    </main>
  );
}
