import { withCodingForLabel } from '../../core/coding/codingForLabel';
import type { LabelKey } from '../../core/labels';
import { invalidResizeReason } from '../../core/spans/resizeSpan';
import { invalidRangeReason, type Span } from '../../core/spans/span';
import type { DocumentRow, HistoryEntry, SpanlightDatabase } from './database';
import { removeSpanFromEvents, restoreSpanToEvents } from './eventStore';
import {
  type HistoryCounts,
  historyCountsOf,
  recordAction,
  redoEarliestStep,
  undoLatestStep,
} from './history';
import {
  BUCKET_LIMIT,
  bucketCountOf,
  bucketOf,
  placeOf,
  putSpan,
  readSpan,
  removeSpan,
  type SpanKey,
  writeSpan,
} from './spanBuckets';
import { StorageError } from './storageError';
import { sameRow, type TagGuess, type TagGuesses, TagGuessMissed } from './tagGuess';

/**
 * The annotation actions (tag, relabel, resize, delete, undo, redo), each run by AnnotationStore inside its one
 * read-write transaction over the library's tables: these functions only say what is written, the store says
 * when it is committed. Offsets are UTF-16 code units into the stored text.
 */
export interface SpanEditContext {
  db: SpanlightDatabase;
  newId: () => string;
  now: () => number;
  /** The document's row, refused when it no longer exists. */
  requireDocument: (id: string) => Promise<DocumentRow>;
  /** The document's stored text (the store keeps the open one cached). */
  textOf: (row: DocumentRow) => Promise<string>;
  /**
   * Each document's span bucket count as last read: a guess that lets a tag read the count and the new span's
   * bucket together (spanBuckets.placeOf), checked in the same transaction.
   */
  bucketCounts: Map<string, number>;
  /** What this window last knew of the documents it tags: a tag's writes then go with its reads (tagGuess.ts). */
  guesses: TagGuesses;
}

/** Adds an annotation over [start, end) (UTF-16 offsets into the stored text). */
export async function addSpan(
  context: SpanEditContext,
  docId: string,
  start: number,
  end: number,
  label: LabelKey,
  annotator?: string,
): Promise<Span> {
  const guess = context.guesses.get(docId);
  return guess?.doc && guess.history
    ? await addSpanInOneRound(
        context,
        { ...guess, doc: guess.doc, history: guess.history },
        start,
        end,
        label,
        annotator,
      )
    : await addSpanReadingFirst(context, docId, start, end, label, annotator);
}

/** The annotation itself, over [start, end) of `text` (UTF-16 offsets), refused when the range is not valid. */
function newSpan(
  { now }: SpanEditContext,
  id: string,
  docId: string,
  text: string,
  start: number,
  end: number,
  label: LabelKey,
  annotator: string | undefined,
): Span {
  const problem = invalidRangeReason(text, start, end);
  if (problem)
    throw new StorageError(`Could not save the annotation: ${problem}. Nothing was saved.`, 'RangeError');
  const time = now();
  // A casualty count gets its proposed figures in this same transaction: no exported one lacks them.
  const span: Span = withCodingForLabel(
    { id, docId, start, end, label, text: text.slice(start, end), createdAt: time, updatedAt: time },
    text,
  );
  if (annotator?.trim()) span.annotator = annotator.trim();
  return span;
}

/** The document's row once it holds one more span: the first annotation starts the work on it. */
function withOneMoreSpan(doc: DocumentRow): DocumentRow {
  const status = doc.status && doc.status !== 'todo' ? doc.status : 'in_progress';
  return { ...doc, spanCount: doc.spanCount + 1, status };
}

/**
 * A tag by what this window last knew of the document (tagGuess.ts): the reads that check the guess and the
 * writes that rely on it are sent together, and IndexedDB runs them in that order, so the reads see the rows as
 * they were before the writes. A guess that no longer holds aborts the transaction (nothing of it is kept) and
 * the store does the tag again by addSpanReadingFirst.
 */
