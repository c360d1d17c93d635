import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { Dashboard, Figures } from '@shared/results/dashboard';
import { privacyApi } from '../api/privacy-api';
import { BarChart, type BarSeries } from '../components/charts/BarChart';
import { ChartFigure, type DataTable } from '../components/charts/ChartFigure';
import { StepChart } from '../components/charts/StepChart';
import type { Session } from '../identity/identity-store';
import { KindTable } from '../synthesis/KindTable';

/** Chart colours: each at least 4.5:1 on white, so they also read as text and lines. */
const COLORS = { people: '#0b5c6b', cards: '#0b5c6b', votes: '#a0316e', comments: '#7a4d00' } as const;
const DAY = 24 * 60 * 60 * 1_000;

/** The organiser's figures: who came when, what each board and table produced, what got votes. */
export function DashboardPanel({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const [data, setData] = useState<Dashboard | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  // Bumped by the refresh button: each value is one request; a superseded answer is ignored.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let superseded = false;
    privacyApi.dashboard(session.workshopId, session.token).then(
      (d) => {
        if (superseded) return;
        setData(d);
        setState('ready');
      },
      () => !superseded && setState('error'),
    );
    return () => {
      superseded = true;
    };
  }, [session.workshopId, session.token, version]);

  const load = () => {
    setState('loading');
    setVersion((v) => v + 1);
  };

  const time = (at: number, withDay: boolean) =>
    new Intl.DateTimeFormat(i18n.language, withDay ? { day: 'numeric', month: 'short' } : { hour: '2-digit', minute: '2-digit' }).format(at);
  const figures = (f: Figures) => [f.cards, f.votes, f.comments];
  const series: BarSeries[] = [
    { name: t('dashboard.cards'), color: COLORS.cards },
    { name: t('dashboard.votes'), color: COLORS.votes },
    { name: t('dashboard.comments'), color: COLORS.comments },
  ];
  const barSummary = (rows: { label: string; f: Figures }[]) =>
    rows.map(({ label, f }) => t('dashboard.barRow', { label, cards: f.cards, votes: f.votes, comments: f.comments })).join(t('dashboard.separator'));
  const barTable = (first: string, rows: { label: string; f: Figures }[]): DataTable => ({
    columns: [first, t('dashboard.cards'), t('dashboard.votes'), t('dashboard.comments'), t('dashboard.reactions')],
    rows: rows.map(({ label, f }) => ({ header: label, cells: [f.cards, f.votes, f.comments, f.reactions] })),
  });

  // A table's copy is usually titled after its table already; otherwise the table is added.
  const byBoard = data?.boards.map((b) => ({ label: b.table && !b.title.includes(b.table) ? `${b.title} (${b.table})` : b.title, f: b })) ?? [];
  const byTable = data?.tables.map((tb) => ({ label: tb.table, f: tb })) ?? [];
  const daily = (data?.stepMs ?? 0) >= DAY;
  const points = data?.participantsOverTime ?? [];

  return (
    <section className="panel dashboard" aria-labelledby="dashboard-title" aria-busy={state === 'loading'}>
      <div className="dashboard-head">
        <h2 id="dashboard-title">{t('dashboard.title')}</h2>
        <button type="button" className="secondary" onClick={load} disabled={state === 'loading'}>
          {t('dashboard.refresh')}
        </button>
      </div>
      <p className="hint" role="status">
        {state === 'error'
          ? t('dashboard.error')
          : state === 'loading'
            ? t('dashboard.loading')
            : data && t('dashboard.updatedAt', { time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(data.generatedAt) })}
      </p>
      {data && (
        <>
          <dl className="dashboard-totals">
            {(
              [
                ['participants', data.participants],
                ['cards', data.totals.cards],
                ['votes', data.totals.votes],
                ['comments', data.totals.comments],
                ['reactions', data.totals.reactions],
              ] as const
            ).map(([key, value]) => (
              <div key={key} className="dashboard-total">
                <dt>{t(`dashboard.${key}`)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>

          <ChartFigure
            caption={t('dashboard.overTime')}
            showNumbers={t('dashboard.showNumbers')}
            table={{
              columns: [t(daily ? 'dashboard.day' : 'dashboard.time'), t('dashboard.joined')],
              rows: points.map((p) => ({ header: time(p.at, daily), cells: [p.total] })),
            }}
          >
            {points.length === 0 ? (
              <p className="hint">{t('dashboard.noParticipants')}</p>
            ) : (
              <StepChart
                points={points.map((p) => ({ x: p.at, y: p.total }))}
                formatX={(x) => time(x, daily)}
                color={COLORS.people}
                label={t('dashboard.overTimeSummary', {
                  count: data.participants,
                  first: time(points[0]!.at, daily),
                  last: time(points.at(-1)!.at, daily),
                })}
              />
            )}
          </ChartFigure>

          <ChartFigure caption={t('dashboard.perBoard')} showNumbers={t('dashboard.showNumbers')} table={barTable(t('dashboard.board'), byBoard)}>
            <BarChart
              rows={byBoard.map(({ label, f }) => ({ label, values: figures(f) }))}
              series={series}
              label={t('dashboard.summary', { title: t('dashboard.perBoard'), rows: barSummary(byBoard) })}
            />
          </ChartFigure>

          {byTable.length > 0 && (
            <ChartFigure caption={t('dashboard.perTable')} showNumbers={t('dashboard.showNumbers')} table={barTable(t('dashboard.table'), byTable)}>
              <BarChart
                rows={byTable.map(({ label, f }) => ({ label, values: figures(f) }))}
                series={series}
                label={t('dashboard.summary', { title: t('dashboard.perTable'), rows: barSummary(byTable) })}
              />
            </ChartFigure>
          )}

          <h3>{t('kinds.synthesisTitle')}</h3>
          <KindTable caption={t('kinds.title')} rows={data.kinds} withParticipants />

          <h3 id="top-cards-title">{t('dashboard.topCards')}</h3>
          {data.topCards.length === 0 ? (
            <p className="hint">{t('dashboard.noVotes')}</p>
          ) : (
            <ol className="top-cards" aria-labelledby="top-cards-title">
              {data.topCards.map((c) => (
                <li key={`${c.boardId}/${c.cardId}`}>
                  <span className="top-card-votes">{t('dashboard.voteCount', { count: c.votes })}</span>
                  <span className="top-card-text">{c.text || '…'}</span>
                  <span className="top-card-board">{t('dashboard.onBoard', { board: c.boardTitle })}</span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
