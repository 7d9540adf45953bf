/**
 * The common shape every format converts to and from. Importers read peer files into FormatDocument[]; exporters
 * write FormatDocument[] back out. Offsets here are always UTF-16 code units, half-open, into the STORED text (the
 * import with one leading BOM dropped and CRLF / CR turned into LF: src/core/text/normalizeText.ts); each format
 * module converts from and to its own unit (code points, UTF-8 bytes…) at its edge, so no other code ever sees a
 * peer's unit.
 */

import type { Actor } from '../coding/actor';
import type { EventRecord } from '../coding/eventRecord';
import type { Place } from '../coding/place';
import type { DocumentStatus } from '../documentStatus';

/** How a file counts its offsets. Reported by importers so the preview can say which unit was used. */
export type OffsetUnit = 'code-point' | 'utf16' | 'utf8-byte';

/** Primitive values only: they go into CSV cells, brat attribute lines and Label Studio meta without nesting. */
export type AttributeValue = string | number | boolean;

export interface FormatAnnotation {
  id?: string;
  /** UTF-16 code units, half-open, into the stored text. */
  start: number;
  /** UTF-16 code units, exclusive. */
  end: number;
  /** Kept exactly as the import says ("PER", "LOC", "actor"…): mapping to Spanlight's labels is the app's job. */
  label: string;
  /** The covered text: always text.slice(start, end) of the stored text. */
  text: string;
  annotator?: string;
  attributes?: Record<string, AttributeValue>;
  /**
   * What a format needs to write this annotation back exactly as it came (brat's T id and fragment group, Label
   * Studio's result group, Prodigy's extra span keys…), under the format's own key. Other formats ignore it.
   */
  extra?: Record<string, unknown>;
}

export interface FormatDocument {
  id?: string;
  /** '' when the format has no title (the app falls back to the first line). */
  title: string;
  /** The stored form: no BOM at the start that normalizeText would drop, LF line endings. */
  text: string;
  source?: string;
  byline?: string;
  url?: string;
  publishedAt?: string;
  lang?: string;
  /** Where the coding work on it stands (Spanlight JSON, CSV of spans, doccano and Prodigy carry it). */
  status?: DocumentStatus;
  annotations: FormatAnnotation[];
  /**
   * Event records built from this document's annotations (Spanlight JSON only; other formats ignore them).
   * `docId` is this document's `id` and `spanIds` are `annotations[].id`, as in the file: importing maps them.
   */
  events?: EventRecord[];
  /**
   * Everything else a format found, under the format's key (meta.doccano, meta.brat…), so exporting to the same
   * format gives the same file back; meta.rawText holds the text exactly as the file had it when normalization
   * changed it (CRLF, BOM), so exports can write the original characters and offsets.
   */
  meta?: Record<string, unknown>;
}

/**
 * Annotations that name their document instead of containing it (CSV of spans, W3C annotations without the
 * texts): offsets are whatever the file gave, in the units it gave, to be resolved against the document's
 * text by attachAnnotations (detached.ts).
 */
export interface DetachedAnnotation {
  id?: string;
  /**
   * Where the span is in its file ("row 3 (line 4)", "annotation 2 (id …)"), so a span refused or not placed
   * when it is attached later is named by the record the user can find; absent for spans built in memory.
   */
  where?: string;
  label: string;
  /** The covered text as the file says; '' when the file has none. */
  text: string;
  /** Unicode code points into the stored text, when the file has them. */
  start?: number;
  end?: number;
  /** UTF-16 code units into the stored text, when the file has them. */
  startUtf16?: number;
  endUtf16?: number;
  /** A W3C TextQuoteSelector, for anchoring by quote when there are no offsets (or they do not match). */
  quote?: { exact: string; prefix?: string; suffix?: string };
  annotator?: string;
  attributes?: Record<string, AttributeValue>;
  extra?: Record<string, unknown>;
}

export interface DetachedDocument {
  /** The document id (CSV) or the annotated resource's IRI (W3C target source). */
  id: string;
  title?: string;
  /** The document's status as the file gives it (CSV of spans). */
  status?: DocumentStatus;
  annotations: DetachedAnnotation[];
}

export type ImportOutcome =
  | {
      ok: true;
      documents: FormatDocument[];
      /** Distinct labels in order of first appearance, as the file spells them. */
      labels: string[];
      warnings: string[];
      /** Lines or records that are kept (for export) or skipped but not turned into spans, each with a reason. */
      unsupported: string[];
      /** The unit the file's offsets were read in (absent for token formats such as CoNLL). */
      offsetUnit?: OffsetUnit;
      /** Annotations whose documents are not in the file (CSV, W3C without texts): see DetachedDocument. */
      detached?: DetachedDocument[];
      /** The actor registry the file carries (Spanlight JSON's "actors"); annotations name them by id. */
      actors?: Actor[];
      /** The places the file's annotations and events link to (Spanlight JSON's "places"), by id. */
      places?: Place[];
    }
  | {
      ok: false;
      /** Names the line, record or file: "line 12: …", "task 3, result 2: …", "doc.ann line 4: …". */
      reason: string;
    };

/** A file handed to an importer or written by an exporter; `path` is relative ("article-1.ann"). */
export interface FormatFile {
  path: string;
  content: string;
}

export interface ExportOutcome {
  files: FormatFile[];
  /** What could not be written exactly (spans not aligned to tokens, overlaps, labels a format cannot spell…). */
  warnings: string[];
}

/** A single-file export: the text of the file and what could not be written exactly. */
export interface TextExport {
  content: string;
  warnings: string[];
}
