import { useEffect } from 'react';

/** The colour theme: the system's (light or dark as it says, following changes), or one chosen in Preferences. */
export type ThemePreference = 'system' | 'light' | 'dark';

export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];

export function isThemePreference(value: unknown): value is ThemePreference {
  return THEME_PREFERENCES.includes(value as ThemePreference);
}

/**
 * Applies a theme to the window. styles.css gives every colour as light-dark(light, dark), resolved by the root's
 * color-scheme: "light dark" follows the system; data-theme="light" or "dark" pins it. Form controls and
 * scrollbars follow the same color-scheme, so nothing keeps the system's look against the chosen one.
 */
export function applyTheme(root: HTMLElement, theme: ThemePreference): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Keeps the window's theme in step with the preference. */
export function useTheme(theme: ThemePreference): void {
  useEffect(() => applyTheme(document.documentElement, theme), [theme]);
}
