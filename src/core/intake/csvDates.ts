/**
 * Publication dates from a CSV column, turned into ISO 8601 dates (YYYY-MM-DD) only where that is certain, and
 * otherwise kept exactly as written:
 * - "2017-03-12", "2017/3/12", "2017.03.12" (year first): always year-month-day → "2017-03-12".
 * - "12/03/2017", "3-12-2017", "12.03.2017" (year last): day-month or month-day? Certain when one number is
 *   above 12 ("4/16/2017" is April 16), or when both are equal ("5/5/2017"). Otherwise the column decides: if
 *   some of its dates can only be month-first and none can only be day-first (FA-KES writes "4/16/2017"), the
 *   whole column is month-first, and the reverse for day-first. A column with no evidence, or with evidence
 *   both ways, keeps its ambiguous dates as written.
 * - Full ISO timestamps ("2017-03-12T08:00:00Z") are ISO 8601 already: kept as written, time and zone included.
 * - Anything else ("April 5, 2017", two-digit years, impossible dates such as 2/30/2017): kept as written.
 */

export type DayMonthOrder = 'month-first' | 'day-first';

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** The order a whole column's year-last dates follow, or null when its dates do not say (or contradict). */
export function inferDayMonthOrder(values: readonly string[]): DayMonthOrder | null {
  let monthFirst = false;
  let dayFirst = false;
  for (const value of values) {
    const match = YEAR_LAST.exec(value.trim());
    if (match === null) continue;
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (first <= 12 && second > 12) monthFirst = true;
    if (first > 12 && second <= 12) dayFirst = true;
  }
  if (monthFirst === dayFirst) return null;
  return monthFirst ? 'month-first' : 'day-first';
}

/** "YYYY-MM-DD" for a date that is certain (given the column's order), else null. */
export function isoDate(value: string, order: DayMonthOrder | null): string | null {
  const trimmed = value.trim();
  const yearFirst = YEAR_FIRST.exec(trimmed);
  if (yearFirst !== null)
    return calendarDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const yearLast = YEAR_LAST.exec(trimmed);
  if (yearLast === null) return null;
  const first = Number(yearLast[1]);
  const second = Number(yearLast[2]);
  const year = Number(yearLast[3]);
  let monthFirst: boolean;
  if (first === second || (first <= 12 && second > 12)) monthFirst = true;
  else if (first > 12 && second <= 12) monthFirst = false;
  else if (order !== null) monthFirst = order === 'month-first';
  else return null;
  return monthFirst ? calendarDate(year, first, second) : calendarDate(year, second, first);
}

/** The date as YYYY-MM-DD when it exists in the proleptic Gregorian calendar, else null. */
function calendarDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
