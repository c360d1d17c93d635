/** What a person reads when a request fails: the server's refusal in their language, or the network's. */
import type { TFunction } from '../i18n/translate';
import { ERROR_CODES, type ErrorCode } from '@shared/protocol-constants';
import { refusalText } from '../i18n/refusal-text';
import { ApiRequestError } from './api-client';

const isErrorCode = (code: string): code is ErrorCode => (ERROR_CODES as readonly string[]).includes(code);

export function failureText(t: TFunction, err: unknown): string {
  if (!(err instanceof ApiRequestError)) return t('errors.generic');
  if (err.code === 'network') return t('errors.network');
  return isErrorCode(err.code) ? refusalText(t, { code: err.code, message: err.message, reason: err.reason }) : t('errors.generic');
}
