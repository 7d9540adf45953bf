import type { InterfaceLanguage } from './language';

/**
 * Numbers and dates for the interface language. Arabic uses the Syrian convention (ar-SY): Arabic-Indic
 * digits and the Arabic decimal/thousands separators. Only what the interface shows goes through here: the
 * article text and exported numbers are never reformatted.
 */
const LOCALE: Record<InterfaceLanguage, string> = { en: 'en-GB', ar: 'ar-SY' };

/** The BCP 47 locale the interface language formats with (for Intl formats not covered here). */
export function localeOf(language: InterfaceLanguage): string {
  return LOCALE[language];
}

/**
 * One formatter per language and kind: building an Intl.NumberFormat costs far more than using one, and counts
 * are formatted for every visible row and every interface string with a number, on each render.
 */
const countFormats = new Map<InterfaceLanguage, Intl.NumberFormat>();
const percentFormats = new Map<InterfaceLanguage, Intl.NumberFormat>();
function cached(
  formats: Map<InterfaceLanguage, Intl.NumberFormat>,
  language: InterfaceLanguage,
  options?: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[language], options);
    formats.set(language, format);
  }
  return format;
}

export function formatCount(value: number, language: InterfaceLanguage): string {
  return cached(countFormats, language).format(value);
}

export function formatPercent(fraction: number, language: InterfaceLanguage): string {
  return cached(percentFormats, language, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** A calendar date (yyyy-mm-dd, yyyy-mm or yyyy as stored) for display; anything else is shown as written. */
export function formatStoredDate(value: string, language: InterfaceLanguage): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALE[language], options).format(date);
}

/** A moment, in local time; with seconds ("medium") where two can fall in the same minute (backups). */
export function formatTimestamp(
  milliseconds: number,
  language: InterfaceLanguage,
  timeStyle: 'short' | 'medium' = 'short',
): string {
  return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'medium', timeStyle }).format(
    new Date(milliseconds),
  );
}

/** A measure with a fixed number of decimals (agreement scores: "0.815", "٠٫٨١٥"). */
export function formatDecimal(value: number, digits: number, language: InterfaceLanguage): string {
  return new Intl.NumberFormat(LOCALE[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(value);
}
