import { storeLanguage, storedLanguage, type Language } from '@mufakat/client';
import { loadLanguage } from './catalogues';

const listeners = new Set<() => void>();
let current: Language = 'id';

function apply(language: Language): void {
  current = language;
  document.documentElement.lang = language;
  for (const listener of listeners) listener();
}

/**
 * Indonesian unless this device chose otherwise before; resolves once that language's words are loaded (at once
 * for Indonesian), so an English reader never sees a flash of Indonesian. Offline, Indonesian it is.
 */
export async function initLanguage(): Promise<Language> {
  const stored = storedLanguage();
  try {
    await loadLanguage(stored);
    apply(stored);
  } catch {
    apply('id');
  }
  return current;
}

export const getLanguage = (): Language => current;

/** Switches once the language's words are there; false (and no switch) when they cannot be fetched. */
export async function setLanguage(language: Language): Promise<boolean> {
  try {
    await loadLanguage(language);
  } catch {
    return false;
  }
  apply(language);
  storeLanguage(language);
  return true;
}

export function subscribeToLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
