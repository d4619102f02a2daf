import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initI18n } from '@mufakat/client';
import { resources } from './resources';

/**
 * Components read strings through react-i18next's `useTranslation`, which needs the shared i18next
 * instance bound to React before `init`. Binding it here keeps the console working whether or not the
 * shared initialiser binds it too (binding twice is harmless).
 */
export function setupI18n(): typeof i18next {
  i18next.use(initReactI18next);
  return initI18n(resources);
}
