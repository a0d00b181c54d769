import { useI18n } from '../i18n/i18n-context.js';
import { LANGUAGE_NAMES, UI_LANGUAGES } from '../i18n/languages.js';

/** Buttons, one per language, each named in its own language; the current one is pressed. */
export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-switcher" role="group" aria-label={t.language.label}>
      {UI_LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === language}
          onClick={() => setLanguage(code)}
        >
          {LANGUAGE_NAMES[code]}
        </button>
      ))}
    </div>
  );
}
