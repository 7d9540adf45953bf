import { useEffect, useMemo, useState } from 'react';
import { applyInterfaceLanguage, createInterfaceI18n } from './i18n';
import { type LanguagePreference, resolveLanguage } from './language';

/**
 * The window's i18next instance, following the preference: created once in the language resolved at start
 * (so the first paint is right), switched in place when the preference changes, and mirrored onto <html>.
 */
export function useInterfaceLanguage(preference: LanguagePreference) {
  const language = resolveLanguage(preference, navigator.languages);
  // biome-ignore lint/correctness/useExhaustiveDependencies: one instance per window; later changes switch it.
  const i18n = useMemo(() => createInterfaceI18n(language), []);
  // What the window's own render read its strings in: App calls i18n.t directly (it is above the provider), so
  // after a switch it renders once more to read them in the new language.
  const [, setRenderedIn] = useState(language);
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    applyInterfaceLanguage(document.documentElement, language);
    setRenderedIn(language);
  }, [i18n, language]);
  return { i18n, language };
}
