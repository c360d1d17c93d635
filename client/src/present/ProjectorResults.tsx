/** The vote's results on the projector: the voted cards, most votes first, ties sharing a rank. */
import { useId, useMemo } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { ColumnInfo } from '@shared/protocol';
import type { CardRecord } from '../board/store/card-record';
import { countOf } from '../board/card/card-votes';
import { CardFacts, factsLine } from './CardFacts';
import { fitCardFont } from './font-fit';
import { rankByVotes } from './ranking';
import { innerSize, useMeasured } from './use-measured';

/** What a row holds beside the text, in em: rank, votes and two gaps (present.css: `.projector-ranked`). */
const ASIDE_EM = 2.2 + 6 + 2 * 0.6;

interface Props {
  columns: readonly ColumnInfo[];
  cards: readonly CardRecord[];
  totals: Readonly<Record<string, number>>;
  colorShown: boolean;
}

export function ProjectorResults({ columns, cards, totals, colorShown }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [measure, area] = useMeasured(innerSize);
  const titles = useMemo(() => new Map(columns.map((c) => [c.id, c.title])), [columns]);
  const ranked = useMemo(() => rankByVotes(cards.filter((c) => titles.has(c.column)), (c) => countOf(totals, c.id)), [cards, titles, totals]);
  const most = ranked[0]?.votes ?? 1;
  const fontPx =
    area && fitCardFont({ ...area, columns: [ranked.map(({ item }) => ({ text: item.text, facts: factsLine(t, item, { votes: null, colorShown, column: titles.get(item.column) }) }))], columnGapPx: 0, minColumnPx: 0, asideEm: ASIDE_EM });
  return (
    <section className="projector-results" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('present.results')}</h2>
      {/* Focusable: at the smallest type a long ranking scrolls, and the keyboard must reach it. */}
      <ol ref={measure} tabIndex={0} aria-labelledby={headingId} style={fontPx ? { fontSize: `${fontPx}px` } : undefined}>
        {ranked.map(({ item: card, votes, rank }) => (
          <li key={card.id} className={`projector-ranked card--${card.color}`}>
            <span className="projector-rank">{rank}</span>
            <div>
              <p className="projector-text">{card.text || t('board.blank')}</p>
              <CardFacts card={card} votes={null} colorShown={colorShown} column={titles.get(card.column)} />
            </div>
            <span className="projector-votes">
              {t('facilitation.votes', { count: votes })}
              {/* The bar repeats the number for the eye: the text above says it. */}
              <span className="projector-bar" aria-hidden="true">
                <span style={{ width: `${Math.round((votes / most) * 100)}%` }} />
              </span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
