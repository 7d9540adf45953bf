import type { EventRecord } from '../coding/eventRecord';
import type { SpanlightDocument } from '../document';
import { spanCodingOf } from '../formats/spanlightCoding';
import type { SpanlightMeta } from '../formats/spanlightRecord';
import type { FormatDocument } from '../formats/types';
import { type Span, sortSpans } from '../spans/span';
import { isoTimestamp } from './isoTimestamp';

/**
 * The library as the format converters take it. Creation and update times ride along under
 * `extra.spanlight` (ISO strings), where the Spanlight JSON writer and the importer look for them; the import
 * time and the stored SHA-256 of the text under `meta.spanlight` (the writer then need not hash every text).
 */
export function toFormatDocuments(
  entries: ReadonlyArray<{
    document: SpanlightDocument;
    spans: readonly Span[];
    events?: readonly EventRecord[];
  }>,
): FormatDocument[] {
  return entries.map(({ document, spans, events }) => {
    const doc: FormatDocument = {
      id: document.id,
      title: document.title,
      text: document.text,
      meta: {
        spanlight: {
          importedAt: isoTimestamp(document.importedAt),
          sha256: document.sha256,
        } satisfies SpanlightMeta,
      },
      annotations: sortSpans(spans).map((span) => ({
        id: span.id,
        start: span.start,
        end: span.end,
        label: span.label,
        text: document.text.slice(span.start, span.end),
        ...(span.annotator ? { annotator: span.annotator } : {}),
        extra: {
          spanlight: {
            createdAt: isoTimestamp(span.createdAt),
            updatedAt: isoTimestamp(span.updatedAt),
            // Event coding (figures, actor and place links), written by the record builder when set.
            ...(spanCodingOf(span) ? { coding: spanCodingOf(span) } : {}),
          },
        },
      })),
    };
    for (const key of ['source', 'byline', 'url', 'publishedAt', 'lang'] as const) {
      const value = document[key];
      if (value) doc[key] = value;
    }
    if (document.status) doc.status = document.status;
    // Event records go out as Spanlight JSON's "events" section (other formats ignore them).
    if (events && events.length > 0) doc.events = [...events];
    return doc;
  });
}
