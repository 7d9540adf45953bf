/**
 * CSV rows to document drafts, one per row. The text cell is taken exactly as in the file; a row whose text
 * cell is empty or blank is skipped with a warning (a spreadsheet's trailing rows often are), but a file with no
 * text at all is refused. Title, source, URL, language and byline cells are trimmed and left out when empty;
 * dates become ISO 8601 where that is certain (see csvDates.ts), and a warning says how dates were read.
 */
import type { DocumentDraft } from '../document';
import type { CsvTable } from './csv';
import { type DayMonthOrder, inferDayMonthOrder, isoDate } from './csvDates';
import type { CsvMapping } from './csvMapping';
import { type IntakeResult, intakeFailure, intakeSuccess } from './types';

/** Row numbers listed in a warning before "…". */
const LISTED_ROWS = 10;

export function draftsFromCsv(table: CsvTable, mapping: CsvMapping): IntakeResult {
  const { header, rows } = table;
  if (mapping.text === null) {
    const names = header.map((name) => `“${name.trim()}”`).join(', ');
    return intakeFailure(
      `no column holds the article text (name it “text”, “body”, “content” or “article”; the columns are ${names})`,
    );
  }
  for (const [field, column] of Object.entries(mapping)) {
    if (column !== undefined && (!Number.isInteger(column) || column < 0 || column >= header.length)) {
      return intakeFailure(
        `the column chosen for ${field} (${column}) is not one of its ${header.length} columns`,
      );
    }
  }
  if (rows.length === 0) return intakeFailure('it has a header but no rows');

  const textColumn = mapping.text;
  const dateColumn = mapping.date;
  const order =
    dateColumn === undefined ? null : inferDayMonthOrder(rows.map((row) => row[dateColumn] ?? ''));
  const drafts: DocumentDraft[] = [];
  const emptyRows: number[] = [];
  const keptDates: string[] = [];
  rows.forEach((row, index) => {
    const text = row[textColumn] ?? '';
    if (text.trim() === '') {
      emptyRows.push(index + 1);
      return;
    }
    const draft: DocumentDraft = { title: cell(row, mapping.title) ?? '', text };
    const source = cell(row, mapping.source);
    if (source !== undefined) draft.source = source;
    const url = cell(row, mapping.url);
    if (url !== undefined) draft.url = url;
    const lang = cell(row, mapping.lang);
    if (lang !== undefined) draft.lang = lang;
    const byline = cell(row, mapping.byline);
    if (byline !== undefined) draft.byline = byline;
    const date = cell(row, dateColumn);
    if (date !== undefined) {
      const iso = isoDate(date, order);
      if (iso === null) keptDates.push(date);
      draft.publishedAt = iso ?? date;
    }
    drafts.push(draft);
  });

  const textName = header[textColumn]?.trim() ?? '';
  if (drafts.length === 0) {
    return intakeFailure(`none of its ${plural(rows.length, 'row')} has text in the column “${textName}”`);
  }
  const warnings: string[] = [];
  if (emptyRows.length > 0) {
    warnings.push(
      `${plural(emptyRows.length, 'row')} with an empty “${textName}” cell ${emptyRows.length === 1 ? 'was' : 'were'} skipped (${rowList(emptyRows)})`,
    );
  }
  if (dateColumn !== undefined) {
    const dateWarning = dateReadingWarning(header[dateColumn]?.trim() ?? '', order, keptDates);
    if (dateWarning !== null) warnings.push(dateWarning);
  }
  return intakeSuccess(drafts, warnings);
}

/** A metadata cell, trimmed; undefined when the column is not mapped or the cell is blank. */
function cell(row: readonly string[], column: number | undefined): string | undefined {
  if (column === undefined) return undefined;
  const value = (row[column] ?? '').trim();
  return value === '' ? undefined : value;
}

function dateReadingWarning(
  column: string,
  order: DayMonthOrder | null,
  kept: readonly string[],
): string | null {
  const parts: string[] = [];
  if (order !== null) {
    parts.push(
      `dates in the column “${column}” were read as ${order === 'month-first' ? 'month/day/year' : 'day/month/year'}, as its unambiguous dates are`,
    );
  }
  if (kept.length > 0) {
    const examples = [...new Set(kept)]
      .slice(0, 3)
      .map((value) => `“${value}”`)
      .join(', ');
    parts.push(
      `${plural(kept.length, 'date')} in the column “${column}” ${kept.length === 1 ? 'was' : 'were'} kept as written, not as an ISO date (${examples})`,
    );
  }
  return parts.length > 0 ? parts.join('; ') : null;
}

function rowList(rows: readonly number[]): string {
  const listed = rows.slice(0, LISTED_ROWS).join(', ');
  return `${rows.length === 1 ? 'row' : 'rows'} ${listed}${rows.length > LISTED_ROWS ? ', …' : ''}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
