/**
 * A board as a document: columns, their groups and cards with votes, reactions and
 * comments; roadmap actions as a table. Rendered from the board's backup, so that the
 * printed page, the PNG image and the exports all show the same content.
 */
import { useTranslation } from '../i18n/use-translation';
import type { BackupBoard, BackupCard, WorkshopBackup } from '@shared/results/backup';
import { formatDay } from '../i18n/format-date';

function CardBlock({ card }: { card: BackupCard }) {
  const { t } = useTranslation();
  const reactions = Object.entries(card.reactions).filter(([, who]) => who.length > 0);
  return (
    <li className={`print-card card-${card.color}`}>
      <p className="print-card-text">{card.text}</p>
      <p className="print-card-meta">
        {card.authorName && <span>{card.authorName}</span>}
        {/* On paper the colour may be lost or carry meaning: its name is written. */}
        <span>{t('present.color', { color: t(`board.colors.${card.color}`) })}</span>
        {card.votes > 0 && <span>{t('exports.votes', { count: card.votes })}</span>}
        {reactions.map(([emoji, who]) => (
          <span key={emoji}>
            {emoji} {who.length}
          </span>
        ))}
        {card.tables.length > 0 && <span>{card.tables.join(', ')}</span>}
      </p>
      {card.comments.length > 0 && (
        <ul className="print-comments" aria-label={t('exports.comments')}>
          {card.comments.map((c) => (
            <li key={c.id} className={c.replyTo ? 'reply' : undefined}>
              <strong>{c.authorName}</strong> : {c.text}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function RoadmapTable({ board }: { board: BackupBoard }) {
  const { t, i18n } = useTranslation();
  const columnTitle = new Map(board.columns.map((c) => [c.id, c.title]));
  return (
    <table className="print-roadmap">
      <caption>{t('exports.roadmapCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('exports.action')}</th>
          <th scope="col">{t('exports.horizon')}</th>
          <th scope="col">{t('exports.lead')}</th>
          <th scope="col">{t('exports.partners')}</th>
          <th scope="col">{t('exports.due')}</th>
          <th scope="col">{t('exports.status')}</th>
        </tr>
      </thead>
      <tbody>
        {board.cards.map((card) => (
          <tr key={card.id}>
            <td>{card.text}</td>
            <td>{columnTitle.get(card.column)}</td>
            <td>{[card.roadmap?.leadKind && t(`exports.leadKind.${card.roadmap.leadKind}`), card.roadmap?.leadName].filter(Boolean).join(' — ')}</td>
            <td>{card.roadmap?.partners}</td>
            <td>{card.roadmap?.due ? formatDay(card.roadmap.due, i18n.language) : ''}</td>
            <td>{t(`exports.statusValue.${card.roadmap?.status ?? 'todo'}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PrintBoard({ backup, board }: { backup: WorkshopBackup; board: BackupBoard }) {
  const { t, i18n } = useTranslation();
  const { workshop } = backup;
  const when = [workshop.date && formatDay(workshop.date, i18n.language), workshop.place].filter(Boolean).join(' · ');
  return (
    <article className="print-sheet">
      <header className="print-header">
        <p className="print-workshop">{workshop.title}</p>
        <h1>{board.title}</h1>
        {when && <p className="print-when">{when}</p>}
      </header>
      {board.kind === 'roadmap' && <RoadmapTable board={board} />}
      <div className="print-columns">
        {board.columns.map((column) => {
          const cards = board.cards.filter((c) => c.column === column.id);
          const groups = board.groups.filter((g) => g.column === column.id);
          const loose = cards.filter((c) => !c.group || !groups.some((g) => g.id === c.group));
          return (
            <section key={column.id} className="print-column" aria-labelledby={`col-${column.id}`}>
              <h2 id={`col-${column.id}`}>{column.title}</h2>
              {cards.length === 0 && <p className="print-empty">{t('exports.noCards')}</p>}
              {groups.map((group) => (
                <section key={group.id} className="print-group" aria-label={group.title}>
                  <h3>{group.title}</h3>
                  <ul className="print-cards">
                    {cards.filter((c) => c.group === group.id).map((c) => (
                      <CardBlock key={c.id} card={c} />
                    ))}
                  </ul>
                </section>
              ))}
              {loose.length > 0 && (
                <ul className="print-cards">
                  {loose.map((c) => (
                    <CardBlock key={c.id} card={c} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </article>
  );
}
