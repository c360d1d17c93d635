/**
 * "10 h 45" in French, "10:45" in English: the hour and minutes of a moment in the reader's
 * time zone, with the day when it is not today (a board reopened the next morning).
 */
import type { TFunction } from '../i18n/translate';

export interface Moment {
  hours: string;
  minutes: string;
  /** The day, in the reader's language, when it is not the same day as `now`; else null. */
  day: string | null;
}

export function momentOf(at: number, now: number, language: string): Moment {
  const date = new Date(at);
  const today = new Date(now);
  const sameDay =
    date.getFullYear() === today.getFullYear() && date.getMonth() === today.getMonth() && date.getDate() === today.getDate();
  return {
    hours: String(date.getHours()),
    minutes: String(date.getMinutes()).padStart(2, '0'),
    day: sameDay ? null : new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long' }).format(date),
  };
}

/** The moment as a phrase: "10 h 45", or "27 novembre à 23 h 59". */
export function momentText(t: TFunction, at: number, now: number, language: string): string {
  const { hours, minutes, day } = momentOf(at, now, language);
  return day ? t('history.dayTime', { hours, minutes, day }) : t('history.time', { hours, minutes });
}
