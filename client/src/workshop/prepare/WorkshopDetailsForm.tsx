import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { LIMITS } from '@shared/limits';
import type { WorkshopInfo } from '@shared/protocol';
import type { WorkshopDetails } from '../../api/structure-api';

/** The workshop's title, date and place, saved together. */
export function WorkshopDetailsForm({ workshop, onSave }: { workshop: WorkshopInfo; onSave: (details: WorkshopDetails) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(workshop.title);
  const [date, setDate] = useState(workshop.date ?? '');
  const [place, setPlace] = useState(workshop.place ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ title: title.trim(), date: date || null, place: place.trim() || null });
  };
  return (
    <form className="prepare-details" onSubmit={submit}>
      <label className="field">
        <span>{t('prepare.title')}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={LIMITS.titleMaxChars} />
      </label>
      <label className="field">
        <span>{t('prepare.date')}</span>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('prepare.place')}</span>
        <input value={place} onChange={(e) => setPlace(e.target.value)} maxLength={LIMITS.placeMaxChars} />
      </label>
      <button type="submit" id="prepare-save-details" className="secondary">
        {t('prepare.saveDetails')}
      </button>
    </form>
  );
}
