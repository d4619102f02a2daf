import { useMemo } from 'react';
import en from '../../../locales/follow-up.en.json';
import id from '../../../locales/follow-up.id.json';
import { useTranslation } from '../../../i18n/useTranslation';
import { createTranslator } from '../../../i18n/translator';

const catalogues = { id, en };

/**
 * The follow-up pages' own strings, fetched with their chunk rather than with every attendee's first page; `tApp`
 * is the app's catalogue, for what it already words (the survey's elements).
 */
export function useFollowUpTranslation() {
  const { t: tApp, language } = useTranslation();
  const t = useMemo(() => createTranslator(catalogues[language], catalogues.id), [language]);
  return { t, tApp, language };
}
