/**
 * CSV reading, RFC 4180 by hand: fields separated by a delimiter, records by CRLF, LF or a lone CR; a field in
 * double quotes may hold delimiters, line breaks (kept exactly as in the file) and quotes written twice ("").
 * Beyond the RFC, as spreadsheets write it: ";" or tab instead of ",", detected from the header; a UTF-8 BOM
 * before the header (dropped: it would otherwise stick to the first column's name); blank lines skipped; a
 * stray quote inside an unquoted field kept as a character. Refused: a quoted field never closed, a closing
 * quote followed by anything but a delimiter or line end, and rows whose field count differs from the
 * header's. Line numbers in reasons are 1-based lines of the decoded text; row numbers count data rows, 1-based,
 * the header not included. Cell values are returned exactly as in the file (no trimming).
 */
import { draftsFromCsv } from './csvDrafts';
import { guessCsvMapping } from './csvMapping';
import { type IntakeResult, intakeFailure } from './types';

export { draftsFromCsv } from './csvDrafts';
export { type CsvMapping, guessCsvMapping } from './csvMapping';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvTable {
  header: string[];
  rows: string[][];
}

export type CsvParseResult =
  | ({ ok: true; delimiter: CsvDelimiter } & CsvTable)
  | { ok: false; reason: string };

/** Tried in this order; on a tie in header field count the earlier one wins. */
const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

interface CsvRecord {
  fields: string[];
  /** Line on which the record starts. */
  line: number;
  /** Some unquoted field holds a quote: a sign the record was split with the wrong delimiter. */
  strayQuote: boolean;
}

type RecordsResult = { ok: true; records: CsvRecord[] } | { ok: false; reason: string };

export function parseCsv(text: string, delimiter?: CsvDelimiter): CsvParseResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (delimiter !== undefined) return tableFrom(parseRecords(source, delimiter), delimiter);
  // The delimiter giving the header the most fields is tried first, unless splitting on it leaves quotes inside
  // unquoted fields (a quoted name containing that delimiter: `a,"b;c"` is split wrongly on ";"). If its rows are
  // ragged, another that gives at least two columns and a consistent table is taken instead.
  const ranked = DELIMITERS.map((candidate) => ({ candidate, ...headerShape(source, candidate) })).sort(
    (a, b) => Number(a.strayQuote) - Number(b.strayQuote) || b.fields - a.fields,
  );
  const best = ranked[0] as { candidate: CsvDelimiter; fields: number };
  const first = tableFrom(parseRecords(source, best.candidate), best.candidate);
  if (first.ok) return first;
  for (const { candidate, fields } of ranked.slice(1)) {
    if (fields < 2) continue;
    const other = tableFrom(parseRecords(source, candidate), candidate);
    if (other.ok) return other;
  }
  return first;
}

/** parseCsv, guessCsvMapping and draftsFromCsv in one: for a batch import with no one to choose columns. */
export function draftsFromCsvText(text: string): IntakeResult {
  const table = parseCsv(text);
  if (!table.ok) return intakeFailure(table.reason);
  return draftsFromCsv(table, guessCsvMapping(table.header));
}

function headerShape(source: string, delimiter: CsvDelimiter): { fields: number; strayQuote: boolean } {
  const parsed = parseRecords(source, delimiter, 1);
  const header = parsed.ok ? parsed.records[0] : undefined;
  return { fields: header?.fields.length ?? 0, strayQuote: header?.strayQuote ?? false };
}

function tableFrom(parsed: RecordsResult, delimiter: CsvDelimiter): CsvParseResult {
  if (!parsed.ok) return parsed;
  const [headerRecord, ...rowRecords] = parsed.records;
  if (headerRecord === undefined) return { ok: false, reason: 'it is empty' };
  const header = headerRecord.fields;
  for (let r = 0; r < rowRecords.length; r++) {
    const record = rowRecords[r] as CsvRecord;
    if (record.fields.length !== header.length) {
      return {
        ok: false,
        reason: `row ${r + 1} (line ${record.line}) has ${plural(record.fields.length, 'field')}, but the header has ${header.length}`,
      };
    }
  }
  return { ok: true, delimiter, header, rows: rowRecords.map((record) => record.fields) };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The records of `source`, at most `limit` of them. Blank lines are not records. */
function parseRecords(
  source: string,
  delimiter: CsvDelimiter,
  limit = Number.POSITIVE_INFINITY,
): RecordsResult {
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  const length = source.length;
  while (i < length && records.length < limit) {
    const recordLine = line;
    const fields: string[] = [];
    let blankLine = true;
    let strayQuote = false;
    for (;;) {
      let field: string;
      if (source[i] === '"') {
        blankLine = false;
        const quoteLine = line;
        let value = '';
        let from = i + 1;
        for (;;) {
          const quote = source.indexOf('"', from);
          if (quote === -1) {
            return { ok: false, reason: `the quoted field starting on line ${quoteLine} is never closed` };
          }
          line += lineBreaks(source, from, quote);
          value += source.slice(from, quote);
          if (source[quote + 1] === '"') {
            value += '"';
            from = quote + 2;
            continue;
          }
          i = quote + 1;
          break;
        }
        const next = source[i];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          return {
            ok: false,
            reason: `on line ${line}, a quoted field is followed by “${next}” instead of a delimiter or the end of the line`,
          };
        }
        field = value;
      } else {
        let end = i;
        while (end < length) {
          const char = source[end];
          if (char === delimiter || char === '\n' || char === '\r') break;
          end++;
        }
        if (end > i) blankLine = false;
        field = source.slice(i, end);
        if (field.includes('"')) strayQuote = true;
        i = end;
      }
      fields.push(field);
      const after = source[i];
      if (after === delimiter) {
        blankLine = false;
        i++;
        continue;
      }
      // End of the record: a line break (CRLF counts once) or the end of the text.
      if (after === '\r') i += source[i + 1] === '\n' ? 2 : 1;
      else if (after === '\n') i++;
      if (after !== undefined) line++;
      break;
    }
    if (!blankLine) records.push({ fields, line: recordLine, strayQuote });
  }
  return { ok: true, records };
}

/** Line breaks in source[from, to): CRLF, LF and lone CR each count once. */
function lineBreaks(source: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const char = source.charCodeAt(i);
    if (char === 0x0a) count++;
    else if (char === 0x0d && source.charCodeAt(i + 1) !== 0x0a) count++;
  }
  return count;
}
