import type { Language } from '@mufakat/client';
import id from '../locales/id.json';
import type { Messages } from './translator';

/**
 * The words loaded so far, per language. Indonesian (the default) comes with the first load; English, and the
 * error reasons' words, are fetched the first time they are needed: a phone on mobile data downloads one language
 * and no wording of refusals it may never meet. English comes whole (its reasons with it), as it is rarely chosen.
 */
const catalogues: Record<Language, Messages> = { id, en: {} };
const listeners = new Set<() => void>();
const loads = new Map<string, Promise<void>>();

function add(language: Language, messages: Messages): void {
  // A new object, so memoised translators (and useSyncExternalStore) see the change.
  catalogues[language] = { ...catalogues[language], ...messages };
  for (const listener of listeners) listener();
}

/** One fetch per part; a failed one (offline) may be tried again. */
function once(part: string, load: () => Promise<void>): Promise<void> {
  let loading = loads.get(part);
  if (!loading) {
    loading = load().catch((error: unknown) => {
      loads.delete(part);
      throw error;
    });
    loads.set(part, loading);
  }
  return loading;
}

export const catalogueOf = (language: Language): Messages => catalogues[language];

export function subscribeToCatalogues(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language's words, fetched once (Indonesian is always there). */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'id') return Promise.resolve();
  return once(language, () =>
    Promise.all([import('../locales/en.json'), import('../locales/reasons.en.json')]).then(([core, reasons]) =>
      add('en', { ...(core.default as Messages), ...(reasons.default as Messages) }),
    ),
  );
}

/** The known error reasons' Indonesian words (English brings its own), for errorMessage. */
export function loadReasonWords(): Promise<void> {
  return once('reasons', () => import('../locales/reasons.id.json').then((reasons) => add('id', reasons.default as Messages)));
}
