import { withCodingForLabel } from '../../core/coding/codingForLabel';
import type { LabelKey } from '../../core/labels';
import { invalidResizeReason } from '../../core/spans/resizeSpan';
import { invalidRangeReason, type Span } from '../../core/spans/span';
import type { DocumentRow, HistoryEntry, SpanlightDatabase } from './database';
import { removeSpanFromEvents, restoreSpanToEvents } from './eventStore';
import { historyCountsOf, recordAction, redoEarliestStep, undoLatestStep } from './history';
import { placeOf, readSpan, removeSpan, type SpanKey, writeSpan } from './spanBuckets';
import { StorageError } from './storageError';

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
}

/** Adds an annotation over [start, end) (UTF-16 offsets into the stored text). */
export async function addSpan(
  { db, newId, now, requireDocument, textOf, bucketCounts }: SpanEditContext,
  docId: string,
  start: number,
  end: number,
  label: LabelKey,
  annotator?: string,
): Promise<Span> {
  // The document's row, its number of span buckets, the bucket the new span goes into (by the count last
  // seen) and the counts of its undo history are read together: each round trip to IndexedDB in turn delays the moment the tag is shown saved.
  const id = newId();
  const [doc, place, history] = await Promise.all([
    requireDocument(docId),
    placeOf(db, { id, docId }, bucketCounts.get(docId)),
    historyCountsOf(db, docId),
  ]);
  bucketCounts.set(docId, place.bucketCount);
  const text = await textOf(doc);
  const problem = invalidRangeReason(text, start, end);
  if (problem)
    throw new StorageError(`Could not save the annotation: ${problem}. Nothing was saved.`, 'RangeError');
  const time = now();
  // A casualty count gets its proposed figures in this same transaction: no exported one lacks them.
  const span: Span = withCodingForLabel(
    {
      id,
      docId,
      start,
      end,
      label,
      text: text.slice(start, end),
      createdAt: time,
      updatedAt: time,
    },
    text,
  );
  if (annotator?.trim()) span.annotator = annotator.trim();
  // The first annotation starts the work on a document.
  const status = doc.status && doc.status !== 'todo' ? doc.status : 'in_progress';
  // Independent writes, issued together: the tag is shown saved only once all have committed, and each
  // round trip to IndexedDB in turn would add a millisecond or more to that (issue 4).
  // The row read above is put back whole: an update would read it again first.
  await Promise.all([
    writeSpan(db, span, place),
    recordAction(db, { docId, kind: 'add', span }, time, history),
    db.documents.put({ ...doc, spanCount: doc.spanCount + 1, status }),
  ]);
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
