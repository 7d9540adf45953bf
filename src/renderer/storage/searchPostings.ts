import { fnv1a32 } from '../../core/hash/fnv1a';
import { eachSearchTerm } from '../../core/search/searchTerms';
import type { SpanlightDatabase } from './database';

/**
 * How the corpus search index is stored (schema version 7): an inverted index written a "part" at a time. A part
 * is the documents indexed by one write (an import, a new document, a catch-up batch): its row in searchParts
 * lists their ids, and its rows in searchPostings, one per shard (the FNV-1a hash of a term, modulo
 * SEARCH_SHARDS), map each term to the positions of its documents in that list. A term is looked up by reading
 * its shard's row in every part.
 *
 * Why not one row per document with a multiEntry index on its terms (schema 4 to 6): Chromium's IndexedDB wrote
 * an index entry per term per document, about 30 µs each, and the ~400 terms of each of 2,000 news articles cost
 * an import 47 s of its 67 s (benchmark, import scenario). A part of 10,000 documents is 256 rows.
 *
 * Entries are never removed one by one: a deleted document's entries stay until its part is merged, and the search
 * drops ids no longer in the library (every candidate is checked against its text anyway). When there are more
 * than MAX_PARTS parts, the smaller half is merged into one, without the documents gone meanwhile.
 *
 * All functions run inside the caller's transaction, which must include documents, searchParts and searchPostings.
 */

export const SEARCH_SHARDS = 256;
/** Parts kept before the smaller half is merged: a term lookup reads one row per part. */
export const MAX_PARTS = 64;

export interface SearchPartRow {
  id: number;
  /** The part's documents; postings hold positions in this list. */
  docIds: string[];
}

export interface SearchPostingsRow {
  shard: number;
  part: number;
  /** Term → positions (in the part's docIds) of the documents holding it. */
  terms: Map<string, number[]>;
}

export function shardOf(term: string): number {
  return fnv1a32(term) & (SEARCH_SHARDS - 1);
}

/** The documents of one write, their terms collected in memory and written as one part. */
export class SearchPartBuilder {
  readonly docIds: string[] = [];
  private readonly positions = new Map<string, number>();
  /** Term → positions of the documents holding it, ascending; sorted into shards by postings(). */
  private readonly lists = new Map<string, number[]>();

  /** Adds a document's terms (core/search/searchTerms). */
  add(docId: string, text: string): void {
    const position = this.positionOf(docId);
    eachSearchTerm(text, (term) => this.addPosting(term, position));
  }

  /** The document's position in this part (added once). */
  positionOf(docId: string): number {
    const known = this.positions.get(docId);
    if (known !== undefined) return known;
    this.positions.set(docId, this.docIds.length);
    return this.docIds.push(docId) - 1;
  }

