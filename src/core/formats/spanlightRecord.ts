/**
 * One document of a Spanlight JSON file ("spanlight.dataset", version 1), as the object JSON.stringify writes. The
 * only place a document record is built: "Export JSON", backups, "Export…", the command line and the streamed
 * export all come here (through spanlightJsonWriter.ts), so the files they write cannot drift apart.
 *
 * Offsets: start/end are Unicode code points and start_utf16/end_utf16 UTF-16 code units of the stored text, both
 * half-open. Keys a file had that the schema does not define (kept by the importer under meta/extra) are written
 * back first, so a round trip gives the same JSON.
 */
import type { DocumentStatus } from '../documentStatus';
import { sha256Hex } from '../hash/sha256';
import { LABELS, type LabelDefinition } from '../labels';
import { invalidRangeReason, sortSpans } from '../spans/span';
import { documentName, withWritableAnnotations } from './exporting';
import { isObject, type JsonObject } from './json';
import { createUnitIndex } from './offsetUnits';
import { codingRecordFields, type SpanCoding } from './spanlightCoding';
import type { FormatDocument } from './types';

/** What the importer keeps under meta.spanlight of a document (and toFormatDocuments for a stored one). */
export interface SpanlightMeta {
  /** The file's exported_at (absent for documents that come from the library). */
  exportedAt?: string;
  /** When the document entered the library (ISO 8601). */
  importedAt?: string;
  /** The file's label table (absent for documents from the library: the project's labels are written). */
  labels?: unknown[];
  /** The file's project name ("project", optional), kept so a round trip writes it back. */
  project?: string;
  /** The file's projects ("projects", optional: a backup of several projects), as the file gives them. */
  projects?: unknown[];
  /**
   * The SHA-256 of the text, when it is known to be of this very text (a stored document's hash, computed from
   * the text at import and never changed since): saves hashing every text again on a library export.
   */
  sha256?: string;
  /** Document fields the schema does not define, kept as they were. */
  unknown?: JsonObject;
}

/** What the importer keeps under extra.spanlight of an annotation. */
export interface SpanlightExtra {
  createdAt: string;
  updatedAt: string;
  /** Event coding (attributes, actor and place links): see spanlightCoding.ts. */
  coding?: SpanCoding;
  unknown?: JsonObject;
}

export interface SpanlightAnnotationRecord {
  id: string;
  label: string;
  start: number;
  end: number;
  start_utf16: number;
  end_utf16: number;
  text: string;
  created_at: string;
  updated_at: string;
  annotator: string | null;
  [unknown: string]: unknown;
}

export interface SpanlightDocumentRecord {
  id: string;
  title: string;
  text: string;
  sha256: string;
  source: string | null;
  byline: string | null;
  url: string | null;
  published_at: string | null;
  lang: string | null;
  imported_at: string;
  /** Optional: absent means "to do" (files written before statuses, or documents never worked on). */
  status?: DocumentStatus;
  annotations: SpanlightAnnotationRecord[];
  [unknown: string]: unknown;
}

/** State shared by the records of one file: ids already used, labels that are not Spanlight's, warnings. */
export interface SpanlightRecordContext {
  /** ISO 8601; the time written where a document or annotation has none of its own. */
  exportedAt: string;
  warnings: string[];
  usedIds: Set<string>;
  foreignLabels: Set<string>;
  /** The label keys the file's table declares: an annotation with another label is reported. */
  declaredLabels: ReadonlySet<string>;
  /**
   * 'warn' (Export…, the command line): an annotation that is not a range of its text is left out with a
   * warning. 'throw' (the library's own export and backups): such an annotation means damaged data, and the
   * export is refused with a RangeError rather than written without it.
   */
  invalidAnnotations: 'warn' | 'throw';
}

export function createRecordContext(
  exportedAt: string,
  invalidAnnotations: 'warn' | 'throw' = 'warn',
  labelTable: readonly unknown[] = defaultLabelTable(),
): SpanlightRecordContext {
  return {
    exportedAt,
    warnings: [],
    usedIds: new Set(),
    foreignLabels: new Set(),
    declaredLabels: declaredKeys(labelTable),
    invalidAnnotations,
  };
}

