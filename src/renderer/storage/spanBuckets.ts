import type { PromiseExtended } from 'dexie';
import { fnv1a32 } from '../../core/hash/fnv1a';
import { compareSpans, type Span } from '../../core/spans/span';
import type { SpanlightDatabase } from './database';

/**
 * How spans are stored (schema version 7): a document's spans are spread over a few rows ("buckets") of the
 * spanBuckets table, keyed [docId, bucket], instead of one row per span. Chromium's IndexedDB costs about 90 µs
 * per record written whatever its size or indexes, so a 500,000-span import spent minutes on span rows; a
 * document of 50 spans is now one row. A bucket holds the spans whose id hashes to it (FNV-1a of the id, modulo
 * the document's bucket count, a power of two), so one span is found, changed or removed by reading and writing
 * one bucket of about BUCKET_TARGET spans, even in a document of 10,000 spans: a tag's write stays small.
 *
 * A document with spans has rows 0 … count − 1, every one present (empty ones too): the count is read from its
 * keys alone. When a bucket outgrows BUCKET_LIMIT, the document's spans are spread over more buckets.
 *
 * All functions run inside the caller's transaction, which must include db.spanBuckets.
 */

/** Spans per bucket that a document's bucket count is chosen for. */
export const BUCKET_TARGET = 128;
/** A bucket past this many spans makes the document's spans spread over more buckets. */
export const BUCKET_LIMIT = 2 * BUCKET_TARGET;

export interface SpanBucketRow {
  docId: string;
  /** 0 … the document's bucket count − 1. */
  bucket: number;
  /** In no particular order. */
  spans: Span[];
  /** The actors and places this bucket's spans link to (multiEntry indexes: the spans naming an actor). */
  actorIds: string[];
  placeIds: string[];
}

/** What names one span: its id within its document. */
export type SpanKey = Pick<Span, 'id' | 'docId'>;

export function bucketOf(spanId: string, bucketCount: number): number {
  return fnv1a32(spanId) & (bucketCount - 1);
}

/** The fewest buckets (a power of two) that hold `spanCount` spans at BUCKET_TARGET each. */
export function bucketCountFor(spanCount: number): number {
  let count = 1;
  while (count * BUCKET_TARGET < spanCount) count *= 2;
  return count;
}

/** The rows of a document's spans over `bucketCount` buckets (every bucket, empty ones included). */
export function bucketRows(
  docId: string,
  spans: readonly Span[],
  bucketCount: number = bucketCountFor(spans.length),
): SpanBucketRow[] {
  // One bucket (a document of up to BUCKET_TARGET spans, most of them) takes every span: no id to hash.
  if (bucketCount === 1) return [bucketRow(docId, 0, [...spans])];
  const grouped: Span[][] = Array.from({ length: bucketCount }, () => []);
  for (const span of spans) (grouped[bucketOf(span.id, bucketCount)] as Span[]).push(span);
  return grouped.map((bucketSpans, bucket) => bucketRow(docId, bucket, bucketSpans));
}

function bucketRow(docId: string, bucket: number, spans: Span[]): SpanBucketRow {
  const actorIds = new Set<string>();
  const placeIds = new Set<string>();
  for (const span of spans) {
    if (span.actorId !== undefined) actorIds.add(span.actorId);
    if (span.placeId !== undefined) placeIds.add(span.placeId);
  }
  return { docId, bucket, spans, actorIds: [...actorIds], placeIds: [...placeIds] };
}

function rowsOf(db: SpanlightDatabase, docId: string) {
  return db.spanBuckets.where('[docId+bucket]').between([docId, -Infinity], [docId, Infinity], true, true);
}

/** How many buckets the document's spans are spread over (1 for a document without any yet). */
export async function bucketCountOf(db: SpanlightDatabase, docId: string): Promise<number> {
  return Math.max(1, await rowsOf(db, docId).count());
}

function flatten(rows: readonly SpanBucketRow[]): Span[] {
  return rows.flatMap((row) => row.spans).sort(compareSpans);
}

/** The document's spans in text order (compareSpans). */
export async function readDocumentSpans(db: SpanlightDatabase, docId: string): Promise<Span[]> {
  return flatten(await rowsOf(db, docId).toArray());
}

