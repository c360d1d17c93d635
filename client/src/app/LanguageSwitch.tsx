import { useTranslation } from '../i18n/use-translation';
import { LANGUAGES, changeLanguage, type Language } from '../i18n/i18n';

const NAMES = { fr: 'Français', en: 'English' } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span className="visually-hidden">{t('app.language')}</span>
      {/* A language whose messages cannot be fetched (offline) leaves the page as it is. */}
      <select value={i18n.language} onChange={(e) => void changeLanguage(e.target.value as Language).catch(() => undefined)}>
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {NAMES[lng]}
          </option>
        ))}
      </select>
    </label>
  );
}
