/**
 * CSV of spans, for spreadsheets and pandas: one row per annotation, columns
 *   document_id, title, label, text, start, end, start_utf16, end_utf16, annotator, attributes, status
 * start/end are Unicode CODE POINTS (Python: text[start:end]) and start_utf16/end_utf16 UTF-16 code units
 * (JavaScript: text.slice), both into the document's stored text (LF line endings); attributes is a JSON object
 * (empty when none); status is the document's ("todo", "in_progress", "done", "needs_review"; last, so readers
 * of the older nine-column layout by position still work). Written as UTF-8 with a BOM (so Excel reads the Arabic as UTF-8; pandas' "utf-8-sig" drops
 * it), CRLF record ends, RFC 4180 quoting, and the formula guard of csvCodec.ts: a text cell starting with = + - @
 * TAB CR or ' gets a leading apostrophe (Excel shows it; Spanlight's import removes it; in pandas strip it with
 * df[col].str.replace("^'", "", regex=True)).
 *
 * The CSV has no document texts, so an import returns the spans DETACHED, grouped by document_id (with `text`,
 * title and both offset pairs as written) — `documents` is empty. Given the documents (options.documents, e.g. the
 * library's), the spans are attached: placed by their offsets where those slice their text, else by their text.
 * Other columns a user added become string attributes.
 */

import { DOCUMENT_STATUSES, isDocumentStatus } from '../documentStatus';
import { csvRecord, guardCell, parseCsvRows, unguardCell } from './csvCodec';
import { attachAnnotations } from './detached';
import { withWritableAnnotations } from './exporting';
import { failure, ImportCollector } from './importing';
import { isObject, parseJson } from './json';
import { createUnitIndex } from './offsetUnits';
import type {
  AttributeValue,
  DetachedAnnotation,
  DetachedDocument,
  FormatDocument,
  ImportOutcome,
  TextExport,
} from './types';

export const CSV_COLUMNS = [
  'document_id',
  'title',
  'label',
  'text',
  'start',
  'end',
  'start_utf16',
  'end_utf16',
  'annotator',
  'attributes',
  'status',
] as const;

const TEXT_COLUMNS = new Set(['document_id', 'title', 'label', 'text', 'annotator', 'attributes', 'status']);

export function exportCsvSpans(documents: readonly FormatDocument[]): TextExport {
  const warnings: string[] = [];
  let content = `\uFEFF${csvRecord([...CSV_COLUMNS])}`;
  for (const [index, original] of documents.entries()) {
    const doc = withWritableAnnotations(original, index, warnings);
    const units = createUnitIndex(doc.text);
    const id = doc.id || `document-${index + 1}`;
    for (const annotation of doc.annotations) {
      const attributes =
        annotation.attributes && Object.keys(annotation.attributes).length > 0
          ? JSON.stringify(annotation.attributes)
          : '';
      content += csvRecord([
        guardCell(id),
        guardCell(doc.title),
        guardCell(annotation.label),
        guardCell(doc.text.slice(annotation.start, annotation.end)),
        String(units.fromUtf16(annotation.start, 'code-point')),
        String(units.fromUtf16(annotation.end, 'code-point')),
        String(annotation.start),
        String(annotation.end),
        guardCell(annotation.annotator ?? ''),
        guardCell(attributes),
        // Absent means "to do" in Spanlight; written out so a spreadsheet filter need not know that.
        doc.status ?? 'todo',
      ]);
    }
  }
  return { content, warnings };
}

export interface CsvImportOptions {
  /** The documents the rows refer to (by document_id): given, the spans are attached to them. */
  documents?: ReadonlyArray<
    Pick<FormatDocument, 'text'> & Partial<Omit<FormatDocument, 'text' | 'annotations'>>
  >;
}

