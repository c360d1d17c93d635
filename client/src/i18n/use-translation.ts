import { useMemo, useSyncExternalStore } from 'react';
import { i18n, t, type TFunction } from './translate';

/** The sentences in the current language; the component renders again when it changes or messages arrive. */
export function useTranslation(): { t: TFunction; i18n: typeof i18n } {
  const version = useSyncExternalStore(i18n.subscribe, i18n.version);
  // A new function at each change, so that effects and memos that use it run again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => ({ t: (key, options) => t(key, options), i18n }), [version]);
}
