import type { Collection } from 'dexie';
import type { Span } from '../../core/spans/span';
import type { SpanlightDatabase } from './database';

/**
 * The spans of one document, through the [docId+start] index (in text order). Since schema version 6 the spans
 * table has no separate docId index: every span written updates each index of its table, and on a 500,000-span
 * import the redundant one cost about a third of the spans' write time (measured in the benchmark's import).
 * Start offsets are UTF-16 code units, so ±Infinity bound every start.
 */
export function spansOfDocument(db: SpanlightDatabase, docId: string): Collection<Span, string> {
  return db.spans.where('[docId+start]').between([docId, -Infinity], [docId, Infinity], true, true);
}

/** The spans of several documents (ordered by document, then start); none for no documents. */
export function spansOfDocuments(db: SpanlightDatabase, docIds: readonly string[]): Collection<Span, string> {
  return db.spans.where('[docId+start]').inAnyRange(
    [...new Set(docIds)].map((id) => [
      [id, -Infinity],
      [id, Infinity],
    ]),
    { includeLowers: true, includeUppers: true },
  );
}
