/**
 * For organisers on a roadmap: take up the actions of a previous rencontre's roadmap, with
 * their status, notes and history. The previous workshop is one this browser organises: its
 * organiser session holds the token the server asks for (one for each workshop), or the
 * backup file (`json` export) of any previous workshop.
 */
import { useId, useState, type FormEvent } from 'react';
import type { RoadmapImportResult } from '@shared/followup';
import { request } from '../api/api-client';
import { failureText } from '../api/failure-text';
import { loadSessions } from '../identity/identity-store';
import { useTranslation } from '../i18n/use-translation';

type MaybeBackup = { workshop?: { title?: unknown } } | null;

/** The file's JSON (checked by the server), or undefined when it is not JSON at all. */
async function readJson(file: File): Promise<MaybeBackup | undefined> {
  try {
    return JSON.parse(await file.text()) as MaybeBackup;
  } catch {
    return undefined;
  }
}

export function RoadmapTakeUp({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const id = useId();
  const previous = Object.values(loadSessions()).filter((s) => s.role === 'organiser' && s.workshopId !== workshopId);
  const [from, setFrom] = useState(previous[0]?.workshopId ?? '');
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);

  const route = `/api/workshops/${encodeURIComponent(workshopId)}/roadmap`;
  const takeUp = async (send: () => Promise<RoadmapImportResult>, title: string) => {
    setBusy(true);
    try {
      const { added } = await send();
      setSaid(t('roadmap.takenUp', { count: added, title }));
    } catch (err) {
      setSaid(t('roadmap.followupFailed', { message: failureText(t, err) }));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const source = previous.find((s) => s.workshopId === from);
    const body = source && { fromWorkshopId: source.workshopId, fromToken: source.token };
    if (body) void takeUp(() => request<RoadmapImportResult>('POST', `${route}/import`, body, token), source.title);
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const backup = await readJson(file);
    if (backup === undefined) return setSaid(t('roadmap.takeUpBadFile'));
    const title = typeof backup?.workshop?.title === 'string' ? backup.workshop.title : file.name;
    await takeUp(() => request<RoadmapImportResult>('POST', `${route}/import-backup`, backup, token), title);
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
      <div className="roadmap-field">
        <label htmlFor={`${id}-file`}>{t('roadmap.takeUpFile')}</label>
        <input id={`${id}-file`} type="file" accept="application/json,.json" disabled={busy} onChange={(e) => void upload(e.target.files?.[0])} />
      </div>
      <p role="status">{said}</p>
    </details>
  );
}
