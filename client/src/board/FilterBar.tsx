/**
 * Search, author, kind of structure and colour filters, with how many cards they show. The count is a live
 * region only while a filter is on: without one, it would speak at every card others add.
 */
import { memo, useCallback, useEffect } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { CARD_COLORS, type CardColor } from '@shared/board-model';
import { STRUCTURE_KINDS, type StructureKind } from '@shared/structure-kinds';
import { authorKinds, useAuthorKinds } from './author-kinds';
import { isFiltering, matchesFilter, type CardFilter } from './card-filter';
import type { BoardStore } from './store/board-store';
import type { CardRecord } from './store/card-record';
import { useCardsValue } from './store/use-store';

interface Props {
  filter: CardFilter;
  onChange: (filter: CardFilter) => void;
  board: BoardStore;
  /** Private writing: this participant's drafts count too. */
  drafts: BoardStore | null;
  names: ReadonlyMap<string, string>;
}

export const FilterBar = memo(function FilterBar({ filter, onChange, board, drafts, names }: Props) {
  const { t } = useTranslation();
  const nameOf = useCallback((card: CardRecord) => card.authorName || names.get(card.author) || '', [names]);
  const kinds = useAuthorKinds();
  // The kinds of this board's authors, in the list's order: offering the others would only empty the board.
  const readKinds = useCallback((store: BoardStore) => [...new Set(store.allCards().map((c) => kinds.get(c.author)))].join(' '), [kinds]);
  const present = new Set(useCardsValue(board, readKinds).split(' '));
  const offered = STRUCTURE_KINDS.filter((k) => present.has(k) || filter.kind === k);
  // A card filtered out never mounts to ask for its author's kind: the bar asks for every author.
  const authorIds = useCardsValue(board, readAuthorIds);
  useEffect(() => authorKinds.follow(null, authorIds.split(' ')), [authorIds]);
  // The kind filter reads the map: a new map applies it again wherever it is held.
  useEffect(() => {
    if (filter.kind) onChange({ ...filter });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kinds]);
  // Primitives, so that typing in a card re-renders this bar only when a count or an author changes.
  const readAuthors = useCallback((store: BoardStore) => [...new Set(store.allCards().map(nameOf).filter(Boolean))].sort().join('\n'), [nameOf]);
  const readShown = useCallback(
    (store: BoardStore) => (isFiltering(filter) ? store.allCards().filter((c) => matchesFilter({ ...c, authorName: nameOf(c) }, filter)).length : store.cardCount()),
    [filter, nameOf],
  );
  const authorLines = [useCardsValue(board, readAuthors), useCardsValue(drafts ?? board, drafts ? readAuthors : noText)];
  const authors = [...new Set(authorLines.join('\n').split('\n').filter(Boolean))].sort();
  const total = useCardsValue(board, countAll) + useCardsValue(drafts ?? board, drafts ? countAll : zero);
  const shown = useCardsValue(board, readShown) + useCardsValue(drafts ?? board, drafts ? readShown : zero);
  return (
    <div role="search" className="filters">
      <label>
        <span>{t('board.search')}</span>
        <input type="search" value={filter.text} placeholder={t('board.searchPlaceholder')} onChange={(e) => onChange({ ...filter, text: e.target.value })} />
      </label>
      <label>
        <span>{t('board.author')}</span>
        <select value={filter.author} onChange={(e) => onChange({ ...filter, author: e.target.value })}>
          <option value="">{t('board.anyAuthor')}</option>
          {authors.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      {offered.length > 0 && (
        <label>
          <span>{t('kinds.filter')}</span>
          <select value={filter.kind} onChange={(e) => onChange({ ...filter, kind: e.target.value as StructureKind | '' })}>
            <option value="">{t('kinds.any')}</option>
            {offered.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.short.${k}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span>{t('board.color')}</span>
        <select value={filter.color} onChange={(e) => onChange({ ...filter, color: e.target.value as CardColor | '' })}>
          <option value="">{t('board.anyColor')}</option>
          {CARD_COLORS.map((c) => (
            <option key={c} value={c}>
              {t(`board.colors.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="filters-count" aria-live={isFiltering(filter) ? 'polite' : 'off'}>
        {t('board.shown', { shown, total })}
      </p>
    </div>
  );
});

const countAll = (store: BoardStore) => store.cardCount();
const readAuthorIds = (store: BoardStore) => [...new Set(store.allCards().map((c) => c.author))].sort().join(' ');
const zero = () => 0;
const noText = () => '';
