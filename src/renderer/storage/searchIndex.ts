/**
 * The corpus search: the index (searchPostings.ts, written in the same transaction as every new text) names the
 * documents holding each term of a query, and only their texts are read to find the hits, instead of scanning the
 * library.
 */
import { findSearchHits, type SearchHit } from '../../core/search/findSearchHits';
import { parseSearchQuery, type SearchQuery } from '../../core/search/searchQuery';
import type { SpanlightDatabase, TextRow } from './database';
import { documentsWithTerm, indexedDocumentIds, SearchPartBuilder } from './searchPostings';

/**
 * Brings the index in step with the library when documents reached it by another way than the store (rows
 * written straight into IndexedDB, as the benchmark seeds them): indexes the documents in no part, `batch` at a
 * time, one transaction (and one part) each, so the interface stays responsive; returns how many it indexed.
 * Costs a read of the documents' keys and of the parts' lists when nothing is missing.
 */
export async function indexMissingDocuments(db: SpanlightDatabase, batch = 500): Promise<number> {
  const [documentIds, indexed] = await db.transaction('r', [db.documents, db.searchParts], () =>
    Promise.all([db.documents.toCollection().primaryKeys(), indexedDocumentIds(db)]),
  );
  const missing = documentIds.filter((id) => !indexed.has(id));
  let done = 0;
  for (let first = 0; first < missing.length; first += batch) {
    const ids = missing.slice(first, first + batch);
    await db.transaction('rw', [db.documents, db.texts, db.searchParts, db.searchPostings], async () => {
      const texts = await db.texts.bulkGet(ids);
      const part = new SearchPartBuilder();
      for (const row of texts.filter((row): row is TextRow => row !== undefined)) part.add(row.id, row.text);
      await part.write(db);
      done += part.docIds.length;
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
 * the terms' entries, put in library order with the documents' importedAt index, keys only: a document deleted
 * since it was indexed drops out there), then only those
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
  const ordered = await db.transaction('r', [db.searchParts, db.searchPostings, db.documents], async () => {
    const sets = await Promise.all(query.terms.map((term) => documentsWithTerm(db, term)));
    sets.sort((a, b) => a.size - b.size);
    let candidates = sets[0] ?? new Set<string>();
    for (const next of sets.slice(1)) candidates = new Set([...candidates].filter((id) => next.has(id)));
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
