import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { ErrorCode } from '@shared/protocol';
import { ApiRequestError } from '../api/api-client';
import { preloadPage } from '../app/pages';
import { navigate, paths } from '../app/router';
import { refusalText } from '../i18n/refusal-text';

/**
 * A home action that ends on a workshop page (create, join, demo): busy while the request runs,
 * the workshop page's code fetched meanwhile, a sentence when it fails. `explain` may word
 * a refusal its own way, and leaves the others to the server's translated refusals.
 */
export function useOpenWorkshop(explain: (err: unknown) => string | null = () => null) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // A refusal the interface has words for (too many attempts, archived…), else a general sentence.
  const common = (err: unknown): string => {
    if (!(err instanceof ApiRequestError)) return t('errors.generic');
    if (err.code === 'network') return t('errors.network');
    const { code, message, reason } = err;
    return i18n.exists(`refusals.codes.${code}`) ? refusalText(t, { code: code as ErrorCode, message, reason }) : t('errors.generic');
  };

  /** `request` resolves with the workshop to open, once its session is saved. */
  const open = async (request: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    preloadPage('workshop');
    try {
      navigate(paths.workshop(await request()));
    } catch (err) {
      setError(explain(err) ?? common(err));
      setBusy(false);
    }
  };
  return { busy, error, open };
}
