import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { WorkshopInfo } from '@shared/protocol';
import type { Role } from '@shared/roles';
import { useDocumentTitle } from '../a11y/use-document-title';
import { ApiRequestError, api, type BoardActivity } from '../api/api-client';
import { Link } from '../app/Link';
import { onDemand } from '../app/on-demand';
import { paths } from '../app/router';
import { LoadingNotice } from '../components/LoadingNotice';
import { useContentLang } from '../i18n/content-lang';
import { formatDay } from '../i18n/format-date';
import { saveSession, type Session } from '../identity/identity-store';
import { DemoBanner } from '../demo/DemoBanner';
import { NowRunning } from '../phone/NowRunning';
import { JoinCodePanel } from './JoinCodePanel';
import { OrganiserLinkPanel } from './OrganiserLinkPanel';

const StaffPanels = onDemand(() => import('./StaffPanels').then((m) => m.StaffPanels));
const hasStaffPanels = (role: Role) => role === 'organiser' || role === 'facilitator';

/** Live counts are refreshed at this pace: enough for a room, light for the server. */
const ACTIVITY_REFRESH_MS = 4_000;

export function WorkshopPage({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const lang = useContentLang();
  const [workshop, setWorkshop] = useState<WorkshopInfo | null>(null);
  const [activity, setActivity] = useState<Record<string, BoardActivity>>({});
  // The board being run: read with the workshop, then at the activity's pace.
  const [current, setCurrent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useDocumentTitle([workshop?.title ?? session.title]);

  // Fetched alongside the workshop, not after it: the panels need both.
  useEffect(() => {
    if (hasStaffPanels(session.role)) StaffPanels.preload().catch(() => undefined);
  }, [session.role]);

  useEffect(() => {
    let cancelled = false;
    api.workshop(session.workshopId, session.token).then(
      (w) => {
        if (cancelled) return;
        setWorkshop(w);
        setCurrent(w.currentBoardId ?? null);
        saveSession({ ...session, title: w.title, joinCode: session.role === 'organiser' ? w.joinCode : session.joinCode });
      },
      (err: unknown) => !cancelled && setError(err instanceof ApiRequestError && err.code === 'network' ? t('errors.network') : t('board.notFound')),
    );
    const refresh = () =>
      api.activity(session.workshopId, session.token).then(
        ({ boards, currentBoardId }) => {
          if (cancelled) return;
          setActivity(Object.fromEntries(boards.map((b) => [b.boardId, b])));
          setCurrent(currentBoardId);
        },
        () => undefined,
      );
    void refresh();
    const timer = setInterval(refresh, ACTIVITY_REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [session, t]);

  if (error) return <main id="main" className="home narrow"><p role="alert">{error}</p></main>;
  if (!workshop) return <main id="main" className="loading">{t('status.connecting')}</main>;

  const date = workshop.date ? formatDay(workshop.date, i18n.language) : null;
  const running = workshop.boards.find((b) => b.id === current) ?? null;

  return (
    <main id="main" className="workshop">
      <header className="workshop-header">
        <h1 lang={lang}>{workshop.title}</h1>
        {(date || workshop.place) && <p className="workshop-when">{[date, workshop.place].filter(Boolean).join(' · ')}</p>}
      </header>
      <NowRunning board={running} lang={lang} />
      <DemoBanner workshopId={workshop.id} token={session.token} demo={workshop.demo} />
      {session.role === 'organiser' && <JoinCodePanel code={workshop.joinCode} />}
      {session.role === 'organiser' && <OrganiserLinkPanel session={session} />}
      <section aria-labelledby="boards-title">
        <h2 id="boards-title">{t('workshop.boards')}</h2>
        <ul className="tiles">
          {workshop.boards.map((board) => {
            const live = activity[board.id];
            return (
              <li key={board.id} className={board === running ? 'tile tile--current' : 'tile'}>
                <Link href={paths.board(workshop.id, board.id)} className="tile-link">
                  {board === running && <span className="tile-badge">{t('phone.runningBadge')}</span>}
                  <span className="tile-title" lang={lang}>
                    {board.title}
                  </span>
                  {board.table && <span className="tile-table">{board.table}</span>}
                  <span className="tile-columns" lang={lang}>
                    {board.columns.map((c) => c.title).join(' · ')}
                  </span>
                  <span className="tile-stats">
                    <span>{t('workshop.cards', { count: live?.cards ?? 0 })}</span>
                    <span>{t('workshop.people', { count: live?.people ?? 0 })}</span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
      {hasStaffPanels(session.role) && (
        <Suspense fallback={<LoadingNotice text={t('workshop.loadingTools')} className="hint" />}>
          <StaffPanels.Component session={session} workshop={workshop} onChange={setWorkshop} />
        </Suspense>
      )}
    </main>
  );
}
