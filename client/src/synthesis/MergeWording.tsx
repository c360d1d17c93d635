/**
 * The wording a merge keeps: this card's text, the other's, both, or an edited one (prefilled
 * with both). What the merged card will say is shown before anything is merged.
 */
import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { LIMITS } from '@shared/limits';
import { bothTexts, mergedText, type Wording } from './merge-wording';

const WORDINGS: Wording[] = ['this', 'other', 'both', 'edit'];

interface Props {
  into: string;
  other: string;
  wording: Wording;
  edited: string;
  onWording(wording: Wording, edited: string): void;
  onEdited(edited: string): void;
  /** The choices' names: by default "cette carte" and "l'autre carte". */
  labels?: Partial<Record<Wording, string>>;
}

export function MergeWording({ into, other, wording, edited, onWording, onEdited, labels }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const names: Record<Wording, string> = {
    this: t('synthesis.keepThis'),
    other: t('synthesis.keepOther'),
    both: t('synthesis.keepBoth'),
    edit: t('synthesis.keepEdited'),
    ...labels,
  };
  // Editing starts from both texts: the usual edit is a shorter sentence saying both.
  const choose = (next: Wording) => onWording(next, next === 'edit' && wording !== 'edit' ? bothTexts(into, other) : edited);

  return (
    <fieldset className="merge-wording">
      <legend>{t('synthesis.wording')}</legend>
      {WORDINGS.map((w) => (
        <label key={w} className="check">
          <input type="radio" name={`${id}-wording`} value={w} checked={wording === w} onChange={() => choose(w)} />
          <span>{names[w]}</span>
        </label>
      ))}
      {wording === 'edit' ? (
        <>
          <label htmlFor={`${id}-text`}>{t('synthesis.editedText')}</label>
          <textarea id={`${id}-text`} rows={4} maxLength={LIMITS.cardTextMaxChars} value={edited} onChange={(e) => onEdited(e.target.value)} />
        </>
      ) : (
        <div className="merge-result">
          <span id={`${id}-result`} className="hint">
            {t('synthesis.result')}
          </span>
          <p aria-labelledby={`${id}-result`}>{mergedText(wording, into, other, edited).trim() || t('board.blank')}</p>
        </div>
      )}
    </fieldset>
  );
}
