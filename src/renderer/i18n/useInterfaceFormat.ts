import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDecimal, formatPercent, formatStoredDate, formatTimestamp } from './format';
import { interfaceLanguageOf } from './language';

/** format.ts bound to the interface language of the surrounding <I18nextProvider>, for components. */
export function useInterfaceFormat() {
  const { i18n } = useTranslation();
  const language = interfaceLanguageOf(i18n.language);
  return useMemo(
    () => ({
      language,
      count: (value: number) => formatCount(value, language),
      percent: (fraction: number) => formatPercent(fraction, language),
      storedDate: (value: string) => formatStoredDate(value, language),
      timestamp: (milliseconds: number, timeStyle?: 'short' | 'medium') =>
        formatTimestamp(milliseconds, language, timeStyle),
      decimal: (value: number, digits: number) => formatDecimal(value, digits, language),
    }),
    [language],
  );
}
