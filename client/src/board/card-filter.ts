import type { Card, CardColor } from '@shared/board-model';
import type { StructureKind } from '@shared/structure-kinds';
import { authorKinds, type KindOf } from './author-kinds';

export interface CardFilter {
  text: string;
  author: string;
  color: CardColor | '';
  /** The author's kind of structure (their profile, read from the server). */
  kind: StructureKind | '';
}

export const NO_FILTER: CardFilter = { text: '', author: '', color: '', kind: '' };

/** Accent- and case-insensitive, so that "elus" finds "élus". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** `kindOf` defaults to the open workshop's map (author-kinds.ts): kinds are not in the document. */
export function matchesFilter(card: Card, filter: CardFilter, kindOf: KindOf = authorKinds.kindOf): boolean {
  if (filter.color && card.color !== filter.color) return false;
  if (filter.author && card.authorName !== filter.author) return false;
  if (filter.kind && kindOf(card.author) !== filter.kind) return false;
  return !filter.text || normalise(card.text).includes(normalise(filter.text.trim()));
}

export function isFiltering(filter: CardFilter): boolean {
  return filter.text.trim() !== '' || filter.author !== '' || filter.color !== '' || filter.kind !== '';
}
