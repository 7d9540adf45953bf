import type { DocumentRow } from './database';
import type { HistoryCounts } from './history';
import type { SpanBucketRow } from './spanBuckets';

/**
 * What this window last knew of a document's stored rows, so that a tag can send its writes in the same round of
 * requests as the reads that check them (spanEdits.addSpan): one round trip to IndexedDB less before the tag is
 * shown saved (issue 4). A guess is never trusted: the tag's transaction reads the same rows before its writes
 * run (IndexedDB runs a transaction's requests in the order they were made) and, when any differs (another
 * window, an edit of this one not followed here), aborts, so that nothing it wrote remains, and the tag is done
 * again the usual way.
 */
export interface TagGuess {
  /** The document's row as last read or written; null once an edit of another kind may have changed it. */
  doc: DocumentRow | null;
  /** The undo history's counts as last read or written; null as doc. */
  history: HistoryCounts | null;
  /** The document's bucket count as last read. */
  bucketCount: number;
  /** Bucket rows of the document (spanBuckets.ts) as last read or written, by bucket. */
  rows: Map<number, SpanBucketRow>;
  /** True when `rows` holds every row the document has (read when it was opened); a bucket missing then is empty. */
  complete: boolean;
}

/** Thrown inside a tag's transaction when a guessed row is not what is stored: the transaction aborts. */
export class TagGuessMissed extends Error {
  constructor() {
    super('A row this window remembered has changed since; the tag is written again.');
    this.name = 'TagGuessMissed';
  }
}

/** The guesses of one window (AnnotationStore), by document id; a few documents at most. */
export class TagGuesses {
  private readonly byDocument = new Map<string, TagGuess>();
  /** Tags written in one round, and tags whose guess missed (tests and probes read them). */
  readonly counts = { hits: 0, misses: 0 };

  get(docId: string): TagGuess | undefined {
    return this.byDocument.get(docId);
  }

  /** A document's rows, all of them, as just read (the document opened). */
  rowsRead(docId: string, bucketCount: number, rows: readonly SpanBucketRow[]): void {
    // Only the open document is tagged: older guesses are let go (a 10,000-span document's rows are megabytes).
    const known = this.byDocument.get(docId);
    this.byDocument.clear();
    this.byDocument.set(docId, {
      doc: known?.doc ?? null,
      history: known?.history ?? null,
      bucketCount,
      rows: new Map(rows.map((row) => [row.bucket, row])),
      complete: true,
    });
  }

  /**
   * What a tag read or wrote: the document's row, its history counts, its bucket count and the row of `bucket`
   * (undefined: that bucket has no row). A new bucket count lets the rows known go (the spans were spread).
   */
  tagged(
    docId: string,
    doc: DocumentRow,
    history: HistoryCounts,
    bucketCount: number,
    bucket: number,
    row: SpanBucketRow | undefined,
  ): void {
    const guess = this.byDocument.get(docId);
    if (!guess) return;
    guess.doc = doc;
    guess.history = history;
    if (guess.bucketCount !== bucketCount) {
      guess.bucketCount = bucketCount;
      guess.rows.clear();
      guess.complete = false;
    }
    if (row) guess.rows.set(bucket, row);
    else guess.rows.delete(bucket);
  }

  /** Another kind of edit (relabel, delete, undo, import…): the rows it may have changed are checked anyway. */
  edited(): void {
    for (const guess of this.byDocument.values()) {
      guess.doc = null;
      guess.history = null;
    }
  }

  forget(docId: string): void {
    this.byDocument.delete(docId);
  }
}

/** Whether two stored rows are the same: plain data as IndexedDB returns it, compared as JSON. */
export function sameRow(stored: unknown, guessed: unknown): boolean {
  return JSON.stringify(stored) === JSON.stringify(guessed);
}
