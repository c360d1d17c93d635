import { useTranslation } from 'react-i18next';
import { CARD_COLORS, type CardColor } from '@shared/board-model';
import type { CardFilter } from './card-filter';

interface Props {
  filter: CardFilter;
  authors: string[];
  shown: number;
  total: number;
  onChange: (filter: CardFilter) => void;
}

export function FilterBar({ filter, authors, shown, total, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div role="search" className="filters">
      <label>
        <span>{t('board.search')}</span>
        <input
          type="search"
          value={filter.text}
          placeholder={t('board.searchPlaceholder')}
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
        />
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
      <p className="filters-count" aria-live="polite">
        {t('board.shown', { shown, total })}
      </p>
    </div>
  );
}
