import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LocalizedText } from '../../../src/platform/localized-text.js';
import { formatPartialDate, formatPeriod } from './format.js';
import type { Messages } from './kk.js';
import { loadLanguage, MESSAGES, pickText, saveLanguage, type UiLanguage } from './languages.js';

export interface I18n {
  language: UiLanguage;
  setLanguage(language: UiLanguage): void;
  /** The dictionary of the current language. */
  t: Messages;
  /** A name or title of the record in the current language. */
  text(value: LocalizedText): string;
  date(value: string | null): string;
  period(from: string | null, to: string | null): string;
  /** Sorts names as the current language does. */
  compare(a: string, b: string): number;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<UiLanguage>(loadLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18n>(() => {
    const t = MESSAGES[language];
    const collator = new Intl.Collator(language);
    return {
      language,
      setLanguage(next) {
        saveLanguage(next);
        setLanguageState(next);
      },
      t,
      text: (v) => pickText(v, language),
      date: (v) => formatPartialDate(v, t),
      period: (from, to) => formatPeriod(from, to, t),
      compare: (a, b) => collator.compare(a, b),
    };
  }, [language]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const value = use(I18nContext);
  if (value === null) throw new Error('useI18n outside I18nProvider');
  return value;
}
