import { useCallback, useState } from 'react';
import type { LanguagePreference } from '../i18n/language';
import { DEFAULT_ARTICLE_FONT_SIZE, validArticleFontSize } from './articleFontSize';

/** What the researcher sets once: kept in this browser profile (Electron: the app's own profile). */
export interface Preferences {
  /** Recorded on every annotation they make, so datasets from several coders can be compared. */
  annotator: string;
  /** The interface language; "system" follows the system's preferred languages. */
  language: LanguagePreference;
  /** The article's font size, percent of the default (articleFontSize.ts). */
  articleFontSize: number;
}

const KEY = 'spanlight.preferences';
const DEFAULTS: Preferences = {
  annotator: '',
  language: 'system',
  articleFontSize: DEFAULT_ARTICLE_FONT_SIZE,
};

export function loadPreferences(): Preferences {
  try {
    const stored = {
      ...DEFAULTS,
      ...(JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Preferences>),
    };
    return { ...stored, articleFontSize: validArticleFontSize(stored.articleFontSize) };
  } catch {
    return DEFAULTS;
  }
}

export function usePreferences(): [Preferences, (next: Preferences) => void] {
  const [preferences, setPreferences] = useState(loadPreferences);
  const save = useCallback((next: Preferences) => {
    setPreferences(next);
    try {
      localStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Unsaved preferences still apply for this session.
    }
  }, []);
  return [preferences, save];
}
