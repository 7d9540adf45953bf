import type { SpanlightDocument } from '../document';
import type { FormatDocument } from '../formats/types';
import { type Span, sortSpans } from '../spans/span';

/**
 * The library as the format converters take it. Creation and update times ride along under
 * `extra.spanlight` (ISO strings), where the Spanlight JSON writer and the importer look for them.
 */
export function toFormatDocuments(
  entries: ReadonlyArray<{ document: SpanlightDocument; spans: readonly Span[] }>,
): FormatDocument[] {
  return entries.map(({ document, spans }) => {
    const doc: FormatDocument = {
      id: document.id,
      title: document.title,
      text: document.text,
      annotations: sortSpans(spans).map((span) => ({
        id: span.id,
        start: span.start,
        end: span.end,
        label: span.label,
        text: document.text.slice(span.start, span.end),
        ...(span.annotator ? { annotator: span.annotator } : {}),
        extra: {
          spanlight: {
            createdAt: new Date(span.createdAt).toISOString(),
            updatedAt: new Date(span.updatedAt).toISOString(),
          },
        },
      })),
    };
    for (const key of ['source', 'byline', 'url', 'publishedAt', 'lang'] as const) {
      const value = document[key];
      if (value) doc[key] = value;
    }
    return doc;
  });
}
