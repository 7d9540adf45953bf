import { useCallback, useState } from 'react';

/** What the researcher sets once: kept in this browser profile (Electron: the app's own profile). */
export interface Preferences {
  /** Recorded on every annotation they make, so datasets from several coders can be compared. */
  annotator: string;
}

const KEY = 'spanlight.preferences';
const DEFAULTS: Preferences = { annotator: '' };

export function loadPreferences(): Preferences {
  try {
    return { ...DEFAULTS, ...(JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Preferences>) };
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
