/**
 * For organisers on a roadmap: take up the actions of a previous rencontre's roadmap, with
 * their status, notes and history. The previous workshop is one this browser organises: its
 * organiser session holds the token the server asks for (one for each workshop).
 */
import { useId, useState, type FormEvent } from 'react';
import type { RoadmapImportResult } from '@shared/followup';
import { request } from '../api/api-client';
import { failureText } from '../api/failure-text';
import { loadSessions } from '../identity/identity-store';
import { useTranslation } from '../i18n/use-translation';

export function RoadmapTakeUp({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const id = useId();
  const previous = Object.values(loadSessions()).filter((s) => s.role === 'organiser' && s.workshopId !== workshopId);
  const [from, setFrom] = useState(previous[0]?.workshopId ?? '');
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const source = previous.find((s) => s.workshopId === from);
    if (!source) return;
    setBusy(true);
    try {
      const body = { fromWorkshopId: source.workshopId, fromToken: source.token };
      const { added } = await request<RoadmapImportResult>('POST', `/api/workshops/${encodeURIComponent(workshopId)}/roadmap/import`, body, token);
      setSaid(t('roadmap.takenUp', { count: added, title: source.title }));
    } catch (err) {
      setSaid(t('roadmap.followupFailed', { message: failureText(t, err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="roadmap-take-up">
      <summary>{t('roadmap.takeUp')}</summary>
      {previous.length === 0 ? (
        <p className="roadmap-muted">{t('roadmap.takeUpNone')}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <label htmlFor={`${id}-from`}>{t('roadmap.takeUpFrom')}</label>
          <select id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
            {previous.map((s) => (
              <option key={s.workshopId} value={s.workshopId}>
                {s.title}
              </option>
            ))}
          </select>
          <button type="submit" disabled={busy || !from}>
            {t('roadmap.takeUpButton')}
          </button>
        </form>
      )}
      <p role="status">{said}</p>
    </details>
  );
}
