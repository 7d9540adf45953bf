/**
 * The Statistics tables as CSV files for a spreadsheet: UTF-8 with a BOM (Excel otherwise reads Arabic as
 * Windows-1252), CRLF records, text cells guarded against formula injection (formats/csvCodec.ts).
 */
import { csvRecord, guardCell } from '../formats/csvCodec';
import type { AnnotationsOverTime } from './annotationsOverTime';
import type { AnnotatorCount } from './annotatorCounts';
import type { LabelCount } from './labelCounts';
import type { MentionCount } from './topMentions';

const BOM = '\uFEFF';

function csv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return (
    BOM +
    csvRecord(header) +
    rows
      .map((row) => csvRecord(row.map((cell) => (typeof cell === 'number' ? String(cell) : guardCell(cell)))))
      .join('')
  );
}

export function labelCountsCsv(rows: readonly LabelCount[]): string {
  return csv(
    ['label', 'name', 'annotations', 'documents'],
    rows.map((row) => [row.label, row.name, row.count, row.documents]),
  );
}

/** Every actor or place, ranked (the chart shows the first few). `id` is empty for unlinked text. */
export function mentionCountsCsv(rows: readonly MentionCount[], kind: 'actor' | 'place'): string {
  return csv(
    ['rank', kind, `${kind}_id`, 'annotations', 'documents'],
    rows.map((row, index) => [index + 1, row.name, row.id ?? '', row.count, row.documents]),
  );
}

/** One row per month (YYYY-MM), then a row "undated" for documents whose month is unknown. */
export function overTimeCsv(overTime: AnnotationsOverTime): string {
  return csv(
    ['month', 'annotations', 'documents'],
    [
      ...overTime.months.map((row) => [row.month, row.count, row.documents]),
      ['undated', overTime.undated.count, overTime.undated.documents],
    ],
  );
}

/** One row per annotator (empty name: annotations made before a name was set), one column per label key. */
export function annotatorCountsCsv(rows: readonly AnnotatorCount[], labelKeys: readonly string[]): string {
  return csv(
    ['annotator', 'annotations', 'documents', ...labelKeys],
    rows.map((row) => [
      row.annotator ?? '',
      row.count,
      row.documents,
      ...labelKeys.map((key) => row.byLabel[key] ?? 0),
    ]),
  );
}
