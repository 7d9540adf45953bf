import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './ar';
import { en } from './en';
import { directionOf, type InterfaceLanguage } from './language';
import { numbersInInterfaceLanguage } from './numberFormatter';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/**
 * One i18next instance for the window, with both catalogues bundled (no loading from anywhere: the app is
 * offline). Initialised synchronously so the first paint is already in the right language.
 */
export function createInterfaceI18n(language: InterfaceLanguage): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(numbersInInterfaceLanguage)
    .init({
      lng: language,
      fallbackLng: 'en',
      resources: { en: { translation: en }, ar: { translation: ar } },
      // React escapes what it renders; escaping here too would show "&amp;" in titles.
      interpolation: { escapeValue: false, alwaysFormat: true },
      initAsync: false,
      returnNull: false,
    });
  return instance;
}

/** The whole window follows the interface language: its lang (fonts, hyphenation, screen readers) and dir (mirroring). */
export function applyInterfaceLanguage(root: HTMLElement, language: InterfaceLanguage): void {
  root.lang = language;
  root.dir = directionOf(language);
}
