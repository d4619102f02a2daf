import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Language } from '@mufakat/client';
import { catalogueOf, subscribeToCatalogues } from './catalogues';
import { getLanguage, subscribeToLanguage } from './language';
import { createTranslator, type Translate } from './translator';

/** react-i18next's hook in miniature: `t` changes identity with the language (and words loaded later) so memoised parts re-render. */
export function useTranslation(): { t: Translate; language: Language } {
  const language = useSyncExternalStore(subscribeToLanguage, getLanguage, getLanguage);
  const ownWords = useCallback(() => catalogueOf(language), [language]);
  const messages = useSyncExternalStore(subscribeToCatalogues, ownWords, ownWords);
  const fallback = useSyncExternalStore(subscribeToCatalogues, indonesian, indonesian);
  const t = useMemo(() => createTranslator(messages, fallback), [messages, fallback]);
  return { t, language };
}

const indonesian = () => catalogueOf('id');
