/** A number typed in a field, kept within the server's bounds; what cannot be read gives the fallback. */
export function boundedNumber(text: string, min: number, max: number, fallback: number): number {
  const value = Number(text.replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}
