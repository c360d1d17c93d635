import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { LIMITS } from '@shared/limits';
import { ORGANISATION_MAX_CHARS, STRUCTURE_KINDS, type StructureKind } from '@shared/structure-kinds';
import { ApiRequestError, api } from '../api/api-client';
import { loadProfile, participantIdOf, saveProfile, saveSession } from '../identity/identity-store';
import { landingAfterJoin } from './landing';
import { useOpenWorkshop } from './use-open-workshop';

export function JoinForm({ initialCode = '' }: { initialCode?: string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState(() => loadProfile().name);
  // Who they speak for, remembered from the last workshop joined in this browser.
  const [kind, setKind] = useState<StructureKind | ''>(() => loadProfile().kind ?? '');
  const [organisation, setOrganisation] = useState(() => loadProfile().organisation ?? '');
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
      const orgName = organisation.trim();
      const joined = await api.join(code, name.trim(), kind ? { kind, ...(orgName ? { organisation: orgName } : {}) } : undefined);
      saveProfile({ ...loadProfile(), name: joined.name, kind: kind || undefined, organisation: (kind && orgName) || undefined });
      saveSession({
        workshopId: joined.workshopId,
        title: '',
        token: joined.participantToken,
        role: 'participant',
        participantId: participantIdOf(joined.participantToken),
        name: joined.name,
      });
      return landingAfterJoin(joined);
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
      <label className="field">
        <span>{t('profile.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as StructureKind | '')}>
          <option value="">{t('profile.noKind')}</option>
          {STRUCTURE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`profile.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {/* The server keeps an organisation only with a kind: the field comes with one. */}
      {kind && (
        <label className="field">
          <span>{t('profile.organisation')}</span>
          <input value={organisation} onChange={(e) => setOrganisation(e.target.value)} autoComplete="organization" maxLength={ORGANISATION_MAX_CHARS} />
        </label>
      )}
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
