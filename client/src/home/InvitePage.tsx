import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { LIMITS } from '@shared/limits';
import { api } from '../api/api-client';
import { navigate, paths } from '../app/router';
import { claimsOf, loadProfile, saveProfile, saveSession } from '../identity/identity-store';

/**
 * `/invite/<token>`: a facilitator's or an organiser's link; the person gives their name and
 * gets their own identity (an organiser's link is how an organiser gets in from another browser).
 */
export function InvitePage({ token }: { token: string }) {
  const { t } = useTranslation();
  const organiser = claimsOf(token).role === 'organiser';
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
        ...(result.role === 'organiser' ? { organiserLink: window.location.pathname } : {}),
      });
      navigate(result.boardId ? paths.board(result.workshopId, result.boardId) : paths.workshop(result.workshopId));
    } catch {
      setError(true);
    }
  };
  return (
    <main id="main" className="home narrow">
      <section className="panel" aria-labelledby="invite-title">
        <h1 id="invite-title">{t(organiser ? 'invite.organiserTitle' : 'invite.title')}</h1>
        <p className="hint">{t(organiser ? 'invite.organiserHint' : 'invite.hint')}</p>
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
