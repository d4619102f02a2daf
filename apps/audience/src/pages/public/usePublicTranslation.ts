import { useMemo } from 'react';
import en from '../../locales/public.en.json';
import id from '../../locales/public.id.json';
import { useTranslation } from '../../i18n/useTranslation';
import { createTranslator } from '../../i18n/translator';

const catalogues = { id, en };

/** The public pages' own strings, loaded with them rather than with every attendee's first page. */
export function usePublicTranslation() {
  const { language } = useTranslation();
  const t = useMemo(() => createTranslator(catalogues[language], catalogues.id), [language]);
  /** In the document's zone when known (the forum's local time, as the Berita Acara prints it). */
  const formatDate = useMemo(
    () => (iso: string, timeZone?: string) =>
      new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso)),
    [language],
  );
  return { t, language, formatDate };
}
