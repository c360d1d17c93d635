import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { TIMER_MAX_MS } from '@shared/facilitation-state';
import { boundedNumber } from './number-field';
import type { StepActionProps } from './step-props';
import { writingCommands } from './steps';

const MINUTE_MS = 60_000;
const DEFAULT_MINUTES = 5;

/** Writing: its length and whether cards stay private, both sent only with "Lancer l'écriture". */
export function WritingStep({ state, run, actionClass }: StepActionProps) {
  const { t, i18n } = useTranslation();
  const [minutes, setMinutes] = useState(() => String(state.timer.durationMs / MINUTE_MS));
  const [isPrivate, setPrivate] = useState(state.privateWriting);
  // At least a second (the server's least), at most the longest timer.
  const value = boundedNumber(minutes, 1_000 / MINUTE_MS, TIMER_MAX_MS / MINUTE_MS, DEFAULT_MINUTES);
  const shown = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(value);
  return (
    <>
      <div className="step-options">
        <label className="step-field">
          <span>{t('facilitation.writingMinutes')}</span>
          <input type="number" min={1} max={TIMER_MAX_MS / MINUTE_MS} step="any" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={isPrivate} onChange={(e) => setPrivate(e.target.checked)} />
          <span>{t('facilitation.privateWriting')}</span>
        </label>
      </div>
      <button
        type="button"
        className={actionClass}
        onClick={() => void run(writingCommands(state, { durationMs: Math.round(value * MINUTE_MS), private: isPrivate }))}
      >
        {t('facilitation.launchWriting', { minutes: shown })}
      </button>
    </>
  );
}
