/**
 * The corpus search index: one row per document (`searchTerms`, schema version 4) holding its distinct search
 * terms (core/search/searchTerms), with a multiEntry index on them. It is written in the same transaction as
 * every write that adds or removes a document text, so a search looks up candidate documents by term and reads
 * only their texts to find the hits, instead of scanning the library.
 */
import type { Transaction } from 'dexie';
import { findSearchHits, type SearchHit } from '../../core/search/findSearchHits';
import { parseSearchQuery, type SearchQuery } from '../../core/search/searchQuery';
import { searchTermsOf } from '../../core/search/searchTerms';
import type { SearchTermsRow, SpanlightDatabase, TextRow } from './database';

/** Indexes (or re-indexes) one document's text; call inside the transaction that writes the text. */
export async function indexDocument(db: SpanlightDatabase, docId: string, text: string): Promise<void> {
  await db.searchTerms.put({ docId, terms: searchTermsOf(text) });
}

/** Indexes several new documents in one request (a large import); the same rows as indexDocument. */
export async function indexDocuments(
  db: SpanlightDatabase,
  documents: ReadonlyArray<{ docId: string; text: string }>,
): Promise<void> {
  await db.searchTerms.bulkPut(documents.map(({ docId, text }) => ({ docId, terms: searchTermsOf(text) })));
}

/** Removes a document from the index; call inside the transaction that deletes it. */
export async function unindexDocument(db: SpanlightDatabase, docId: string): Promise<void> {
  await db.searchTerms.delete(docId);
}

/** The body of the version-4 upgrade: indexes every document already in the library, in its transaction. */
export async function indexExistingDocuments(transaction: Transaction): Promise<void> {
  const texts = transaction.table<TextRow, string>('texts');
  const searchTerms = transaction.table<SearchTermsRow, string>('searchTerms');
  const rows: SearchTermsRow[] = [];
  await texts.each((row) => {
    rows.push({ docId: row.id, terms: searchTermsOf(row.text) });
  });
  await searchTerms.bulkPut(rows);
}

/**
 * Brings the index in step with the library when documents reached it by another way than the store (rows
 * written straight into IndexedDB, as the benchmark seeds them): indexes documents without a row, drops rows
 * without a document. Works in batches of `batch` documents, one transaction each, so the interface stays
 * responsive; returns how many documents it indexed. Costs two key scans when nothing is missing.
 */
export async function indexMissingDocuments(db: SpanlightDatabase, batch = 200): Promise<number> {
  const [documentIds, indexedIds] = await db.transaction('r', [db.documents, db.searchTerms], () =>
    Promise.all([db.documents.toCollection().primaryKeys(), db.searchTerms.toCollection().primaryKeys()]),
  );
  const indexed = new Set(indexedIds);
  const present = new Set(documentIds);
  const missing = documentIds.filter((id) => !indexed.has(id));
  const orphans = indexedIds.filter((id) => !present.has(id));
  if (orphans.length) await db.searchTerms.bulkDelete(orphans);
  let done = 0;
  for (let first = 0; first < missing.length; first += batch) {
    const ids = missing.slice(first, first + batch);
    await db.transaction('rw', [db.documents, db.texts, db.searchTerms], async () => {
      const texts = await db.texts.bulkGet(ids);
      const rows = texts
        .filter((row): row is TextRow => row !== undefined)
        .map((row) => ({ docId: row.id, terms: searchTermsOf(row.text) }));
      await db.searchTerms.bulkPut(rows);
      done += rows.length;
    });
  }
  return done;
}

export interface LibrarySearchOptions {
  /** Stop after this many hits (default 200). */
  limit?: number;
  /** Only these documents (the current project's); default: the whole library. */
  docIds?: ReadonlySet<string>;
  /** Code units of context on each side of a hit (default 40). */
  context?: number;
  /**
   * Called with the hits found so far after each group of documents that added some, so the first hits can
   * be shown while the rest are still being read (the event loop gets a turn after each call).
   */
  onProgress?(partial: LibrarySearchResult): void;
}

export interface LibraryHit extends SearchHit {
  docId: string;
  title: string;
  lang?: string;
}

export interface LibrarySearchResult {
  query: SearchQuery;
  /** In library order (import time), then text order within a document. */
  hits: LibraryHit[];
  /** Documents the index named as candidates (they hold every term of the query). */
  candidates: number;
  /** True when the limit was reached: there may be more hits than shown. */
  truncated: boolean;
}

/** Texts read in the first step (small: the first hits show at once), then in each further step. */
const FIRST_READ = 8;
const TEXTS_PER_READ = 40;

/**
 * Searches the library: the index names the documents holding every term of the query (the intersection of
 * the terms' entries, put in library order with the documents' importedAt index, keys only), then only those
 * texts are read, a few at a time, and searched for the hits, until `limit` hits are found. Each step is its
 * own read transaction, so the interface can show the first hits between steps; a document deleted meanwhile
 * is skipped.
 */
export async function searchLibrary(
  db: SpanlightDatabase,
  input: string,
  options: LibrarySearchOptions = {},
): Promise<LibrarySearchResult> {
  const query = parseSearchQuery(input);
  const limit = options.limit ?? 200;
  if (query.terms.length === 0) return { query, hits: [], candidates: 0, truncated: false };
  const ordered = await db.transaction('r', [db.searchTerms, db.documents], async () => {
    const keyLists = await Promise.all(
      query.terms.map((term) => db.searchTerms.where('terms').equals(term).primaryKeys()),
    );
    keyLists.sort((a, b) => a.length - b.length);
    let candidates = new Set(keyLists[0]);
    for (const keys of keyLists.slice(1)) {
      const next = new Set(keys);
      candidates = new Set([...candidates].filter((id) => next.has(id)));
    }
    if (candidates.size === 0) return [];
    const libraryOrder = await db.documents.orderBy('importedAt').primaryKeys();
    const scope = options.docIds;
    return libraryOrder.filter((id) => candidates.has(id) && (!scope || scope.has(id)));
  });
  const hits: LibraryHit[] = [];
  const resultSoFar = () => ({
    query,
    hits: [...hits],
    candidates: ordered.length,
    truncated: hits.length >= limit,
  });
  let read = 0;
  while (read < ordered.length && hits.length < limit) {
    const ids = ordered.slice(read, read + (read === 0 ? FIRST_READ : TEXTS_PER_READ));
    read += ids.length;
    const [rows, texts] = await db.transaction('r', [db.documents, db.texts], () =>
      Promise.all([db.documents.bulkGet(ids), db.texts.bulkGet(ids)]),
    );
    const before = hits.length;
    for (const [index, row] of rows.entries()) {
      const text = texts[index]?.text ?? row?.text;
      if (!row || text === undefined || hits.length >= limit) continue;
      const found = findSearchHits(text, query, { limit: limit - hits.length, context: options.context });
      for (const hit of found) {
        const entry: LibraryHit = { ...hit, docId: row.id, title: row.title };
        if (row.lang) entry.lang = row.lang;
        hits.push(entry);
      }
    }
    if (options.onProgress && hits.length > before && hits.length < limit && read < ordered.length) {
      options.onProgress(resultSoFar());
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return resultSoFar();
}
