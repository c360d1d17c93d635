/** Turns a server refusal into a sentence in the interface's language, never the server's English. */
import type { TFunction } from './translate';
import type { ApiError } from '@shared/protocol';

export function refusalText(t: TFunction, error: ApiError['error']): string {
  if (error.reason) {
    const key = `refusals.reasons.${error.reason}`;
    const text = t(key);
    if (text !== key) return text;
  }
  return t(`refusals.codes.${error.code}`);
}