/** The document's rows as stored (all its buckets), and its spans in text order. */
export async function readDocumentSpanRows(
  db: SpanlightDatabase,
  docId: string,
): Promise<{ rows: SpanBucketRow[]; spans: Span[] }> {
  const rows = await rowsOf(db, docId).toArray();
  return { rows, spans: flatten(rows) };
}

/** The spans of each of `docIds`, in that order, each list in text order. */
export async function readSpansOfDocuments(
  db: SpanlightDatabase,
  docIds: readonly string[],
): Promise<Span[][]> {
  // Every request is sent before the first answer is awaited.
  const rows = await Promise.all(docIds.map((docId) => rowsOf(db, docId).toArray()));
  return rows.map(flatten);
}

/** The number of spans of a document (reads its rows). */
export async function countDocumentSpans(db: SpanlightDatabase, docId: string): Promise<number> {
  let count = 0;
  await rowsOf(db, docId).each((row) => {
    count += row.spans.length;
  });
  return count;
}

/** Spans of one document by id (undefined for an id it has no span with), in the order of `ids`. */
export async function readSpans(
  db: SpanlightDatabase,
  docId: string,
  ids: readonly string[],
): Promise<Array<Span | undefined>> {
  const bucketCount = await bucketCountOf(db, docId);
  const rows = await Promise.all(ids.map((id) => db.spanBuckets.get([docId, bucketOf(id, bucketCount)])));
  return ids.map((id, at) => rows[at]?.spans.find((span) => span.id === id));
}

/** One span, or undefined when the document has no span with that id. */
export async function readSpan(db: SpanlightDatabase, key: SpanKey): Promise<Span | undefined> {
  const [span] = await readSpans(db, key.docId, [key.id]);
  return span;
}

/** Where a span is kept: its document's bucket count, its bucket, and that bucket's row when there is one. */
export interface SpanPlace {
  bucketCount: number;
  bucket: number;
  row: SpanBucketRow | undefined;
}

async function locate(db: SpanlightDatabase, key: SpanKey, knownBucketCount?: number): Promise<SpanPlace> {
  const bucketCount = knownBucketCount ?? (await bucketCountOf(db, key.docId));
  const bucket = bucketOf(key.id, bucketCount);
  return { bucketCount, bucket, row: await db.spanBuckets.get([key.docId, bucket]) };
}

/**
 * Where the span `key` is kept, in one round trip when `guessedCount` (the document's bucket count as last seen)
 * still holds: the count and the bucket the guess gives are read together, where locate reads one after the
 * other (a tag's write waits for each, issue 4). The guess only saves time: when the count read says the span
 * belongs to another bucket, that one is read too. Never a wrong bucket.
 */
export async function placeOf(db: SpanlightDatabase, key: SpanKey, guessedCount = 1): Promise<SpanPlace> {
  const guessed = bucketOf(key.id, guessedCount);
  const [bucketCount, row] = await Promise.all([
    bucketCountOf(db, key.docId),
    db.spanBuckets.get([key.docId, guessed]),
  ]);
  if (bucketOf(key.id, bucketCount) === guessed) return { bucketCount, bucket: guessed, row };
  return locate(db, key, bucketCount);
}

/**
 * Writes a span, new or replacing the one with its id: 'added' or 'replaced'. `place`, when the caller has read
 * it in this transaction (placeOf), saves the reads.
 */
export async function writeSpan(
  db: SpanlightDatabase,
  span: Span,
  place?: SpanPlace,
): Promise<'added' | 'replaced'> {
  return (await putSpan(db, span, place)).replaced ? 'replaced' : 'added';
}

/**
 * writeSpan, answering also with the bucket row it wrote: undefined when the span made its bucket outgrow
 * BUCKET_LIMIT and the document's spans were spread over more buckets. With `place`, the row's write is sent at
 * once, before any answer is awaited.
 */
export async function putSpan(
  db: SpanlightDatabase,
  span: Span,
  place?: SpanPlace,
): Promise<{ replaced: boolean; row: SpanBucketRow | undefined }> {
  const { bucketCount, bucket, row } = place ?? (await locate(db, span));
  const spans = row ? [...row.spans] : [];
  const at = spans.findIndex((stored) => stored.id === span.id);
  if (at >= 0) spans[at] = span;
  else spans.push(span);
  if (spans.length > BUCKET_LIMIT) {
    await spread(db, span.docId, bucketCount, bucket, spans);
    return { replaced: at >= 0, row: undefined };
  }
  const written = bucketRow(span.docId, bucket, spans);
  await db.spanBuckets.put(written);
  return { replaced: at >= 0, row: written };
}

