import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timerRemainingMs, type TimerState } from '@shared/facilitation-state';

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

/** The shared countdown, on the server's clock; a gentle signal when it reaches zero. */
export function Countdown({ timer, clockOffsetMs }: { timer: TimerState; clockOffsetMs: number }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.endsAt === null) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [timer.endsAt]);
  const remaining = timerRemainingMs(timer, now + clockOffsetMs);
  const finished = timer.endsAt !== null && remaining === 0;
  useEffect(() => {
    if (finished) chime();
  }, [finished]);
  return (
    <p className={`countdown${finished ? ' countdown--done' : ''}`} aria-label={t('facilitation.timer')}>
      <span className="countdown-label">{t('facilitation.timer')}</span>{' '}
      <span className="countdown-time">{format(remaining)}</span>
      {finished && <span role="status"> {t('facilitation.timeUp')}</span>}
    </p>
  );
}
