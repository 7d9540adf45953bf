import type { Span } from '../../../src/core/spans/span';
import type { SpanlightDatabase } from '../../../src/renderer/storage/database';
import {
  eachSpan,
  readSpan,
  type SpanKey,
  spansLinkedTo,
  writeSpan,
} from '../../../src/renderer/storage/spanBuckets';

/** Every span stored in the library, read from the rows themselves (not the documents' counts), by id. */
export async function storedSpans(db: SpanlightDatabase): Promise<Span[]> {
  const spans: Span[] = [];
  await db.transaction('r', db.spanBuckets, () => eachSpan(db, (span) => spans.push(span)));
  return spans.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One stored span, or undefined. */
export function storedSpan(db: SpanlightDatabase, key: SpanKey): Promise<Span | undefined> {
  return db.transaction('r', db.spanBuckets, () => readSpan(db, key));
}

/** Changes a stored span behind the store's back (as another version or a damaged file could leave it). */
export async function changeStoredSpan(
  db: SpanlightDatabase,
  key: SpanKey,
  changes: Partial<Span>,
): Promise<void> {
  await db.transaction('rw', db.spanBuckets, async () => {
    const span = await readSpan(db, key);
    if (!span) throw new Error(`no span ${key.id} in ${key.docId}`);
    await writeSpan(db, { ...span, ...changes });
  });
}

/** The stored spans linked to an actor or a place, found through the buckets' link indexes, by id. */
export async function spansLinked(
  db: SpanlightDatabase,
  link: 'actorId' | 'placeId',
  id: string,
): Promise<Span[]> {
  const spans = await db.transaction('r', db.spanBuckets, () => spansLinkedTo(db, link, id));
  return spans.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
