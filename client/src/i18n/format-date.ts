/**
 * A workshop's day (`YYYY-MM-DD`) in the reader's language. The server refuses impossible days;
 * one stored before that check is shown as typed rather than crashing the page.
 */
export function formatDay(isoDay: string, language: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  // Noon UTC: the same calendar day in every time zone of France and its overseas territories.
  const date = new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN, 12));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
  return exists ? new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(date) : isoDay;
}