/**
 * Spreads a document's spans over more buckets, once one bucket (`bucket`, whose spans are now `bucketSpans`)
 * has outgrown BUCKET_LIMIT: rare (a document that doubled), and it rewrites the document's spans once.
 */
async function spread(
  db: SpanlightDatabase,
  docId: string,
  bucketCount: number,
  bucket: number,
  bucketSpans: Span[],
): Promise<void> {
  const rows = await rowsOf(db, docId).toArray();
  const spans = rows.flatMap((row) => (row.bucket === bucket ? bucketSpans : row.spans));
  const count = Math.max(bucketCount * 2, bucketCountFor(spans.length));
  await db.spanBuckets.bulkPut(bucketRows(docId, spans, count));
}

/** Removes a span; returns it, or undefined when the document had no span with that id. */
export async function removeSpan(db: SpanlightDatabase, key: SpanKey): Promise<Span | undefined> {
  const { bucket, row } = await locate(db, key);
  const removed = row?.spans.find((span) => span.id === key.id);
  if (!row || !removed) return undefined;
  await db.spanBuckets.put(
    bucketRow(
      key.docId,
      bucket,
      row.spans.filter((span) => span !== removed),
    ),
  );
  return removed;
}

/** Adds spans to a document (an import): merged with its own (a span with an id already there replaces it). */
export async function addDocumentSpans(
  db: SpanlightDatabase,
  docId: string,
  spans: readonly Span[],
): Promise<void> {
  if (spans.length === 0) return;
  const byId = new Map((await readDocumentSpans(db, docId)).map((span) => [span.id, span]));
  for (const span of spans) byId.set(span.id, span);
  await replaceDocumentSpans(db, docId, [...byId.values()]);
}

/** Writes a document's whole set of spans in place of the stored one. */
export async function replaceDocumentSpans(
  db: SpanlightDatabase,
  docId: string,
  spans: readonly Span[],
): Promise<void> {
  await rowsOf(db, docId).delete();
  if (spans.length > 0) await db.spanBuckets.bulkAdd(bucketRows(docId, spans));
}

/** Adds the spans of documents that have none yet (a batch of new documents), in one request. */
export function addNewDocumentsSpans(
  db: SpanlightDatabase,
  spans: readonly Span[],
): PromiseExtended<unknown> {
  const byDocument = new Map<string, Span[]>();
  for (const span of spans) {
    const list = byDocument.get(span.docId);
    if (list) list.push(span);
    else byDocument.set(span.docId, [span]);
  }
  // A Dexie promise, not an async function's: importDocuments queues it and awaits it later in its transaction.
  return db.spanBuckets.bulkAdd([...byDocument].flatMap(([docId, list]) => bucketRows(docId, list)));
}

export async function deleteDocumentSpans(db: SpanlightDatabase, docId: string): Promise<void> {
  await rowsOf(db, docId).delete();
}

/** The spans (in every document) linked to an actor or a place, in no particular order. */
export async function spansLinkedTo(
  db: SpanlightDatabase,
  link: 'actorId' | 'placeId',
  id: string,
): Promise<Span[]> {
  const rows = await db.spanBuckets
    .where(link === 'actorId' ? 'actorIds' : 'placeIds')
    .equals(id)
    .toArray();
  return rows.flatMap((row) => row.spans.filter((span) => span[link] === id));
}

/** Every span linked to some place, in no particular order. */
export async function spansLinkedToAnyPlace(db: SpanlightDatabase): Promise<Span[]> {
  const rows = await db.spanBuckets.where('placeIds').above('').distinct().toArray();
  return rows.flatMap((row) => row.spans.filter((span) => span.placeId !== undefined));
}

/** Calls `visit` for every span of the library, in no particular order. */
export async function eachSpan(db: SpanlightDatabase, visit: (span: Span) => void): Promise<void> {
  await db.spanBuckets.each((row) => {
    for (const span of row.spans) visit(span);
  });
}
