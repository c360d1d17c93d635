import { fr } from './fr';
import { i18n } from './translate';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'coatelier.language';

/**
 * Messages come in two parts: `core` for the home and join pages (French comes with the first
 * download) and `pages` for every other page, fetched with that page's code, so that a
 * participant's first screen does not download the board's and the organiser's sentences.
 */
type Part = 'core' | 'pages';
const loaders: Record<Language, Record<Part, () => Promise<object>>> = {
  fr: { core: () => Promise.resolve(fr), pages: () => import('./fr-pages').then((m) => m.frPages) },
  en: { core: () => import('./en').then((m) => m.en), pages: () => import('./en-pages').then((m) => m.enPages) },
};
const loaded = new Map<string, Promise<void>>();
let pagesWanted = false;

function ensure(lng: Language, part: Part): Promise<void> {
  const key = `${lng}:${part}`;
  let loading = loaded.get(key);
  if (!loading) {
    loading = loaders[lng][part]().then((messages) => i18n.addMessages(lng, messages));
    // A failed download (network cut) is tried again next time, not remembered.
    loading.catch(() => loaded.delete(key));
    loaded.set(key, loading);
  }
  return loading;
}

function current(): Language {
  return i18n.language === 'en' ? 'en' : 'fr';
}

async function loadMessages(lng: Language): Promise<void> {
  await Promise.all([ensure(lng, 'core'), ...(pagesWanted ? [ensure(lng, 'pages')] : [])]);
}

/** The messages of the pages beyond home and join, in the current language; pages await it with their code. */
export function loadPageMessages(): Promise<void> {
  pagesWanted = true;
  return loadMessages(current());
}

/** Switches language once its messages are there, so that no text shows as its key. */
export async function changeLanguage(lng: Language): Promise<void> {
  await loadMessages(lng);
  i18n.changeLanguage(lng);
}

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' || saved === 'fr' ? saved : 'fr';
}

/** Resolves once the saved language can be shown: at once in French. */
export async function setupI18n(): Promise<void> {
  i18n.addMessages('fr', fr);
  loaded.set('fr:core', Promise.resolve());
  const saved = initialLanguage();
  // Offline with English saved: French, rather than no page at all.
  if (saved !== 'fr') await changeLanguage(saved).catch(() => undefined);
  document.documentElement.lang = i18n.language;
  i18n.onLanguageChanged((lng) => {
    document.documentElement.lang = lng;
    localStorage.setItem(STORAGE_KEY, lng);
  });
}
