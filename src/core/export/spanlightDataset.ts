import type { SpanlightDocument } from '../document';
import { LABELS, type LabelKey } from '../labels';
import { createCodePointIndex } from '../offsets/codePoints';
import { type Span, sortSpans } from '../spans/span';

/** The Spanlight JSON dataset, version 1. Schema: resources/spanlight-dataset.schema.json. */
export interface DatasetV1 {
  format: 'spanlight.dataset';
  version: 1;
  exported_at: string;
  labels: Array<{ key: LabelKey; name: string; shortcut: string; color: string }>;
  documents: DatasetDocument[];
}

export interface DatasetDocument {
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
  annotations: DatasetAnnotation[];
}

export interface DatasetAnnotation {
  id: string;
  label: LabelKey;
  /** Unicode code points, half-open: text[start:end] in Python. */
  start: number;
  end: number;
  /** UTF-16 code units, half-open: text.slice(start_utf16, end_utf16) in JavaScript. */
  start_utf16: number;
  end_utf16: number;
  text: string;
  created_at: string;
  updated_at: string;
  /** Who made it; null when unknown. */
  annotator: string | null;
}

export function buildDataset(
  entries: ReadonlyArray<{ document: SpanlightDocument; spans: readonly Span[] }>,
  exportedAt: Date,
): DatasetV1 {
  return {
    format: 'spanlight.dataset',
    version: 1,
    exported_at: exportedAt.toISOString(),
    labels: LABELS.map(({ key, name, shortcut, color }) => ({ key, name, shortcut, color })),
    documents: entries.map(({ document, spans }) => datasetDocument(document, spans)),
  };
}

function datasetDocument(doc: SpanlightDocument, spans: readonly Span[]): DatasetDocument {
  const index = createCodePointIndex(doc.text);
  return {
    id: doc.id,
    title: doc.title,
    text: doc.text,
    sha256: doc.sha256,
    source: doc.source ?? null,
    byline: doc.byline ?? null,
    url: doc.url ?? null,
    published_at: doc.publishedAt ?? null,
    lang: doc.lang ?? null,
    imported_at: new Date(doc.importedAt).toISOString(),
    annotations: sortSpans(spans).map((span) => ({
      id: span.id,
      label: span.label,
      start: index.toCodePoint(span.start),
      end: index.toCodePoint(span.end),
      start_utf16: span.start,
      end_utf16: span.end,
      // Taken from the document, not from the stored copy, so the row always equals the slice.
      text: doc.text.slice(span.start, span.end),
      created_at: new Date(span.createdAt).toISOString(),
      updated_at: new Date(span.updatedAt).toISOString(),
      annotator: span.annotator ?? null,
    })),
  };
}

export function datasetFileName(exportedAt: Date, scope: string): string {
  const stamp = exportedAt.toISOString().replace(/[:]/g, '-').replace(/\..+$/, '');
  return `spanlight-${scope}-${stamp}.json`;
}
