import { useId, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { WorkshopInfo } from '@shared/protocol';
import { privacyApi } from '../api/privacy-api';
import { ConfirmButton } from '../components/ConfirmButton';
import type { Session } from '../identity/identity-store';

/** Choices offered; a period set otherwise (through the API) is shown too. */
const PERIODS = [0, 30, 90, 365] as const;
const DAY = 24 * 60 * 60 * 1_000;

/** RGPD: how long names are kept after archiving, and replacing them at once. */
export function PrivacyPanel({ session, workshop, onChange }: { session: Session; workshop: WorkshopInfo; onChange: (w: WorkshopInfo) => void }) {
  const { t, i18n } = useTranslation();
  const selectId = useId();
  const hintId = useId();
  const [status, setStatus] = useState('');
  // Read once: the dates shown are in days, a render later does not change them.
  const [now] = useState(() => Date.now());
  const day = (at: number) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(at);
  const periods: number[] = [...PERIODS];
  if (workshop.retentionDays !== null && !periods.includes(workshop.retentionDays)) periods.push(workshop.retentionDays);

  const act = (request: Promise<WorkshopInfo>, done: string) =>
    request.then(
      (w) => {
        onChange(w);
        setStatus(done);
      },
      () => setStatus(t('errors.generic')),
    );

  const when = (() => {
    const { anonymisedAt, archivedAt, retentionDays } = workshop;
    if (anonymisedAt !== null) return t('privacy.anonymisedOn', { date: day(anonymisedAt) });
    if (retentionDays === null) return t('privacy.kept');
    if (archivedAt === null) return t('privacy.ifArchivedToday', { date: day(now + retentionDays * DAY) });
    const due = archivedAt + retentionDays * DAY;
    // The server checks every hour: a date already past means "at the next check".
    return due <= now ? t('privacy.dueSoon') : t('privacy.dueOn', { date: day(due) });
  })();

  return (
    <section className="panel privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('privacy.title')}</h2>
      <div className="privacy-field">
        <label htmlFor={selectId}>{t('privacy.retentionLabel')}</label>
        <select
          id={selectId}
          aria-describedby={hintId}
          value={workshop.retentionDays === null ? '' : String(workshop.retentionDays)}
          onChange={(e) => {
            const days = e.target.value === '' ? null : Number(e.target.value);
            void act(privacyApi.setRetention(workshop.id, session.token, days), t('privacy.saved'));
          }}
        >
          <option value="">{t('privacy.keep')}</option>
          {periods.map((d) => (
            <option key={d} value={String(d)}>
              {d === 0 ? t('privacy.atArchiving') : t('privacy.days', { count: d })}
            </option>
          ))}
        </select>
      </div>
      <p id={hintId} className="hint">
        {t('privacy.hint')}
      </p>
      <p className="privacy-when">{when}</p>
      <ConfirmButton
        label={t('privacy.anonymiseNow')}
        question={t('privacy.anonymiseConfirm')}
        confirmLabel={t('privacy.anonymiseYes')}
        cancelLabel={t('privacy.cancel')}
        disabled={workshop.archivedAt === null || workshop.anonymisedAt !== null}
        onConfirm={() => void act(privacyApi.anonymise(workshop.id, session.token), t('privacy.anonymised'))}
      />
      {workshop.archivedAt === null && <p className="hint">{t('privacy.archiveFirst')}</p>}
      <p role="status" className="privacy-status">
        {status}
      </p>
    </section>
  );
}
