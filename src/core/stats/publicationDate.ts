/**
 * A document's publication date read from `publishedAt`, which holds the date as the source gave it: an ISO 8601
 * date or timestamp most of the time, sometimes "12/03/2017", "April 5, 2017" or "5 آذار 2017". Statistics
 * group documents by month and the library sorts by date, so this reads what can be read with certainty and
 * says null for the rest (never a guess):
 * - year first ("2017-03-12", "2017/3/12", "2017-03", "2017", "2017-03-12T08:00:00Z"): the date as written,
 *   time and zone ignored (the month the source printed, not the month in UTC);
 * - year last ("12/03/2017"): only when the day and month order is certain (see intake/csvDates);
 * - a month written as a word, in English (full or abbreviated) or Arabic (Egyptian/Gulf names يناير… and
 *   Levantine/Iraqi names كانون الثاني…), with a four-digit year and optionally a day: "April 5, 2017",
 *   "5 Apr 2017", "الأحد 5 آذار 2017".
 * Arabic-Indic digits count as digits.
 */
import { normalizeForMatch } from '../events/matchFold';
import { isoDate } from '../intake/csvDates';

export interface PublicationDate {
  year: number;
  /** 1–12, or null when only the year is known. */
  month: number | null;
  /** 1–31, or null when not given. */
  day: number | null;
}

const YEAR_FIRST = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[Tt\s].*)?$/;

/** Month names as normalizeForMatch folds them (hamza seats dropped, ta marbuta → ha, lower case). */
const MONTH_NAMES: ReadonlyArray<readonly [string, number]> = [
  ...[
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].flatMap(
    (name, index): Array<[string, number]> => [
      [name, index + 1],
      [name.slice(0, 3), index + 1],
    ],
  ),
  ['sept', 9],
  ...[
    'يناير',
    'فبراير',
    'مارس',
    'ابريل',
    'مايو',
    'يونيو',
    'يوليو',
    'اغسطس',
    'سبتمبر',
    'اكتوبر',
    'نوفمبر',
    'ديسمبر',
  ].map((name, index): [string, number] => [name, index + 1]),
  ['يونيه', 6],
  ['يوليه', 7],
  ...[
    'كانون الثاني',
    'شباط',
    'اذار',
    'نيسان',
    'ايار',
    'حزيران',
    'تموز',
    'اب',
    'ايلول',
    'تشرين الاول',
    'تشرين الثاني',
    'كانون الاول',
  ].map((name, index): [string, number] => [name, index + 1]),
];
const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(MONTH_NAMES);

export function readPublicationDate(publishedAt: string | undefined | null): PublicationDate | null {
  if (!publishedAt) return null;
  // Most dates are ISO already: read them as written, without the fold's cost (10,000 documents sorted by date).
  const raw = publishedAt.trim();
  const folded = YEAR_FIRST.test(raw) ? raw : normalizeForMatch(raw).trim();
  const yearFirst = YEAR_FIRST.exec(folded);
  if (yearFirst) {
    const [, year, month, day] = yearFirst;
    if (month === undefined) return { year: Number(year), month: null, day: null };
    if (day === undefined) {
      const monthNumber = Number(month);
      return monthNumber >= 1 && monthNumber <= 12
        ? { year: Number(year), month: monthNumber, day: null }
        : null;
    }
    return fromIso(isoDate(`${year}-${month}-${day}`, null));
  }
  const certain = isoDate(folded, null);
  if (certain !== null) return fromIso(certain);
  return withMonthName(folded);
}

/** "YYYY-MM" of a publication date, or null when the month is not known. */
export function publicationMonth(publishedAt: string | undefined | null): string | null {
  const date = readPublicationDate(publishedAt);
  if (!date || date.month === null) return null;
  return `${pad(date.year, 4)}-${pad(date.month, 2)}`;
}

/**
 * A key that sorts publication dates in time order as plain strings ("YYYY-MM-DD", unknown parts as 00, so
 * "2017" sorts before "2017-01-05"), or null when the date cannot be read.
 */
export function publicationSortKey(publishedAt: string | undefined | null): string | null {
  const date = readPublicationDate(publishedAt);
  if (!date) return null;
  return `${pad(date.year, 4)}-${pad(date.month ?? 0, 2)}-${pad(date.day ?? 0, 2)}`;
}

function fromIso(iso: string | null): PublicationDate | null {
  if (iso === null) return null;
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year as number, month: month as number, day: day as number };
}

function withMonthName(folded: string): PublicationDate | null {
  // A time of day and its zone ("10:30:00 +0000", "5:30 pm") are no part of the date: their numbers would
  // read as a day or a year.
  const withoutTime = folded.replace(
    /\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*(?:am|pm|[+-]\d{2}:?\d{2}|gmt|utc|z)\b)?/g,
    ' ',
  );
  const tokens = withoutTime.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let month: number | null = null;
  let year: number | null = null;
  let day: number | null = null;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as string;
    const twoWords = MONTH_BY_NAME.get(`${token} ${tokens[index + 1] ?? ''}`);
    const named = twoWords ?? MONTH_BY_NAME.get(token);
    if (named !== undefined) {
      if (month !== null && month !== named) return null;
      month = named;
      if (twoWords !== undefined) index++;
    } else if (/^\d{4}$/.test(token)) {
      if (year !== null) return null;
      year = Number(token);
    } else if (/^\d{1,2}$/.test(token)) {
      if (day !== null) return null;
      day = Number(token);
    }
  }
  if (month === null || year === null) return null;
  if (day === null) return { year, month, day: null };
  return fromIso(isoDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, null));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
