/** The interface languages. Arabic mirrors the whole window (dir="rtl"). */
export const INTERFACE_LANGUAGES = [
  { key: 'en', name: 'English', dir: 'ltr' },
  { key: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number]['key'];
/** What the researcher chose in Preferences: a language, or whatever the system is set to. */
export type LanguagePreference = InterfaceLanguage | 'system';

/**
 * The language to show for a preference: "system" follows the first of the system's preferred languages that
 * we have (Arabic for any ar-*, English otherwise).
 */
export function resolveLanguage(
  preference: LanguagePreference,
  systemLanguages: readonly string[],
): InterfaceLanguage {
  if (preference !== 'system') return preference;
  for (const tag of systemLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ar') return 'ar';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

export function directionOf(language: InterfaceLanguage): 'ltr' | 'rtl' {
  return INTERFACE_LANGUAGES.find((entry) => entry.key === language)?.dir ?? 'ltr';
}

/** An i18next language tag as one of ours (English for anything else, as i18next falls back). */
export function interfaceLanguageOf(tag: string | undefined): InterfaceLanguage {
  return INTERFACE_LANGUAGES.find((entry) => entry.key === tag)?.key ?? 'en';
}