/** The keys a label table declares (entries without a string key are ignored). */
function declaredKeys(table: readonly unknown[]): Set<string> {
  const keys = new Set<string>();
  for (const entry of table) {
    const key = isObject(entry) ? entry.key : undefined;
    if (typeof key === 'string') keys.add(key);
  }
  return keys;
}

export function spanlightMetaOf(doc: FormatDocument): SpanlightMeta | undefined {
  const meta = doc.meta?.spanlight;
  return isObject(meta) ? (meta as SpanlightMeta) : undefined;
}

/**
 * The label table written in a file's header: a project's schema (default: the built-in labels), each label with
 * its key, name, shortcut, colour, underline and, when it has one, its description. An imported file's own table
 * is written back instead (spanlightJsonHeader).
 */
export function defaultLabelTable(labels: readonly LabelDefinition[] = LABELS): unknown[] {
  return labels.map(({ key, name, shortcut, color, underline, description }) => ({
    key,
    name,
    shortcut,
    color,
    underline,
    ...(description ? { description } : {}),
  }));
}

/** The record of document number `index` (0-based, in file order). */
export function spanlightDocumentRecord(
  original: FormatDocument,
  index: number,
  context: SpanlightRecordContext,
): SpanlightDocumentRecord {
  if (context.invalidAnnotations === 'throw') {
    for (const annotation of original.annotations) {
      const reason = invalidRangeReason(original.text, annotation.start, annotation.end);
      if (reason !== null) {
        throw new RangeError(
          `${documentName(original, index)}: annotation ${annotation.id ?? ''} cannot be exported: ${reason}`,
        );
      }
    }
  }
  const doc = withWritableAnnotations(original, index, context.warnings);
  const meta = spanlightMetaOf(doc);
  let id = doc.id || `document-${index + 1}`;
  while (context.usedIds.has(id)) id = `${id}-${index + 1}`;
  context.usedIds.add(id);
  const units = createUnitIndex(doc.text);
  const { exportedAt } = context;
  const annotations = sortSpans(doc.annotations).map((annotation, a): SpanlightAnnotationRecord => {
    const extra = annotation.extra?.spanlight as SpanlightExtra | undefined;
    if (!context.declaredLabels.has(annotation.label)) context.foreignLabels.add(annotation.label);
    return {
      ...(extra?.unknown ?? {}),
      id: annotation.id || `${id}-${a + 1}`,
      label: annotation.label,
      start: units.fromUtf16(annotation.start, 'code-point'),
      end: units.fromUtf16(annotation.end, 'code-point'),
      start_utf16: annotation.start,
      end_utf16: annotation.end,
      // Taken from the document, not from a stored copy, so the record always equals the slice.
      text: doc.text.slice(annotation.start, annotation.end),
      created_at: extra?.createdAt ?? exportedAt,
      updated_at: extra?.updatedAt ?? exportedAt,
      annotator: annotation.annotator || null,
      ...codingRecordFields(extra?.coding),
    };
  });
  return {
    ...(meta?.unknown ?? {}),
    id,
    title: doc.title,
    text: doc.text,
    sha256: typeof meta?.sha256 === 'string' ? meta.sha256 : sha256Hex(doc.text),
    source: doc.source ?? null,
    byline: doc.byline ?? null,
    url: doc.url ?? null,
    published_at: doc.publishedAt ?? null,
    lang: doc.lang ?? null,
    imported_at: meta?.importedAt ?? exportedAt,
    // Only when known, so a file that had none is written back as it was.
    ...(doc.status ? { status: doc.status } : {}),
    annotations,
  };
}

/** The warning for labels a schema-valid file cannot hold; null when every label was Spanlight's. */
export function foreignLabelWarning(context: SpanlightRecordContext): string | null {
  if (context.foreignLabels.size === 0) return null;
  return `labels ${[...context.foreignLabels].join(', ')} are not Spanlight labels (${[...context.declaredLabels].join(', ')}): the file will not validate against the schema until they are mapped`;
}
