/** The projected columns and the spotlit card; each column re-renders with its own cards only. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnInfo } from '@shared/protocol';
import { countOf } from '../board/card/card-votes';
import type { BoardSession } from '../board/store/board-session';
import { useCard, useColumnRecords, useSlice } from '../board/store/use-store';

export function PresentColumns({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const meta = useSlice(session.meta);
  const focus = meta.state?.state.focus ?? null;
  const spotlitId = focus?.kind === 'card' ? focus.id : '';
  const spotlit = useCard(session.store, spotlitId);
  const spotlitColumn = focus?.kind === 'column' ? focus.id : null;
  const columns = (meta.board?.columns ?? []).filter((column) => !spotlitColumn || column.id === spotlitColumn);
  return (
    <>
      {spotlit && (
        <section className={`present-spotlight card--${spotlit.color}`} aria-label={t('facilitation.spotlight')}>
          <p>{spotlit.text}</p>
        </section>
      )}
      <div className={`present-columns${spotlit ? ' present-columns--dimmed' : ''}`}>
        {columns.map((column) => (
          <PresentColumn key={column.id} session={session} column={column} spotlit={spotlitColumn !== null} />
        ))}
      </div>
    </>
  );
}

const PresentColumn = memo(function PresentColumn({ session, column, spotlit }: { session: BoardSession; column: ColumnInfo; spotlit: boolean }) {
  const { t } = useTranslation();
  const cards = useColumnRecords(session.store, column.id, true) ?? [];
  const totals = useSlice(session.votes)?.totals;
  return (
    <section className={`present-column${spotlit ? ' present-column--spotlit' : ''}`} aria-labelledby={`present-${column.id}`}>
      <h2 id={`present-${column.id}`}>{column.title}</h2>
      <ul>
        {cards.map((card) => {
          const votes = countOf(totals, card.id);
          return (
            <li key={card.id} className={`present-card card--${card.color}`}>
              {card.text}
              {votes > 0 && <span className="vote-total"> · {t('facilitation.votes', { count: votes })}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
