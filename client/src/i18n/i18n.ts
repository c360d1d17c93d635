import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr } from './fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'coatelier.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' || saved === 'fr' ? saved : 'fr';
}

/** French (the default and the fallback) comes with the first download; English when it is chosen. */
async function loadMessages(lng: Language): Promise<void> {
  if (lng === 'fr' || i18next.hasResourceBundle(lng, 'translation')) return;
  i18next.addResourceBundle(lng, 'translation', (await import('./en')).en);
}

/** Switches language once its messages are there, so that no text shows as its key. */
export async function changeLanguage(lng: Language): Promise<void> {
  await loadMessages(lng);
  await i18next.changeLanguage(lng);
}

/** Resolves once the saved language can be shown: at once in French. */
export async function setupI18n() {
  await i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr } },
    lng: 'fr',
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
  });
  const saved = initialLanguage();
  // Offline with English saved: French, rather than no page at all.
  if (saved !== 'fr') await changeLanguage(saved).catch(() => undefined);
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    localStorage.setItem(STORAGE_KEY, lng);
  });
  return i18next;
}
