/**
 * What people write (cards, comments, board, column and group titles) is in the workshop's
 * language. Workshops have no language setting and are held in French, so that content says
 * `lang="fr"` wherever the interface around it is in another language (RGAA 8.7).
 */
import { useTranslation } from './use-translation';

export const CONTENT_LANG = 'fr';

/** `lang` to set on written content, or undefined when the interface already speaks it. */
export function useContentLang(): string | undefined {
  const { i18n } = useTranslation();
  return i18n.language.startsWith(CONTENT_LANG) ? undefined : CONTENT_LANG;
}
