import { browserStorage } from './browser-storage';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One key for both apps: they run on the same origin, so a choice made on one holds on the other. */
export const LANGUAGE_STORAGE_KEY = 'mufakat.lang';

/** Indonesian unless the value names another supported language. */
export function parseLanguage(value: string | null | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'id';
}

/** The language this device chose before, else Indonesian. */
export function storedLanguage(): Language {
  try {
    return parseLanguage(browserStorage()?.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return 'id';
  }
}

export function storeLanguage(language: Language): void {
  try {
    browserStorage()?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private browsing: the choice lasts for this page only.
  }
}
