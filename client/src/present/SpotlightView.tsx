/** The card the facilitator projects, full screen: its text as large as it fits, its author (unless anonymous) and column. */
import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { CardRecord } from '../board/store/card-record';
import { CardFacts } from './CardFacts';
import { fitCardFont } from './font-fit';
import { innerSize, useMeasured } from './use-measured';

interface Props {
  card: CardRecord;
  column: string | undefined;
  author: string | undefined;
  votes: number | null;
}

export function SpotlightView({ card, column, author, votes }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [measure, area] = useMeasured(innerSize);
  const text = card.text || t('board.blank');
  const fontPx = area && fitCardFont({ ...area, columns: [[{ text, facts: '' }]], columnGapPx: 0, minColumnPx: 0, maxPx: 140, charEm: 0.66 });
  return (
    <section className="projector-spotlight" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('present.spotlight')}</h2>
      <article className={`projector-spotlit card--${card.color}`} aria-current="true">
        <div className="projector-spotlit-text" ref={measure}>
          <p className="projector-text" style={fontPx ? { fontSize: `${fontPx}px` } : undefined}>
            {text}
          </p>
        </div>
        <CardFacts card={card} votes={votes} colorShown author={author} column={column} />
      </article>
    </section>
  );
}
