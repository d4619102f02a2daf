import { useMemo } from 'react';
import en from '../locales/reader.en.json';
import id from '../locales/reader.id.json';
import { createTranslator } from '../i18n/translator';
import { useTranslation } from '../i18n/useTranslation';

const catalogues = { id, en };

/** The document reader's own strings, loaded with its lazy chunk rather than with every attendee's first page. */
export function useReaderTranslation() {
  const { language } = useTranslation();
  return useMemo(() => createTranslator(catalogues[language], catalogues.id), [language]);
}
