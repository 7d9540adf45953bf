import { publicationMonth } from './publicationDate';
import type { StatisticsInput } from './statisticsInput';

export interface MonthCount {
  /** "YYYY-MM". */
  month: string;
  /** Annotations in documents published that month. */
  count: number;
  /** Documents published that month, annotated or not. */
  documents: number;
}

export interface AnnotationsOverTime {
  /** Every month from the first to the last with a document, empty months included (a time axis has no gaps). */
  months: MonthCount[];
  /** Documents whose publication month is unknown (no date, only a year, or a date that cannot be read). */
  undated: { count: number; documents: number };
}

/** Beyond this many months (a mistyped year) the empty months are not filled in: only months with documents. */
const MAX_FILLED_MONTHS = 1200;

/** Annotations by the month their document was published (see publicationDate.ts for the dates read). */
export function annotationsOverTime(input: StatisticsInput): AnnotationsOverTime {
  const monthOf = new Map<string, string | null>();
  const byMonth = new Map<string, MonthCount>();
  const undated = { count: 0, documents: 0 };
  for (const document of input.documents) {
    const month = publicationMonth(document.publishedAt);
    monthOf.set(document.id, month);
    if (month === null) undated.documents++;
    else {
      const entry = byMonth.get(month) ?? { month, count: 0, documents: 0 };
      entry.documents++;
      byMonth.set(month, entry);
    }
  }
  for (const span of input.spans) {
    const month = monthOf.get(span.docId) ?? null;
    const entry = month === null ? undefined : byMonth.get(month);
    if (entry) entry.count++;
    else undated.count++;
  }
  const present = [...byMonth.keys()].sort();
  const first = present[0];
  const last = present[present.length - 1];
  if (first === undefined || last === undefined) return { months: [], undated };
  if (monthIndex(last) - monthIndex(first) >= MAX_FILLED_MONTHS) {
    return { months: present.map((month) => byMonth.get(month) as MonthCount), undated };
  }
  const months: MonthCount[] = [];
  for (let index = monthIndex(first); index <= monthIndex(last); index++) {
    const month = `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
    months.push(byMonth.get(month) ?? { month, count: 0, documents: 0 });
  }
  return { months, undated };
}

function monthIndex(month: string): number {
  const [year, number] = month.split('-').map(Number);
  return (year as number) * 12 + (number as number) - 1;
}
