import type { EventRecord } from '../../core/coding/eventRecord';
import type { SpanlightDocument } from '../../core/document';
import type { Span } from '../../core/spans/span';
import type { DocumentRow, SpanlightDatabase } from './database';
import { readSpansOfDocuments } from './spanBuckets';
import type { StorageAction } from './storageActions';
import { StorageError } from './storageError';
import { readTransaction } from './transaction';

/** Documents per batch: ~250 news articles and their ~12,500 spans are a few megabytes. */
export const DEFAULT_BATCH_SIZE = 250;

export interface LibraryEntry {
  document: SpanlightDocument;
  /** Sorted by start (sortSpans). */
  spans: Span[];
  /** The document's event records (by creation). */
  events?: EventRecord[];
}

export interface LibraryBatch {
  entries: LibraryEntry[];
  /** Documents read so far, this batch included, and how many there are in all. */
  done: number;
  total: number;
}

export interface ReadInBatchesOptions {
  /** Only these documents, in this order (missing ones are left out); default: the library by import time. */
  docIds?: readonly string[];
  batchSize?: number;
  /** Stops before the next batch with an AbortError. */
  signal?: AbortSignal;
}

/**
 * The library (or some documents) with texts and spans, a batch at a time, for streamed exports: only one batch
 * is in memory at once, never the 500,000 spans of a large library. The document ids are listed first (one small
 * read); each batch is then its own read transaction, so the caller may do other asynchronous work (write a
 * chunk to disk) between batches. A document deleted meanwhile is left out; one added meanwhile is not included.
 */
export async function* readLibraryInBatches(
  db: SpanlightDatabase,
  options: ReadInBatchesOptions = {},
): AsyncGenerator<LibraryBatch, void, undefined> {
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const ids = options.docIds
    ? [...options.docIds]
    : await readOnly(db, 'list the documents', () => db.documents.orderBy('importedAt').primaryKeys());
  const read = (at: number) =>
    readOnly(db, 'read the library', () => readBatch(db, ids.slice(at, at + size)));
  // The next batch is read while the caller works on this one: the database does its part meanwhile.
  let next = ids.length > 0 ? read(0) : null;
  for (let at = 0; next; at += size) {
    const entries = await next;
    next = at + size < ids.length ? read(at + size) : null;
    if (options.signal?.aborted) {
      next?.catch(() => {});
      throw new StorageError('The export was cancelled. Nothing was saved.', 'AbortError');
    }
    yield { entries, done: Math.min(at + size, ids.length), total: ids.length };
  }
}

async function readBatch(db: SpanlightDatabase, ids: readonly string[]): Promise<LibraryEntry[]> {
  // Every request of the batch is sent before the first answer is awaited. The spans are read per document
  // (one getAll each): anyOf over the batch's ids walks a cursor, one round trip per span, far slower.
  // Events are few (a handful per coded document): one query for the batch, sent with the others.
  const [rows, texts, spanLists, events] = await Promise.all([
    db.documents.bulkGet([...ids]),
    db.texts.bulkGet([...ids]),
    readSpansOfDocuments(db, ids),
    db.events
      .where('docId')
      .anyOf([...ids])
      .sortBy('createdAt'),
  ]);
  const entries: LibraryEntry[] = [];
  for (const [index, row] of rows.entries()) {
    if (!row) continue;
    const text = typeof row.text === 'string' ? row.text : texts[index]?.text;
    if (text === undefined)
      throw new StorageError(`The text of “${row.title}” is missing from the database.`, 'NotFound');
    entries.push({
      document: toDocument(row, text),
      // rows, texts and spanLists are each in the order of ids.
      spans: spanLists[index] ?? [],
      events: events.filter((event) => event.docId === row.id),
    });
  }
  return entries;
}

function toDocument(row: DocumentRow, text: string): SpanlightDocument {
  const { spanCount: _count, text: _legacyText, ...metadata } = row;
  return { ...metadata, text };
}

function readOnly<T>(db: SpanlightDatabase, action: StorageAction, body: () => Promise<T>): Promise<T> {
  return readTransaction(db, [db.documents, db.texts, db.spanBuckets, db.events], action, body);
}
