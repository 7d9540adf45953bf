import { csvRecord, guardCell, parseCsvRows, unguardCell } from '../formats/csvCodec';
import { EVENT_COLUMNS, type EventColumn, type EventRow, NUMBER_COLUMNS } from './eventRows';

/** Span ids in one cell; ids are UUIDs, which never hold it. */
const SPAN_IDS_SEPARATOR = ';';

/**
 * The events as CSV: UTF-8 with a BOM (Excel then reads Arabic as Arabic, not mojibake), RFC 4180 (CRLF,
 * quotes doubled), one header row of EVENT_COLUMNS. Empty cells are nulls; numbers are written as JavaScript
 * prints them (shortest round trip, "." decimal point); text cells get csvCodec's formula guard.
 */
export function eventsToCsv(rows: readonly EventRow[]): string {
  let csv = `\uFEFF${csvRecord(EVENT_COLUMNS)}`;
  for (const row of rows) csv += csvRecord(EVENT_COLUMNS.map((column) => cellOf(row, column)));
  return csv;
}

function cellOf(row: EventRow, column: EventColumn): string {
  const value = row[column];
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.join(SPAN_IDS_SEPARATOR);
  return guardCell(value);
}

/**
 * Reads an events CSV written by eventsToCsv back into rows (for checking an export, and the round-trip
 * tests). Columns are found by header name; an empty cell is null (notes: the empty string).
 */
export function eventsFromCsv(csv: string): { ok: true; rows: EventRow[] } | { ok: false; reason: string } {
  const parsed = parseCsvRows(csv);
  if (!parsed.ok) return parsed;
  const [header, ...records] = parsed.rows;
  if (!header) return { ok: false, reason: 'the file is empty' };
  const at = new Map(header.fields.map((name, index) => [name, index]));
  const absent = EVENT_COLUMNS.filter((column) => !at.has(column));
  if (absent.length) return { ok: false, reason: `missing columns: ${absent.join(', ')}` };
  const rows: EventRow[] = [];
  for (const record of records) {
    const cell = (column: EventColumn) => record.fields[at.get(column) as number] ?? '';
    const row: Record<string, unknown> = {};
    for (const column of EVENT_COLUMNS) {
      const raw = cell(column);
      if (column === 'span_ids') row[column] = raw === '' ? [] : raw.split(SPAN_IDS_SEPARATOR);
      else if (NUMBER_COLUMNS.has(column)) {
        const value = raw === '' ? null : Number(raw);
        if (value !== null && !Number.isFinite(value))
          return { ok: false, reason: `line ${record.line}: ${column} “${raw}” is not a number` };
        row[column] = value;
      } else if (
        column === 'notes' ||
        column === 'event_id' ||
        column === 'document_id' ||
        column === 'document_title'
      )
        row[column] = unguardCell(raw);
      else row[column] = raw === '' ? null : unguardCell(raw);
    }
    rows.push(row as unknown as EventRow);
  }
  return { ok: true, rows };
}
