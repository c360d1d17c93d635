import type { Card, CardColor } from '@shared/board-model';

export interface CardFilter {
  text: string;
  author: string;
  color: CardColor | '';
}

export const NO_FILTER: CardFilter = { text: '', author: '', color: '' };

/** Accent- and case-insensitive, so that "elus" finds "élus". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export function matchesFilter(card: Card, filter: CardFilter): boolean {
  if (filter.color && card.color !== filter.color) return false;
  if (filter.author && card.authorName !== filter.author) return false;
  return !filter.text || normalise(card.text).includes(normalise(filter.text.trim()));
}

export function isFiltering(filter: CardFilter): boolean {
  return filter.text.trim() !== '' || filter.author !== '' || filter.color !== '';
}
