import type { LocalizedText } from '../../../src/platform/localized-text.js';
import { en } from './en.js';
import type { Messages } from './kk.js';
import { kk } from './kk.js';
import { latinMessages, toLatin } from './latin.js';
import { ru } from './ru.js';

/** The languages of the interface; the record itself is written in kk, ru and en. */
export const UI_LANGUAGES = ['kk', 'kk-Latn', 'ru', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: UiLanguage = 'kk';

/** Each language is named in itself, so a reader finds their own whatever the current one. */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  kk: 'Қазақша',
  'kk-Latn': 'Qazaqşa',
  ru: 'Русский',
  en: 'English',
};

export const MESSAGES: Readonly<Record<UiLanguage, Messages>> = {
  kk,
  'kk-Latn': latinMessages(kk),
  ru,
  en,
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The record's text for a UI language; Latin Kazakh is transliterated from the Cyrillic. */
export function pickText(text: LocalizedText, language: UiLanguage): string {
  return language === 'kk-Latn' ? toLatin(text.kk) : text[language];
}

const STORAGE_KEY = 'senim.language';

export function loadLanguage(): UiLanguage {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isUiLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE; // storage can be disabled; the default is fine then
  }
}

export function saveLanguage(language: UiLanguage): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered across visits, which is acceptable
  }
}
