/**
 * "Importer une sauvegarde (.json)": recreates a workshop from its JSON export, then opens it
 * as its organiser, like creating one does. The server checks the file; the client only reads
 * it as JSON (request() sends JSON) and turns the server's refusals into sentences.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { BACKUP_LIMITS } from '@shared/results/backup-limits';
import { ApiRequestError } from '../api/api-client';
import { resultsApi } from '../api/results-api';
import { preloadPage } from '../app/pages';
import { navigate, paths } from '../app/router';
import { saveOrganiserSession } from '../identity/identity-store';
import '../styles/importing.css';

const maxMegabytes = Math.round(BACKUP_LIMITS.maxBytes / 1_048_576);

export function ImportBackup() {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const explain = (err: unknown): string => {
    if (!(err instanceof ApiRequestError)) return t('errors.generic');
    if (err.code === 'network') return t('errors.network');
    if (err.status === 413) return t('importing.tooLarge', { max: maxMegabytes });
    if (err.status === 403) return t('importing.forbidden');
    if (err.status === 400) return t('importing.refused', { message: err.message });
    return t('errors.generic');
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    const fail = (message: string) => {
      setError(message);
      setBusy(false);
      // The same file, fixed, can then be chosen again.
      input.value = '';
    };
    setError(null);
    setBusy(true);
    if (file.size > BACKUP_LIMITS.maxBytes) return fail(t('importing.tooLarge', { max: maxMegabytes }));
    preloadPage('workshop');
    let backup: unknown;
    try {
      backup = JSON.parse(await file.text());
    } catch {
      return fail(t('importing.notJson'));
    }
    try {
      const created = await resultsApi.importBackup(backup);
      saveOrganiserSession(created, t('home.organiserName'));
      navigate(paths.workshop(created.id));
    } catch (err) {
      fail(explain(err));
    }
  };

  return (
    <div className="import-backup stack">
      <label className="field">
        <span>{t('importing.importLabel')}</span>
        <input type="file" accept="application/json,.json" onChange={onFile} disabled={busy} aria-describedby={`${id}-hint`} />
      </label>
      <p id={`${id}-hint`} className="hint">
        {busy ? t('importing.importBusy') : t('importing.importHint')}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
