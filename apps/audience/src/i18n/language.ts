import { LANGUAGES, type Language } from '@mufakat/client';

/** Shared with the staff console, which runs on the same origin. */
const STORAGE_KEY = 'mufakat.lang';
const listeners = new Set<() => void>();
let current: Language = 'id';

export function parseLanguage(value: string | null | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'id';
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Indonesian unless this device chose otherwise before. */
export function initLanguage(): Language {
  current = parseLanguage(storage()?.getItem(STORAGE_KEY));
  document.documentElement.lang = current;
  return current;
}

export const getLanguage = (): Language => current;

export function setLanguage(language: Language): void {
  current = language;
  document.documentElement.lang = language;
  try {
    storage()?.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing: the choice lasts for this page only.
  }
  for (const listener of listeners) listener();
}

export function subscribeToLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
