/**
 * `/suivi/<token>`: an action's lead follows it up over the year, with nothing but the link
 * an organiser handed them. They read the action, change its status and add dated notes; the
 * organisers see both live on the roadmap board. No session, no Yjs: plain HTTP calls.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { FollowupAction } from '@shared/followup';
import { LIMITS } from '@shared/limits';
import { ROADMAP_STATUSES, type RoadmapStatus } from '@shared/roadmap';
import { useDocumentTitle } from '../a11y/use-document-title';
import { ApiRequestError } from '../api/api-client';
import { failureText } from '../api/failure-text';
import { DueText, StatusBadge, leadText } from '../roadmap/RoadmapBits';
import { RoadmapLog } from '../roadmap/RoadmapLog';
import { localDay } from '../roadmap/roadmap-table';
import { followupApi } from './followup-api';

type Loaded = { state: 'loading' } | { state: 'invalid' } | { state: 'failed'; message: string } | { state: 'live'; action: FollowupAction };

export function FollowupPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [name, setName] = useState('');
  const [status, setStatus] = useState<RoadmapStatus | null>(null);
  const [said, setSaid] = useState('');
  const action = loaded.state === 'live' ? loaded.action : null;
  useDocumentTitle([action?.text, t('followup.title')]);

  const refused = (err: unknown) => {
    if (err instanceof ApiRequestError && (err.status === 401 || err.status === 404)) setLoaded({ state: 'invalid' });
    else setSaid(t('followup.failed', { message: failureText(t, err) }));
  };

  useEffect(() => {
    let live = true;
    followupApi.read(token).then(
      (read) => live && setLoaded({ state: 'live', action: read }),
      (err: unknown) => {
        if (!live) return;
        if (err instanceof ApiRequestError && (err.status === 401 || err.status === 404)) setLoaded({ state: 'invalid' });
        else setLoaded({ state: 'failed', message: failureText(t, err) });
      },
    );
    return () => {
      live = false;
    };
  }, [token, t]);

  if (!action) {
    const message = loaded.state === 'invalid' ? t('followup.invalid') : loaded.state === 'failed' ? t('followup.failed', { message: loaded.message }) : t('followup.loading');
    return (
      <main id="main" className="home narrow">
        <h1>{t('followup.title')}</h1>
        <p role={loaded.state === 'loading' ? 'status' : 'alert'}>{message}</p>
      </main>
    );
  }

  const saveStatus = async () => {
    if (!status) return;
    try {
      setLoaded({ state: 'live', action: await followupApi.setStatus(token, status, name) });
      setStatus(null);
      setSaid(t('followup.statusSaved'));
    } catch (err) {
      refused(err);
    }
  };
  const addNote = async (text: string) => {
    try {
      // The log says it was added.
      setLoaded({ state: 'live', action: await followupApi.addNote(token, text, name) });
      return true;
    } catch (err) {
      refused(err);
      return null;
    }
  };

  const lead = leadText(action, t);
  return (
    <main id="main" className="home narrow followup-page">
      <p className="roadmap-muted">{t('followup.of', { board: action.boardTitle, workshop: action.workshopTitle })}</p>
      <h1>{action.text.trim() || t('board.blank')}</h1>
      <dl className="followup-fields">
        <dt>{t('roadmap.lead')}</dt>
        <dd>{lead || '—'}</dd>
        <dt>{t('roadmap.partners')}</dt>
        <dd>{action.partners || '—'}</dd>
        <dt>{t('roadmap.due')}</dt>
        <dd>{action.due ? <DueText fields={action} today={localDay()} /> : '—'}</dd>
        <dt>{t('roadmap.status')}</dt>
        <dd>
          <StatusBadge status={action.status} />
        </dd>
      </dl>
      <div className="roadmap-field">
        <label htmlFor={`${id}-name`}>{t('followup.name')}</label>
        <input id={`${id}-name`} value={name} maxLength={LIMITS.nameMaxChars} autoComplete="name" onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="roadmap-field">
        <label htmlFor={`${id}-status`}>{t('roadmap.status')}</label>
        <select id={`${id}-status`} value={status ?? action.status} onChange={(e) => setStatus(e.target.value as RoadmapStatus)}>
          {ROADMAP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`roadmap.statuses.${s}`)}
            </option>
          ))}
        </select>
        <button type="button" disabled={!status || status === action.status} onClick={() => void saveStatus()}>
          {t('followup.saveStatus')}
        </button>
      </div>
      <p role="status">{said}</p>
      <RoadmapLog statusHistory={action.statusHistory} progress={action.progress} onAddNote={addNote} headingLevel={2} />
    </main>
  );
}
