import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { timerRemainingMs, type TimerState } from '@shared/facilitation-state';
import { useAnnounce } from '../a11y/LiveRegion';

const format = (ms: number) => {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

/** A soft two-note chime, made here (no sound file to fetch); silent where audio is blocked. */
function chime(): void {
  try {
    const audio = new AudioContext();
    [660, 880].forEach((frequency, i) => {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      const start = audio.currentTime + i * 0.25;
      gain.gain.setValueAtTime(0.08, start);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.4);
      tone.connect(gain).connect(audio.destination);
      tone.start(start);
      tone.stop(start + 0.4);
    });
    setTimeout(() => void audio.close(), 1_000);
  } catch {
    // No audio: the visual signal remains.
  }
}

/**
 * The shared countdown, on the server's clock; a gentle signal when it reaches zero, heard
 * through the page's live region (a status region created with its text is often not read).
 * A timer already at zero when the page opens is shown, not signalled.
 */
export function Countdown({ timer, clockOffsetMs }: { timer: TimerState; clockOffsetMs: number }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const labelId = useId();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.endsAt === null) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [timer.endsAt]);
  const remaining = timerRemainingMs(timer, now + clockOffsetMs);
  const finished = timer.endsAt !== null && remaining === 0;
  const wasFinished = useRef(finished);
  useEffect(() => {
    if (finished && !wasFinished.current) {
      chime();
      announce(t('facilitation.timeUp'));
    }
    wasFinished.current = finished;
  }, [finished, announce, t]);
  // A timer role names the element; its time is not spoken at every tick (a timer is not live).
  return (
    <p className={`countdown${finished ? ' countdown--done' : ''}`} role="timer" aria-labelledby={labelId}>
      <span className="countdown-label" id={labelId}>
        {t('facilitation.timer')}
      </span>{' '}
      <span className="countdown-time">{format(remaining)}</span>
      {finished && <span> {t('facilitation.timeUp')}</span>}
    </p>
  );
}
