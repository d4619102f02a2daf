import { useMemo, useSyncExternalStore } from 'react';
import type { Language } from '@mufakat/client';
import en from '../locales/en.json';
import id from '../locales/id.json';
import { getLanguage, subscribeToLanguage } from './language';
import { createTranslator, type Translate } from './translator';

const catalogues = { id, en };

/** react-i18next's hook in miniature: `t` changes identity with the language so memoised parts re-render. */
export function useTranslation(): { t: Translate; language: Language } {
  const language = useSyncExternalStore(subscribeToLanguage, getLanguage, getLanguage);
  const t = useMemo(() => createTranslator(catalogues[language], catalogues.id), [language]);
  return { t, language };
}