export function importCsvSpans(content: string, options: CsvImportOptions = {}): ImportOutcome {
  const parsed = parseCsvRows(content);
  if (!parsed.ok) return failure(parsed.reason);
  const [header, ...rows] = parsed.rows;
  if (!header) return failure('it is empty');
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const column = (name: string) => names.indexOf(name);
  for (const required of ['document_id', 'label']) {
    if (column(required) === -1)
      return failure(`line 1: the header has no "${required}" column (columns: ${header.fields.join(', ')})`);
  }
  const hasCp = column('start') !== -1 && column('end') !== -1;
  const hasUtf16 = column('start_utf16') !== -1 && column('end_utf16') !== -1;
  if (!hasCp && !hasUtf16 && column('text') === -1) {
    return failure(
      'line 1: the header has neither start/end, start_utf16/end_utf16 nor text columns: the spans cannot be placed',
    );
  }
  const known = new Set<string>(CSV_COLUMNS);
  const extraColumns = names
    .map((name, i) => ({ name, header: header.fields[i] as string, i }))
    .filter(({ name }) => !known.has(name))
    .map(({ header: name, i }) => ({ name, i }));
  const collector = new ImportCollector();
  if (extraColumns.length > 0) {
    collector.warnings.push(
      `columns ${extraColumns.map(({ name }) => name).join(', ')} are read as span attributes`,
    );
  }
  const groups = new Map<string, DetachedDocument>();
  for (const [r, row] of rows.entries()) {
    const where = `row ${r + 1} (line ${row.line})`;
    if (row.fields.length !== names.length) {
      return failure(`${where}: ${row.fields.length} fields, but the header has ${names.length}`);
    }
    const cell = (name: string): string | undefined => {
      const i = column(name);
      if (i === -1) return undefined;
      const value = row.fields[i] as string;
      return TEXT_COLUMNS.has(name) ? unguardCell(value) : value;
    };
    const documentId = cell('document_id') as string;
    if (documentId === '') return failure(`${where}: document_id is empty`);
    const label = cell('label') as string;
    if (label === '') return failure(`${where}: label is empty`);
    const item: DetachedAnnotation = { where, label, text: cell('text') ?? '' };
    for (const [from, to, a, b] of [
      ['start', 'end', 'start', 'end'],
      ['start_utf16', 'end_utf16', 'startUtf16', 'endUtf16'],
    ] as const) {
      const start = cell(from);
      const end = cell(to);
      if (start === undefined || end === undefined || (start === '' && end === '')) continue;
      const s = wholeNumber(start);
      const e = wholeNumber(end);
      if (s === null) return failure(`${where}: ${from} ${JSON.stringify(start)} is not a whole number ≥ 0`);
      if (e === null) return failure(`${where}: ${to} ${JSON.stringify(end)} is not a whole number ≥ 0`);
      if (s >= e) return failure(`${where}: ${from} ${s} is not before ${to} ${e}`);
      item[a] = s;
      item[b] = e;
    }
    if (item.start === undefined && item.startUtf16 === undefined && item.text === '') {
      return failure(`${where}: no offsets and no text: the span cannot be placed`);
    }
    const annotator = cell('annotator');
    if (annotator) item.annotator = annotator;
    const attributes: Record<string, AttributeValue> = {};
    const json = cell('attributes');
    if (json) {
      const value = parseJson(json);
      if (!value.ok || !isObject(value.value))
        return failure(`${where}: attributes is not a JSON object (${json})`);
      for (const [key, v] of Object.entries(value.value)) {
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
          return failure(`${where}: attribute ${JSON.stringify(key)} is not a string, number or boolean`);
        }
        attributes[key] = v;
      }
    }
    for (const { name, i } of extraColumns) {
      const value = row.fields[i] as string;
      if (value !== '') attributes[name] = unguardCell(value);
    }
    if (Object.keys(attributes).length > 0) item.attributes = attributes;
    const group = groups.get(documentId) ?? { id: documentId, annotations: [] };
    const title = cell('title');
    if (title && group.title === undefined) group.title = title;
    const status = cell('status');
    if (status && group.status === undefined) {
      if (isDocumentStatus(status)) group.status = status;
      else
        collector.warnings.push(
          `${where}: status ${JSON.stringify(status)} is not one of ${statusKeys()}; ignored`,
        );
    }
    group.annotations.push(item);
    groups.set(documentId, group);
    collector.label(label);
  }
  const detached = [...groups.values()];
  if (options.documents) {
    const attached = attachAnnotations(detached, options.documents);
    if (!attached.ok) return attached;
    return { ...attached, warnings: [...collector.warnings, ...attached.warnings], offsetUnit: 'code-point' };
  }
  collector.warnings.push(
    'a CSV of spans has no document texts: the spans are returned grouped by document_id, to be attached to their documents',
  );
  return collector.success([], { offsetUnit: 'code-point', detached });
}

function statusKeys(): string {
  return DOCUMENT_STATUSES.map(({ key }) => key).join(', ');
}

function wholeNumber(value: string): number | null {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}
