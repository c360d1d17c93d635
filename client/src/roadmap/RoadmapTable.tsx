/** The roadmap as a table, one row per action: sortable by column, filterable by lead and status, live. */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { ColumnInfo } from '@shared/protocol';
import { LEAD_KINDS, ROADMAP_STATUSES, type LeadKind, type RoadmapStatus } from '@shared/roadmap';
import type { BoardSession } from '../board/store/board-session';
import type { CardRecord } from '../board/store/card-record';
import { useAllCards } from '../board/store/use-store';
import { DueText, StatusBadge, leadText, linkedCardText } from './RoadmapBits';
import { useRoadmapLinks } from './roadmap-context';
import { NO_ROADMAP_FILTER, SORT_KEYS, filterRows, formatMoment, localDay, nextSort, rowsOf, sortRows, type RoadmapSort, type SortKey } from './roadmap-table';

const HEADERS: Record<SortKey, string> = {
  text: 'roadmap.action',
  horizon: 'roadmap.horizon',
  lead: 'roadmap.lead',
  partners: 'roadmap.partners',
  due: 'roadmap.due',
  status: 'roadmap.status',
  lastNote: 'roadmap.lastNote',
  links: 'roadmap.links',
};

interface Props {
  session: BoardSession;
  columns: ColumnInfo[];
  /** The board's search and author filters apply here too. */
  visible: (card: CardRecord) => boolean;
}

export function RoadmapTable({ session, columns, visible }: Props) {
  const { t, i18n } = useTranslation();
  const links = useRoadmapLinks();
  const captionId = useId();
  const [filter, setFilter] = useState(NO_ROADMAP_FILTER);
  const [sort, setSort] = useState<RoadmapSort | null>(null);
  // The records change with every edit of the document: the rows follow others' edits.
  const cards = useAllCards(session.store);
  const rows = useMemo(() => {
    const shown = cards.filter(visible);
    const byId = new Map(shown.map((card) => [card.id, card]));
    return rowsOf(shown, columns, (id) => byId.get(id)!.roadmap, (id) => byId.get(id)!.roadmapLog.progress.at(-1)?.at ?? null);
  }, [cards, columns, visible]);
  const shown = sortRows(filterRows(rows, filter), sort);
  const today = links?.today ?? localDay();

  return (
    <div className="roadmap-table-view">
      <div className="roadmap-table-filters">
        <label>
          <span>{t('roadmap.filterLead')}</span>
          <select value={filter.leadKind} onChange={(e) => setFilter({ ...filter, leadKind: e.target.value as LeadKind | '' })}>
            <option value="">{t('roadmap.anyLead')}</option>
            {LEAD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`roadmap.leadKinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('roadmap.filterStatus')}</span>
          <select value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.target.value as RoadmapStatus | '' })}>
            <option value="">{t('roadmap.anyStatus')}</option>
            {ROADMAP_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`roadmap.statuses.${status}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* Scrolls sideways on a phone; focusable so that the keyboard can scroll it too. */}
      <div className="roadmap-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="roadmap-table">
          <caption id={captionId}>{t('roadmap.caption', { shown: shown.length, total: rows.length })}</caption>
          <thead>
            <tr>
              {SORT_KEYS.map((key) => (
                <th key={key} scope="col" aria-sort={sort?.key === key ? sort.direction : undefined}>
                  <button type="button" className="roadmap-sort" onClick={() => setSort(nextSort(sort, key))}>
                    {t(HEADERS[key])}
                    <span aria-hidden="true" className="roadmap-sort-mark">
                      {sort?.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.text.trim() || '—'}</th>
                <td>{row.columnTitle}</td>
                <td>{leadText(row, t) || <span className="roadmap-muted">—</span>}</td>
                <td>{row.partners || <span className="roadmap-muted">—</span>}</td>
                <td>{row.due ? <DueText fields={row} today={today} /> : <span className="roadmap-muted">—</span>}</td>
                <td>
                  <StatusBadge status={row.status} />
                </td>
                <td>{row.lastNote !== null ? <time dateTime={new Date(row.lastNote).toISOString()}>{formatMoment(row.lastNote, i18n.language)}</time> : <span className="roadmap-muted">—</span>}</td>
                <td>
                  {row.links.length === 0 ? (
                    <span className="roadmap-muted">—</span>
                  ) : (
                    <ul className="roadmap-table-links">
                      {row.links.map((link) => {
                        const { board, text } = linkedCardText(link, links, t, 50);
                        return (
                          <li key={link}>
                            {board && <span className="roadmap-link-board">{board} — </span>}
                            {text}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p className="roadmap-muted">{t('roadmap.noRows')}</p>}
    </div>
  );
}

