import { type Snippet, snippetAround } from '../../core/search/snippet';
import { compareSpans, type Span } from '../../core/spans/span';
import type { SpanlightDatabase } from './database';
import { spansLinkedTo } from './spanBuckets';
import { readTransaction } from './transaction';

/** What a registry actor or a place is linked from: the spans that name it. */
export type LinkTarget = { kind: 'actor'; id: string } | { kind: 'place'; id: string };

/** One annotation linked to the target, with what a result list shows of it. */
export interface LinkedAnnotation {
  span: Span;
  /** The title of the span's document. */
  title: string;
  /** The span in its context (offsets UTF-16, as everywhere in storage). */
  snippet: Snippet;
}

export interface LinkedAnnotations {
  /** In library order (documents by import time), then text order within a document. */
  annotations: LinkedAnnotation[];
  /** How many spans are linked in all; more than `annotations.length` when the list was cut at `limit`. */
  total: number;
}

/** Enough for a researcher to read through; the rest is counted, not listed (each needs its document's text). */
export const LINKED_LIMIT = 500;

/**
 * Every annotation linked to an actor or a place across the library, found through the spans' actorId / placeId
 * index (no scan of the spans). `docIds`, when given, keeps only those documents (the current project's). One read
 * transaction, so titles and texts are those of the same moment as the spans.
 */
export async function findLinkedAnnotations(
  db: SpanlightDatabase,
  target: LinkTarget,
  options: { docIds?: ReadonlySet<string>; limit?: number } = {},
): Promise<LinkedAnnotations> {
  const limit = options.limit ?? LINKED_LIMIT;
  return readTransaction(
    db,
    [db.spanBuckets, db.documents, db.texts],
    'find the linked annotations',
    async () => {
      let spans = await spansLinkedTo(db, target.kind === 'actor' ? 'actorId' : 'placeId', target.id);
      if (options.docIds) spans = spans.filter((span) => options.docIds?.has(span.docId));
      const docIds = [...new Set(spans.map((span) => span.docId))];
      const rows = await db.documents.bulkGet(docIds);
      const documents = new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
      const order = (span: Span) => documents.get(span.docId)?.importedAt ?? 0;
      spans = spans
        .filter((span) => documents.has(span.docId))
        .sort((a, b) => order(a) - order(b) || a.docId.localeCompare(b.docId) || compareSpans(a, b));
      const listed = spans.slice(0, limit);
      const listedIds = [...new Set(listed.map((span) => span.docId))];
      const texts = await db.texts.bulkGet(listedIds);
      const textOf = new Map<string, string>();
      for (const [at, id] of listedIds.entries()) {
        // Rows written by schema version 1 still hold their text themselves.
        const text = texts[at]?.text ?? documents.get(id)?.text;
        if (text !== undefined) textOf.set(id, text);
      }
      const annotations = listed.map((span) => {
        const text = textOf.get(span.docId) ?? span.text;
        const inText = text.slice(span.start, span.end) === span.text;
        return {
          span,
          title: documents.get(span.docId)?.title ?? '',
          snippet: inText
            ? snippetAround(text, span.start, span.end)
            : snippetAround(span.text, 0, span.text.length),
        };
      });
      return { annotations, total: spans.length };
    },
  );
}

/** The names of these actors and places, by name, for the annotation filter's choices (missing ids left out). */
export async function linkedNames(
  db: SpanlightDatabase,
  actorIds: readonly string[],
  placeIds: readonly string[],
): Promise<{ actors: Array<{ id: string; name: string }>; places: Array<{ id: string; name: string }> }> {
  if (actorIds.length === 0 && placeIds.length === 0) return { actors: [], places: [] };
  return readTransaction(db, [db.actors, db.places], 'load the linked names', async () => {
    const [actors, places] = await Promise.all([
      db.actors.bulkGet([...actorIds]),
      db.places.bulkGet([...placeIds]),
    ]);
    const named = (list: ReadonlyArray<{ id: string; name: string } | undefined>) =>
      list
        .flatMap((item) => (item ? [{ id: item.id, name: item.name }] : []))
        .sort((a, b) => a.name.localeCompare(b.name));
    return { actors: named(actors), places: named(places) };
  });
}
