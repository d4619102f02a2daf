import { storeLanguage, storedLanguage, type Language } from '@mufakat/client';

const listeners = new Set<() => void>();
let current: Language = 'id';

/** Indonesian unless this device chose otherwise before. */
export function initLanguage(): Language {
  current = storedLanguage();
  document.documentElement.lang = current;
  return current;
}

export const getLanguage = (): Language => current;

export function setLanguage(language: Language): void {
  current = language;
  document.documentElement.lang = language;
  storeLanguage(language);
  for (const listener of listeners) listener();
}

export function subscribeToLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
