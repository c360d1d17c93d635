import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { LIMITS } from '@shared/limits';
import { TEMPLATE_IDS, type TemplateId } from '@shared/templates';
import { api } from '../api/api-client';
import { paths } from '../app/router';
import { saveOrganiserSession } from '../identity/identity-store';
import { useOpenWorkshop } from './use-open-workshop';

export function CreateForm() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [template, setTemplate] = useState<TemplateId>('rencontre-ess');
  const { busy, error, open } = useOpenWorkshop();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void open(async () => {
      const created = await api.createWorkshop({
        title: title.trim(),
        template,
        ...(date ? { date } : {}),
        ...(place.trim() ? { place: place.trim() } : {}),
      });
      saveOrganiserSession(created, t('home.organiserName'));
      return [paths.workshop(created.id)];
    });
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
