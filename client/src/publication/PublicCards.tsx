/** A board of the restitution: its columns as lists of cards, each with its author's kind and votes. */
import { useTranslation } from '../i18n/use-translation';
import type { PublicBoard, PublicCard } from '@shared/publication';

/** Kind and votes in words, never by colour alone. */
export function CardFacts({ card }: { card: PublicCard }) {
  const { t } = useTranslation();
  return (
    <p className="restitution-facts">
      <span className="restitution-kind">{card.kind ? t('kinds.badge', { kind: t(`kinds.short.${card.kind}`) }) : t('kinds.badge', { kind: t('kinds.none') })}</span>
      {card.votes > 0 && <span>{t('publication.votes', { count: card.votes })}</span>}
    </p>
  );
}

/** Under a section's h2: the board is an h3, its columns h4. Written content says lang=fr (the interface may be English). */
export function PublicCards({ board }: { board: PublicBoard }) {
  const { t } = useTranslation();
  const filled = board.columns.filter((column) => column.cards.length > 0);
  return (
    <article className="restitution-board">
      <h3 lang="fr">{board.title}</h3>
      {/* Empty columns are left out: a report lists what was said. */}
      {filled.length === 0 ? (
        <p className="hint">{t('publication.noCards')}</p>
      ) : (
        <div className="restitution-columns">
          {filled.map((column, i) => (
            <section key={i} className="restitution-column">
              {column.title === null ? <h4>{t('publication.otherColumn')}</h4> : <h4 lang="fr">{column.title}</h4>}
              <ul>
                {column.cards.map((card, j) => (
                  <li key={j} className="restitution-card">
                    <p lang="fr">{card.text}</p>
                    <CardFacts card={card} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      {board.omitted > 0 && <p className="hint">{t('publication.omitted', { count: board.omitted })}</p>}
    </article>
  );
}