async function addSpanInOneRound(
  context: SpanEditContext,
  guess: TagGuess & { doc: DocumentRow; history: HistoryCounts },
  start: number,
  end: number,
  label: LabelKey,
  annotator: string | undefined,
): Promise<Span> {
  const { db, textOf, guesses } = context;
  const { doc } = guess;
  const docId = doc.id;
  const span = newSpan(context, context.newId(), docId, await textOf(doc), start, end, label, annotator);
  const bucket = bucketOf(span.id, guess.bucketCount);
  const guessedRow = guess.rows.get(bucket);
  // A bucket not known (a bucket is missing from complete rows only when empty), or a full one, which spreads
  // the document's spans over more buckets: done the usual way.
  if ((!guessedRow && !guess.complete) || (guessedRow?.spans.length ?? 0) >= BUCKET_LIMIT)
    return await addSpanReadingFirst(context, docId, start, end, label, annotator, span);
  const written = withOneMoreSpan(doc);
  // The checks first, then the writes, in one round of requests.
  const checks = Promise.all([
    db.documents.get(docId),
    bucketCountOf(db, docId),
    db.spanBuckets.get([docId, bucket]),
    historyCountsOf(db, docId),
  ]);
  const writes = Promise.all([
    putSpan(db, span, { bucketCount: guess.bucketCount, bucket, row: guessedRow }),
    recordAction(db, { docId, kind: 'add', span }, span.createdAt, guess.history),
    db.documents.put(written),
  ]);
  // When a check fails the transaction aborts and these fail too: reported through the check, not as unhandled.
  writes.catch(() => {});
  const [storedDoc, bucketCount, storedRow, history] = await checks;
  if (
    bucketCount !== guess.bucketCount ||
    !sameRow(storedDoc, doc) ||
    !sameRow(storedRow, guessedRow) ||
    history.undone !== guess.history.undone ||
    history.kept !== guess.history.kept
  ) {
    guesses.counts.misses++;
    // What was read replaces the guess, so that the next tag need not miss the same way.
    if (storedDoc) guesses.tagged(docId, storedDoc, history, bucketCount, bucket, storedRow);
    else guesses.forget(docId);
    throw new TagGuessMissed();
  }
  const [{ row }, kept] = await writes;
  guesses.counts.hits++;
  guesses.tagged(docId, written, { undone: 0, kept }, bucketCount, bucket, row);
  return span;
}

/**
 * A tag that reads what it changes first: the first of a document, after an edit of another kind, and again
 * after a guess that did not hold (AnnotationStore.addSpan). `prepared`: the span already made for this tag.
 */
export async function addSpanReadingFirst(
  context: SpanEditContext,
  docId: string,
  start: number,
  end: number,
  label: LabelKey,
  annotator: string | undefined,
  prepared?: Span,
): Promise<Span> {
  const { db, requireDocument, textOf, bucketCounts, guesses } = context;
  // The document's row, its number of span buckets, the bucket the new span goes into (by the count last
  // seen) and the counts of its undo history are read together: each round trip to IndexedDB in turn delays the
  // moment the tag is shown saved.
  const id = prepared?.id ?? context.newId();
  const [doc, place, history] = await Promise.all([
    requireDocument(docId),
    placeOf(db, { id, docId }, bucketCounts.get(docId) ?? guesses.get(docId)?.bucketCount),
    historyCountsOf(db, docId),
  ]);
  bucketCounts.set(docId, place.bucketCount);
  const span = prepared ?? newSpan(context, id, docId, await textOf(doc), start, end, label, annotator);
  const written = withOneMoreSpan(doc);
  // Independent writes, issued together: the tag is shown saved only once all have committed, and each
  // round trip to IndexedDB in turn would add a millisecond or more to that (issue 4).
  // The rows read above are put back whole: an update would read them again first.
  const [{ row }, kept] = await Promise.all([
    putSpan(db, span, place),
    recordAction(db, { docId, kind: 'add', span }, span.createdAt, history),
    db.documents.put(written),
  ]);
  // Spread over more buckets, the rows known no longer hold: the next tags read first, until it is opened again.
  if (row) guesses.tagged(docId, written, { undone: 0, kept }, place.bucketCount, place.bucket, row);
  else guesses.forget(docId);
  return span;
}

