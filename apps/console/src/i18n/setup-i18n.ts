import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initI18n, setLanguage, storedLanguage, type Language } from '@mufakat/client';
import id from '../locales/id.json';

/**
 * Indonesian (the default and the fallback) comes with the first load; English is fetched when it is the
 * device's language or chosen, so the projector on a venue's Wi-Fi downloads one language, not two.
 */
function loadResources(language: Language): Promise<Record<string, unknown>> {
  return language === 'en' ? import('../locales/en.json').then((module) => module.default) : Promise.resolve(id);
}

async function ensureLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await loadResources(language));
}

/**
 * Components read strings through react-i18next's `useTranslation`, which needs the shared i18next
 * instance bound to React before `init`. Binding it here keeps the console working whether or not the
 * shared initialiser binds it too (binding twice is harmless). Resolves once the device's language is loaded
 * (offline, its strings fall back to Indonesian).
 */
export async function setupI18n(): Promise<typeof i18next> {
  i18next.use(initReactI18next);
  const language = storedLanguage();
  const own = await loadResources(language).catch(() => null);
  return initI18n({ id: { translation: id }, ...(own && language !== 'id' ? { [language]: { translation: own } } : {}) });
}

/** Switches once the language's strings are there; stays put when they cannot be fetched. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    await ensureLanguage(language);
  } catch {
    return;
  }
  setLanguage(language);
}
