/**
 * The interface's sentences: a message store (French first and the fallback, English on
 * demand) with `{{name}}` interpolation and plurals (`key_zero` for 0, then `key_one` /
 * `key_other` as Intl.PluralRules says for the language). That is all of i18next this app
 * used, without its weight in every browser.
 */
export type TOptions = Record<string, unknown> & { count?: number };
export type TFunction = (key: string, options?: TOptions) => string;

type Messages = { [key: string]: string | Messages };

const FALLBACK = 'fr';
const resources = new Map<string, Messages>();
const pluralRules = new Map<string, Intl.PluralRules>();
const listeners = new Set<() => void>();
const languageListeners = new Set<(language: string) => void>();
let language = FALLBACK;
/** Bumped whenever what `t` answers may change: a language switch or messages arriving. */
let version = 0;

function lookup(messages: Messages | undefined, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function pluralOf(lng: string, count: number): string {
  let rules = pluralRules.get(lng);
  if (!rules) pluralRules.set(lng, (rules = new Intl.PluralRules(lng)));
  return rules.select(count);
}

function resolve(lng: string, key: string, count: unknown): string | undefined {
  const messages = resources.get(lng);
  if (typeof count === 'number') {
    for (const suffix of [...(count === 0 ? ['zero'] : []), pluralOf(lng, count), 'other']) {
      const text = lookup(messages, `${key}_${suffix}`);
      if (text !== undefined) return text;
    }
  }
  return lookup(messages, key);
}

const interpolate = (text: string, options: TOptions | undefined) =>
  options ? text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(options, name) ? String(options[name]) : whole)) : text;

/** The sentence for `key` in the current language, else in French, else the key itself. */
export const t: TFunction = (key, options) => {
  const text = resolve(language, key, options?.count) ?? (language === FALLBACK ? undefined : resolve(FALLBACK, key, options?.count));
  return text === undefined ? key : interpolate(text, options);
};

function merge(target: Messages, source: Messages): Messages {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    target[key] = typeof value === 'object' && current !== undefined && typeof current === 'object' ? merge(current, value) : value;
  }
  return target;
}

function changed(): void {
  version++;
  listeners.forEach((listener) => listener());
}

export const i18n = {
  get language(): string {
    return language;
  },
  exists(key: string): boolean {
    return resolve(language, key, undefined) !== undefined || resolve(FALLBACK, key, undefined) !== undefined;
  },
  hasMessages(lng: string): boolean {
    return resources.has(lng);
  },
  /** Adds (deep-merges) a language's messages: a page's part arriving after the core. */
  addMessages(lng: string, messages: object): void {
    resources.set(lng, merge(resources.get(lng) ?? {}, messages as Messages));
    changed();
  },
  changeLanguage(lng: string): void {
    if (lng === language) return;
    language = lng;
    changed();
    languageListeners.forEach((listener) => listener(lng));
  },
  onLanguageChanged(listener: (language: string) => void): () => void {
    languageListeners.add(listener);
    return () => languageListeners.delete(listener);
  },
  /** For React: what a component reads, and when to read it again. */
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  version(): number {
    return version;
  },
};