/** Changes an annotation's label; links and figures that do not fit the new label are dropped (undo restores them). */
export async function relabelSpan(
  { db, now, requireDocument, textOf }: SpanEditContext,
  key: SpanKey,
  label: LabelKey,
): Promise<Span> {
  const span = await readSpan(db, key);
  if (!span)
    throw new StorageError('Could not change the label: the annotation no longer exists.', 'NotFound');
  // Links and figures that do not fit the new label are dropped (undo puts them back from `previous`).
  const text = await textOf(await requireDocument(span.docId));
  const updated: Span = withCodingForLabel({ ...span, label, updatedAt: now() }, text);
  await writeSpan(db, updated);
  await recordAction(
    db,
    { docId: span.docId, kind: 'relabel', span: updated, before: span.label, previous: span },
    updated.updatedAt,
  );
  return updated;
}

/**
 * Moves an annotation's boundaries to [start, end) (UTF-16 offsets into the stored text): in range, not empty,
 * on grapheme boundaries, else refused with a message (the keys and "Resize to selection" compute whole
 * characters; a caller handing a split one has a bug that snapping would hide). The span keeps its id, label,
 * links and accepted figures; its text follows; a still-proposed casualty figure is read again from the new
 * text. Undoable (history kind 'resize'); unchanged bounds write nothing.
 */
export async function resizeSpan(
  { db, now, requireDocument, textOf }: SpanEditContext,
  key: SpanKey,
  start: number,
  end: number,
): Promise<Span> {
  const span = await readSpan(db, key);
  if (!span) throw new StorageError('Could not resize the annotation: it no longer exists.', 'NotFound');
  const text = await textOf(await requireDocument(span.docId));
  const problem = invalidResizeReason(text, start, end);
  if (problem)
    throw new StorageError(`Could not resize the annotation: ${problem}. Nothing was changed.`, 'RangeError');
  if (start === span.start && end === span.end) return span;
  const moved: Span = { ...span, start, end, text: text.slice(start, end), updatedAt: now() };
  if (moved.attributes?.proposed) delete moved.attributes;
  const updated = withCodingForLabel(moved, text);
  await writeSpan(db, updated);
  await recordAction(
    db,
    { docId: span.docId, kind: 'resize', span: updated, previous: span },
    updated.updatedAt,
  );
  return updated;
}

/** Deletes an annotation (nothing when it is already gone); the events built from it let go of it. */
export async function deleteSpan({ db, now, requireDocument }: SpanEditContext, key: SpanKey): Promise<void> {
  const span = await removeSpan(db, key);
  if (!span) return;
  const doc = await requireDocument(span.docId);
  const time = now();
  // No event keeps pointing at a deleted annotation; the history keeps which ones it left, for undo.
  const events = await removeSpanFromEvents(db, span, time);
  await recordAction(
    db,
    { docId: span.docId, kind: 'delete', span, ...(events.length > 0 ? { events } : {}) },
    time,
  );
  await db.documents.update(doc.id, { spanCount: Math.max(0, doc.spanCount - 1) });
}

/** Undoes the document's latest annotation action (survives reloads); null when there is nothing to undo. */
export async function undo({ db, now }: SpanEditContext, docId: string): Promise<HistoryEntry | null> {
  // One step: an action, or every entry of an action over several spans (accepting a curation).
  const entries = await undoLatestStep(db, docId);
  for (const entry of entries) {
    if (entry.kind === 'add') {
      // Undoing a tagging deletes the span: it leaves the events built from it, as with Delete, and its
      // entry remembers them so that redoing the tagging puts it back.
      const events = await removeSpanFromEvents(db, entry.span, now());
      if (events.length > 0) await db.history.update(entry.seq as number, { events });
    } else if (entry.kind === 'delete' && entry.events) {
      await restoreSpanToEvents(db, entry.span, entry.events, now());
    }
  }
  return entries[0] ?? null;
}

/** Redoes the document's earliest undone action; null when there is nothing to redo. */
export async function redo({ db, now }: SpanEditContext, docId: string): Promise<HistoryEntry | null> {
  const entries = await redoEarliestStep(db, docId);
  for (const entry of entries) {
    if (entry.kind === 'delete') await removeSpanFromEvents(db, entry.span, now());
    else if (entry.kind === 'add' && entry.events)
      await restoreSpanToEvents(db, entry.span, entry.events, now());
  }
  return entries[0] ?? null;
}
