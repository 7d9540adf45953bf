import { useCallback, useState } from 'react';
import { FORMATS, type FormatId } from '../../core/formats';
import type { LanguagePreference } from '../i18n/language';
import { DEFAULT_ARTICLE_FONT_SIZE, validArticleFontSize } from './articleFontSize';
import { isThemePreference, type ThemePreference } from './theme';

/** What the researcher sets once: kept in this browser profile (Electron: the app's own profile). */
export interface Preferences {
  /** Recorded on every annotation they make, so datasets from several coders can be compared. */
  annotator: string;
  /** The interface language; "system" follows the system's preferred languages. */
  language: LanguagePreference;
  /** The article's font size, percent of the default (articleFontSize.ts). */
  articleFontSize: number;
  /** Light, dark, or as the system says (theme.ts). */
  theme: ThemePreference;
  /** The format Export… offers first. */
  exportFormat: FormatId;
}

const KEY = 'spanlight.preferences';
const DEFAULTS: Preferences = {
  annotator: '',
  language: 'system',
  articleFontSize: DEFAULT_ARTICLE_FONT_SIZE,
  theme: 'system',
  exportFormat: 'spanlight-json',
};

export function loadPreferences(): Preferences {
  try {
    const stored = {
      ...DEFAULTS,
      ...(JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Preferences>),
    };
    return {
      ...stored,
      articleFontSize: validArticleFontSize(stored.articleFontSize),
      // A value written by another version, or edited by hand, falls back to the default.
      theme: isThemePreference(stored.theme) ? stored.theme : DEFAULTS.theme,
      exportFormat: FORMATS.some((format) => format.id === stored.exportFormat)
        ? stored.exportFormat
        : DEFAULTS.exportFormat,
    };
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
