import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { BoardInfo, WorkshopInfo } from '@shared/protocol';
import { MAX_TABLES_PER_REQUEST, tableNumber } from '@shared/synthesis-rules';
import { api } from '../api/api-client';
import { useActionStatus } from '../components/use-action-status';
import { synthesisApi } from '../api/synthesis-api';
import { Link } from '../app/Link';
import { publicAddress } from '../app/public-address';
import { navigate, paths } from '../app/router';
import type { Session } from '../identity/identity-store';

interface Props {
  session: Session;
  workshop: WorkshopInfo;
  onChange: (workshop: WorkshopInfo) => void;
}

/** For the organiser: parallel tables of a board, their facilitator links, and their synthesis. */
export function TablesPanel({ session, workshop, onChange }: Props) {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [links, setLinks] = useState<Record<string, string>>({});
  const { status, failed, busy, run } = useActionStatus();
  const sources = workshop.boards.filter((b) => b.kind === 'board' && b.sourceBoardId === null);

  const createTables = (board: BoardInfo) =>
    run(async () => {
      const count = counts[board.id] ?? 2;
      await synthesisApi.createTables(board.id, count, session.token);
      onChange(await api.workshop(workshop.id, session.token));
      return t('synthesis.created', { count, board: board.title });
    });
  const makeLink = (table: BoardInfo) =>
    run(async () => {
      const link = await api.createLink(workshop.id, session.token, 'facilitator', table.id);
      const address = await publicAddress();
      setLinks((all) => ({ ...all, [table.id]: `${address}${link.path}` }));
      return '';
    });
  const copy = (table: BoardInfo) =>
    run(async () => {
      await navigator.clipboard.writeText(links[table.id] ?? '');
      return t('synthesis.copied', { table: table.title });
    });
  const openSynthesis = (board: BoardInfo) =>
    run(async () => {
      const { board: synthesis } = await synthesisApi.openSynthesis(board.id, session.token);
      navigate(paths.board(workshop.id, synthesis.id));
      return '';
    });

  return (
    <section className="tables-panel panel" aria-labelledby="tables-title">
      <h2 id="tables-title">{t('synthesis.tablesTitle')}</h2>
      <p className="hint">{t('synthesis.tablesHint')}</p>
      <ul className="tables-sources">
        {sources.map((board) => {
          const tables = workshop.boards
            .filter((b) => b.sourceBoardId === board.id && b.kind === 'board' && b.table)
            .sort((a, b) => tableNumber(a.table) - tableNumber(b.table));
          const inputId = `tables-count-${board.id}`;
          return (
            <li key={board.id} className="tables-source" aria-label={board.title}>
              <h3>{board.title}</h3>
              <div className="tables-create">
                <label htmlFor={inputId}>{t('synthesis.count')}</label>
                <input
                  id={inputId}
                  type="number"
                  min={1}
                  max={MAX_TABLES_PER_REQUEST}
                  value={counts[board.id] ?? 2}
                  onChange={(e) => setCounts((all) => ({ ...all, [board.id]: Math.min(MAX_TABLES_PER_REQUEST, Math.max(1, Number(e.target.value) || 1)) }))}
                />
                <button type="button" className="secondary" disabled={busy} onClick={() => void createTables(board)} aria-label={`${t('synthesis.create')} – ${board.title}`}>
                  {t('synthesis.create')}
                </button>
                {tables.length > 0 && (
                  <button type="button" className="primary" disabled={busy} onClick={() => void openSynthesis(board)} aria-label={`${t('synthesis.open')} – ${board.title}`}>
                    {t('synthesis.open')}
                  </button>
                )}
              </div>
              {tables.length > 0 && (
                <ul className="tables-list" aria-label={t('synthesis.tablesOf', { board: board.title })}>
                  {tables.map((table) => (
                    <li key={table.id}>
                      <Link href={paths.board(workshop.id, table.id)} className="table-label">
                        {table.table}
                      </Link>
                      {links[table.id] ? (
                        <>
                          {/* A read-only field: the long link stays on one line and can still be selected. */}
                          <input className="table-link" readOnly value={links[table.id]} aria-label={`${t('synthesis.facilitatorLink')} – ${table.title}`} onFocus={(e) => e.target.select()} />
                          <button type="button" onClick={() => void copy(table)} aria-label={`${t('synthesis.copy')} – ${table.title}`}>
                            {t('synthesis.copy')}
                          </button>
                        </>
                      ) : (
                        <button type="button" disabled={busy} onClick={() => void makeLink(table)} aria-label={`${t('synthesis.facilitatorLink')} – ${table.title}`}>
                          {t('synthesis.facilitatorLink')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <p role="status" className={failed ? 'tables-status is-error' : 'tables-status'}>
        {status}
      </p>
    </section>
  );
}
