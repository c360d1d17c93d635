/** Each page's own title (RGAA 8.6): what it is first, then where it sits, then the app. */
import { useEffect } from 'react';
import { useTranslation } from '../i18n/use-translation';

/** Sets `document.title` to the parts followed by the app's name; null leaves it to the page below. */
export function useDocumentTitle(parts: readonly (string | null | undefined)[] | null): void {
  const { t } = useTranslation();
  const title = parts && [...parts.filter(Boolean), t('app.name')].join(' — ');
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