  /** Records that the document at `position` holds `term` (again: no repeat, a document's terms come together). */
  addPosting(term: string, position: number): void {
    const list = this.lists.get(term);
    if (!list) this.lists.set(term, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  }

  /** The postings collected so far: shard → term → positions (in the order documents were added). */
  postings(): Map<number, Map<string, number[]>> {
    // Each term's shard once, here, rather than hashing the term for each of its documents.
    const shards = new Map<number, Map<string, number[]>>();
    for (const [term, positions] of this.lists) {
      const shard = shardOf(term);
      const terms = shards.get(shard);
      if (terms) terms.set(term, positions);
      else shards.set(shard, new Map([[term, positions]]));
    }
    return shards;
  }

  /**
   * Adds postings collected by another builder (an import's, in a worker: importPreparation.ts) whose position
   * `p` is the document `docIds[p]`; an undefined id leaves that document out (a duplicate the import skipped).
   */
  adopt(docIds: ReadonlyArray<string | undefined>, shards: Map<number, Map<string, number[]>>): void {
    const moved = docIds.map((docId) => (docId === undefined ? -1 : this.positionOf(docId)));
    // The usual case, every document of a file new and this builder empty: the positions are already right.
    if (this.lists.size === 0 && moved.every((to, from) => to === from)) {
      for (const terms of shards.values())
        for (const [term, positions] of terms) this.lists.set(term, positions);
      return;
    }
    for (const terms of shards.values()) {
      for (const [term, positions] of terms) {
        for (const position of positions) {
          const to = moved[position] ?? -1;
          if (to >= 0) this.addPosting(term, to);
        }
      }
    }
  }

  /**
   * Writes the part (nothing when it has no document), then, unless `merge` is false (a merge writing its own
   * result), merges parts when there are too many.
   */
  async write(db: SpanlightDatabase, merge = true): Promise<void> {
    if (this.docIds.length > 0) {
      const last = await db.searchParts.toCollection().last();
      const part = (last?.id ?? 0) + 1;
      await db.searchParts.add({ id: part, docIds: this.docIds });
      await db.searchPostings.bulkAdd([...this.postings()].map(([shard, terms]) => ({ shard, part, terms })));
    }
    if (merge) await mergeSmallerParts(db);
  }
}

/** The ids of the documents holding `term` (some may have been deleted since). */
export async function documentsWithTerm(db: SpanlightDatabase, term: string): Promise<Set<string>> {
  const shard = shardOf(term);
  const rows = await db.searchPostings
    .where('[shard+part]')
    .between([shard, -Infinity], [shard, Infinity], true, true)
    .toArray();
  const found = new Set<string>();
  const holding = rows.filter((row) => row.terms.has(term));
  const parts = await db.searchParts.bulkGet(holding.map((row) => row.part));
  for (const [at, row] of holding.entries()) {
    const docIds = parts[at]?.docIds ?? [];
    for (const position of row.terms.get(term) ?? []) {
      const docId = docIds[position];
      if (docId !== undefined) found.add(docId);
    }
  }
  return found;
}

/** The ids of every document in some part (deleted ones included until their part is merged). */
export async function indexedDocumentIds(db: SpanlightDatabase): Promise<Set<string>> {
  const ids = new Set<string>();
  await db.searchParts.each((part) => {
    for (const id of part.docIds) ids.add(id);
  });
  return ids;
}

/** Empties the index (clearing or restoring the library). */
export async function clearSearchIndex(db: SpanlightDatabase): Promise<void> {
  await db.searchParts.clear();
  await db.searchPostings.clear();
}

/**
 * With more than MAX_PARTS parts, merges the smaller half into one part, leaving out the documents no longer in
 * the library: the work is bounded by those parts' size, and each document's entries are rewritten only a few
 * times over the library's life.
 */
export async function mergeSmallerParts(db: SpanlightDatabase): Promise<void> {
  if ((await db.searchParts.count()) <= MAX_PARTS) return;
  const parts = (await db.searchParts.toArray()).sort((a, b) => a.docIds.length - b.docIds.length);
  const merged = parts.slice(0, parts.length - MAX_PARTS / 2);
  const present = new Set(await db.documents.toCollection().primaryKeys());
  const builder = new SearchPartBuilder();
  const keys: Array<[number, number]> = [];
  for (const part of merged) {
    const partKeys = Array.from({ length: SEARCH_SHARDS }, (_, shard): [number, number] => [shard, part.id]);
    keys.push(...partKeys);
    const rows = await db.searchPostings.bulkGet(partKeys);
    // Old positions → positions in the merged part; -1 for a document gone from the library.
    const moved = part.docIds.map((docId) => (present.has(docId) ? builder.positionOf(docId) : -1));
    for (const row of rows) {
      if (!row) continue;
      for (const [term, positions] of row.terms) {
        for (const position of positions) {
          const to = moved[position] ?? -1;
          if (to >= 0) builder.addPosting(term, to);
        }
      }
    }
  }
  await db.searchPostings.bulkDelete(keys);
  await db.searchParts.bulkDelete(merged.map((part) => part.id));
  await builder.write(db, false);
}
