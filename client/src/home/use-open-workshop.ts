import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { preloadPage } from '../app/pages';
import { navigate } from '../app/router';
import { apiErrorText } from './api-error-text';

/**
 * A home action that ends on a workshop's page (create, join, demo): busy while the request runs,
 * the workshop page's code fetched meanwhile, a sentence when it fails. `explain` may word
 * a refusal its own way, and leaves the others to the server's translated refusals.
 */
export function useOpenWorkshop(explain: (err: unknown) => string | null = () => null) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /**
   * `request` resolves, once its session is saved, with the addresses to go through: the last
   * one opens (a workshop, or the board being run), those before it are where "back" leads.
   */
  const open = async (request: () => Promise<[...string[], string]>) => {
    setBusy(true);
    setError(null);
    preloadPage('workshop');
    try {
      const addresses = await request();
      for (const passed of addresses.slice(0, -1)) window.history.pushState(null, '', passed);
      navigate(addresses.at(-1)!);
    } catch (err) {
      setError(explain(err) ?? apiErrorText(t, i18n, err));
      setBusy(false);
    }
  };
  return { busy, error, open };
}
