import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/limits';
import { TEMPLATE_IDS, type TemplateId } from '@shared/templates';
import { ApiRequestError, api } from '../api/api-client';
import { preloadPage } from '../app/pages';
import { navigate, paths } from '../app/router';
import { saveOrganiserSession } from '../identity/identity-store';

export function CreateForm() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [template, setTemplate] = useState<TemplateId>('rencontre-ess');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    preloadPage('workshop');
    try {
      const created = await api.createWorkshop({
        title: title.trim(),
        template,
        ...(date ? { date } : {}),
        ...(place.trim() ? { place: place.trim() } : {}),
      });
      saveOrganiserSession(created, t('home.organiserName'));
      navigate(paths.workshop(created.id));
    } catch (err) {
      setError(err instanceof ApiRequestError && err.code === 'network' ? t('errors.network') : t('errors.generic'));
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={submit}>
      <label className="field">
        <span>{t('home.workshopTitle')}</span>
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={t('home.workshopTitlePlaceholder')}
          required
          maxLength={LIMITS.titleMaxChars}
        />
      </label>
      <div className="field-row">
        <label className="field">
          <span>{t('home.date')}</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('home.place')}</span>
          <input value={place} onChange={(e) => setPlace(e.target.value)} maxLength={LIMITS.placeMaxChars} />
        </label>
      </div>
      <label className="field">
        <span>{t('home.template')}</span>
        <select value={template} onChange={(e) => setTemplate(e.target.value as TemplateId)}>
          {TEMPLATE_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`home.templates.${id}`)}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('home.create')}
      </button>
    </form>
  );
}
