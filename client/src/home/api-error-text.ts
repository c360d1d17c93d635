import type { ErrorCode } from '@shared/protocol';
import { ApiRequestError } from '../api/api-client';
import { refusalText } from '../i18n/refusal-text';
import type { i18n as I18n, TFunction } from '../i18n/translate';

/** A failed request in words: a refusal the interface has words for (too many attempts, archived…), else a general sentence. */
export function apiErrorText(t: TFunction, i18n: typeof I18n, err: unknown): string {
  if (!(err instanceof ApiRequestError)) return t('errors.generic');
  if (err.code === 'network') return t('errors.network');
  const { code, message, reason } = err;
  return i18n.exists(`refusals.codes.${code}`) ? refusalText(t, { code: code as ErrorCode, message, reason }) : t('errors.generic');
}
