/** The line under a projected card's text: its author and column where asked, its votes, its colour in words. */
import type { TFunction } from '../i18n/translate';
import { useTranslation } from '../i18n/use-translation';
import type { CardRecord } from '../board/store/card-record';

export interface FactsOptions {
  /** Null while the room may not see totals. */
  votes: number | null;
  /** Shown when the board's colours differ (colour then carries meaning); otherwise for screen readers only. */
  colorShown: boolean;
  author?: string;
  column?: string;
}

/** The facts as text: what the line shows, and the colour's name. */
export function factsOf(t: TFunction, card: CardRecord, { votes, author, column }: FactsOptions): { shown: string[]; color: string } {
  const shown = [
    author ? t('board.by', { name: author }) : '',
    column ? t('present.column', { title: column }) : '',
    votes ? t('facilitation.votes', { count: votes }) : '',
  ].filter(Boolean);
  return { shown, color: t('present.color', { color: t(`board.colors.${card.color}`) }) };
}

/** The line as shown and as the font fitter counts it ('' when nothing is shown); the dot keeps to the fact before it. */
export function factsLine(t: TFunction, card: CardRecord, options: FactsOptions): string {
  const { shown, color } = factsOf(t, card, options);
  return [...shown, ...(options.colorShown ? [color] : [])].join('\u00a0· ');
}

export function CardFacts({ card, ...options }: FactsOptions & { card: CardRecord }) {
  const { t } = useTranslation();
  const line = factsLine(t, card, options);
  return (
    <p className="projector-facts">
      {line}
      {!options.colorShown && <span className="visually-hidden"> {factsOf(t, card, options).color}</span>}
    </p>
  );
}
