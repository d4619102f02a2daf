import en from '../locales/en.json';
import id from '../locales/id.json';

/** Indonesian first: it is the default and the fallback. */
export const resources = {
  id: { translation: id },
  en: { translation: en },
} as const;
