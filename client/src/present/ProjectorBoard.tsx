/** The projected columns: every card in its real colour, the text as large as the fullest column allows. */
import { useCallback, useMemo } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { ColumnInfo } from '@shared/protocol';
import type { CardRecord } from '../board/store/card-record';
import { countOf } from '../board/card/card-votes';
import { CardFacts, factsLine } from './CardFacts';
import { fitCardFont } from './font-fit';
import { useMeasured, type Size } from './use-measured';

/** Column gap and the narrowest column kept beside the others; present.css uses the same (`.projector-columns`). */
const COLUMN_GAP_PX = 24;
const MIN_COLUMN_PX = 240;

interface Props {
  columns: readonly ColumnInfo[];
  cards: readonly CardRecord[];
  /** Totals the room may see, or null. */
  totals: Readonly<Record<string, number>> | null;
  colorShown: boolean;
  /** The column the facilitator projects, shown alone. */
  spotlitColumn: string | null;
}

/** The space the cards have: the columns' box under their headings (the tallest heading, so that every column fits). */
function cardsArea(element: HTMLElement): Size {
  const lists = [...element.querySelectorAll('ul')].map((list) => list.getBoundingClientRect().top);
  const top = lists.length > 0 ? Math.max(...lists) - element.getBoundingClientRect().top : 0;
  return { width: element.clientWidth, height: Math.floor(element.clientHeight - top) };
}

export function ProjectorBoard({ columns, cards, totals, colorShown, spotlitColumn }: Props) {
  const { t } = useTranslation();
  const [measure, area] = useMeasured(cardsArea);
  const byColumn = useMemo(() => {
    const map = new Map<string, CardRecord[]>(columns.map((c) => [c.id, []]));
    for (const card of cards) map.get(card.column)?.push(card);
    return map;
  }, [columns, cards]);
  const votesOf = useCallback((card: CardRecord) => (totals ? countOf(totals, card.id) : null), [totals]);
  const fontPx = useMemo(
    () =>
      area &&
      fitCardFont({
        ...area,
        columns: [...byColumn.values()].map((list) => list.map((c) => ({ text: c.text, facts: factsLine(t, c, { votes: votesOf(c), colorShown }) }))),
        columnGapPx: COLUMN_GAP_PX,
        minColumnPx: MIN_COLUMN_PX,
      }),
    [area, byColumn, colorShown, votesOf, t],
  );
  return (
    <div className="projector-columns" ref={measure} style={fontPx ? { fontSize: `${fontPx}px` } : undefined}>
      {columns.map((column) => (
        <section key={column.id} className="projector-column" aria-labelledby={`present-${column.id}`}>
          <h2 id={`present-${column.id}`}>
            {column.title}
            {spotlitColumn === column.id && <span className="projector-tag">{t('present.spotlitColumn')}</span>}
          </h2>
          <ul>
            {byColumn.get(column.id)?.map((card) => (
              <li key={card.id} className={`projector-card card--${card.color}`}>
                <p className="projector-text">{card.text || t('board.blank')}</p>
                <CardFacts card={card} votes={votesOf(card)} colorShown={colorShown} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
