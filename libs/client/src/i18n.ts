import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { storeLanguage, storedLanguage, type Language } from './language';

/** Indonesian by default; the choice is remembered on the device. */
export function initI18n(resources: Resource): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
  storeLanguage(language);
}
