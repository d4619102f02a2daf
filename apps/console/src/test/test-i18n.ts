import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../i18n/resources';

/** The app's own resources, bound to React, without touching the DOM or localStorage. */
export async function initTestI18n(language: 'id' | 'en' = 'id'): Promise<void> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'id',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }
  await i18next.changeLanguage(language);
}
