/** The line under a projected card's text: its colour in words, its votes, and where asked its author and column. */
import { useTranslation } from 'react-i18next';
import type { CardRecord } from '../board/store/card-record';

interface Props {
  card: CardRecord;
  /** Null while the room may not see totals. */
  votes: number | null;
  /** Shown when the board's colours differ (colour then carries meaning); otherwise for screen readers only. */
  colorShown: boolean;
  author?: string;
  column?: string;
}

export function CardFacts({ card, votes, colorShown, author, column }: Props) {
  const { t } = useTranslation();
  const facts = [
    author && t('board.by', { name: author }),
    column && t('present.column', { title: column }),
    votes !== null && votes > 0 && t('facilitation.votes', { count: votes }),
  ].filter(Boolean);
  const color = t('present.color', { color: t(`board.colors.${card.color}`) });
  return (
    <p className="projector-facts">
      {facts.map((fact) => (
        <span key={String(fact)}>{fact}</span>
      ))}
      <span className={colorShown ? 'projector-color' : 'visually-hidden'}>{color}</span>
    </p>
  );
}
