import type { FormatterModule } from 'i18next';
import { formatCount } from './format';
import { interfaceLanguageOf } from './language';

/**
 * Every number put into an interface string ("{{count}} documents") is written for the interface language,
 * through format.ts like the rest of the interface: Arabic-Indic digits in Arabic. Strings and named formats are
 * left alone (titles, file names and stored dates are shown as they are). Needs `interpolation.alwaysFormat`.
 */
export const numbersInInterfaceLanguage: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format(value, format, lng) {
    if (format || typeof value !== 'number') return value;
    return formatCount(value, interfaceLanguageOf(lng));
  },
};
