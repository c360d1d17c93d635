import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { TIMER_MAX_MS } from '@shared/facilitation-state';
import { boundedNumber } from './number-field';
import type { StepProps } from './step-props';

const MINUTE_MS = 60_000;

/**
 * The shared countdown at any step. Start, pause and resume are one button whose words change,
 * so that focus stays on it; resuming keeps the time left, starting takes the minutes typed.
 */
export function TimerControls({ state, run }: StepProps) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(() => String(state.timer.durationMs / MINUTE_MS));
  const durationMs = Math.round(boundedNumber(minutes, 1_000 / MINUTE_MS, TIMER_MAX_MS / MINUTE_MS, state.timer.durationMs / MINUTE_MS) * MINUTE_MS);
  const { endsAt, remainingMs } = state.timer;
  const running = endsAt !== null;
  // Paused with time left (a minute added included) and the minutes not changed since: resume.
  const paused = !running && remainingMs > 0 && remainingMs !== state.timer.durationMs && durationMs === state.timer.durationMs;
  const [label, press] = running
    ? [t('facilitation.pause'), () => run([{ type: 'timer.pause' }])]
    : paused
      ? [t('facilitation.resume'), () => run([{ type: 'timer.start' }])]
      : [t('facilitation.start'), () => run([{ type: 'timer.start', durationMs }])];
  return (
    <fieldset className="timer-controls">
      <legend>{t('facilitation.timer')}</legend>
      <label className="step-field">
        <span>{t('facilitation.minutes')}</span>
        <input type="number" min={1} max={TIMER_MAX_MS / MINUTE_MS} step="any" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </label>
      <button type="button" onClick={() => void press()}>
        {label}
      </button>
      <button type="button" onClick={() => void run([{ type: 'timer.addMinute' }])}>
        {t('facilitation.addMinute')}
      </button>
      <button type="button" onClick={() => void run([{ type: 'timer.reset', durationMs }])}>
        {t('facilitation.reset')}
      </button>
    </fieldset>
  );
}
