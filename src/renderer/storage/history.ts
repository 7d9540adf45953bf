import type { Span } from '../../core/spans/span';
import type { HistoryEntry, SpanlightDatabase } from './database';
import { countDocumentSpans, removeSpan, writeSpan } from './spanBuckets';

/**
 * Undo keeps at least this many actions of a document (the latest ones, not counting undone ones); older ones
 * drop off (undoing further back is rare and the table must not grow)...
 */
export const HISTORY_LIMIT = 500;
/**
 * ...and drops the oldest only once this many more have gathered: the trim costs two more round trips to
 * IndexedDB, which every tag past the 500th action of a document used to wait for before it showed saved.
 */
export const HISTORY_TRIM_EVERY = 50;

/** What recordAction needs to know of a document's history: its undone actions and the ones kept. */
export interface HistoryCounts {
  undone: number;
  kept: number;
}

/**
 * Reads a document's HistoryCounts, so that a caller can read them together with its other reads: with them,
 * recordAction's writes are one round of requests (a tag is shown saved only once they are done, issue 4).
 */
export async function historyCountsOf(db: SpanlightDatabase, docId: string): Promise<HistoryCounts> {
  const [undone, kept] = await Promise.all([
    db.history.where('[docId+undone]').equals([docId, 1]).count(),
    db.history.where('[docId+undone]').equals([docId, 0]).count(),
  ]);
  return { undone, kept };
}

/**
 * Records an action for undo, clearing the document's undone actions (a new action ends their redo).
 * `counts`: the document's HistoryCounts read in this transaction (historyCountsOf); read here when absent.
 * Returns how many actions the document's history keeps now (none of them undone).
 */
export async function recordAction(
  db: SpanlightDatabase,
  entry: Omit<HistoryEntry, 'undone' | 'at'>,
  at: number,
  counts?: HistoryCounts,
): Promise<number> {
  // Issued together (IndexedDB runs them in this order): the undone actions go, the new one comes, and the
  // actions kept are counted (not depending on the deletion). With `counts` read ahead, the count is known and
  // nothing undone means nothing to clear: a collection's delete reads before it deletes, a round trip of its own.
  // Without them, one round as well: reading the counts first would add one to every other edit.
  const [, , count] = await Promise.all([
    !counts || counts.undone > 0
      ? db.history.where('[docId+undone]').equals([entry.docId, 1]).delete()
      : undefined,
    db.history.add({ ...entry, undone: 0, at }),
    counts ? counts.kept + 1 : db.history.where('[docId+undone]').equals([entry.docId, 0]).count(),
  ]);
  if (count > HISTORY_LIMIT + HISTORY_TRIM_EVERY) {
    const oldest = await db.history
      .where('docId')
      .equals(entry.docId)
      .limit(count - HISTORY_LIMIT)
      .primaryKeys();
    await db.history.bulkDelete(oldest);
    return HISTORY_LIMIT;
  }
  return count;
}

/** Recounts a document's spans into its row (inside the caller's transaction). */
export async function recountSpans(db: SpanlightDatabase, docId: string): Promise<void> {
  // Two statements: an await inside the call's arguments loses Dexie's transaction zone.
  const spanCount = await countDocumentSpans(db, docId);
  await db.documents.update(docId, { spanCount });
}

/** Adds one to (or takes one from) a document's span count, inside the caller's transaction. */
async function countSpan(db: SpanlightDatabase, docId: string, change: 1 | -1): Promise<void> {
  const row = await db.documents.get(docId);
  if (row) await db.documents.update(docId, { spanCount: Math.max(0, row.spanCount + change) });
}

// The count follows each change instead of being recounted: recounting reads all of a document's spans, a couple
// of megabytes at 10,000 of them, on every undo.
async function put(db: SpanlightDatabase, span: Span) {
  if ((await writeSpan(db, span)) === 'added') await countSpan(db, span.docId, 1);
}

async function remove(db: SpanlightDatabase, span: Span) {
  if (await removeSpan(db, span)) await countSpan(db, span.docId, -1);
}

/** Undoes the document's latest action, inside the caller's transaction; returns what was undone, or null. */
export async function undoLatest(db: SpanlightDatabase, docId: string): Promise<HistoryEntry | null> {
  // Entries with equal index keys come in primary-key (seq) order: last() is the latest action.
  const entry = await db.history.where('[docId+undone]').equals([docId, 0]).last();
  if (!entry) return null;
  if (entry.kind === 'add') await remove(db, entry.span);
  else if (entry.kind === 'delete') await put(db, entry.span);
  else if (entry.previous) await put(db, entry.previous);
  else await put(db, { ...entry.span, label: entry.before ?? entry.span.label });
  await db.history.update(entry.seq as number, { undone: 1 });
  return entry;
}

/** Redoes the document's earliest undone action; returns it, or null when there is nothing to redo. */
export async function redoEarliest(db: SpanlightDatabase, docId: string): Promise<HistoryEntry | null> {
  const entry = await db.history.where('[docId+undone]').equals([docId, 1]).first();
  if (!entry) return null;
  if (entry.kind === 'delete') await remove(db, entry.span);
  else await put(db, entry.span);
  await db.history.update(entry.seq as number, { undone: 0 });
  return entry;
}

/**
 * Undoes the latest step: the latest action and, when it belongs to a group (one action over several spans), the
 * rest of its group. Inside the caller's transaction; returns the entries undone, latest first (empty: nothing).
 */
export async function undoLatestStep(db: SpanlightDatabase, docId: string): Promise<HistoryEntry[]> {
  const undone: HistoryEntry[] = [];
  for (;;) {
    const entry = await undoLatest(db, docId);
    if (!entry) break;
    undone.push(entry);
    if (entry.group === undefined) break;
    const next = await db.history.where('[docId+undone]').equals([docId, 0]).last();
    if (next?.group !== entry.group) break;
  }
  return undone;
}

/** Redoes the earliest undone step (a whole group, as undoLatestStep); returns the entries redone, in order. */
export async function redoEarliestStep(db: SpanlightDatabase, docId: string): Promise<HistoryEntry[]> {
  const redone: HistoryEntry[] = [];
  for (;;) {
    const entry = await redoEarliest(db, docId);
    if (!entry) break;
    redone.push(entry);
    if (entry.group === undefined) break;
    const next = await db.history.where('[docId+undone]').equals([docId, 1]).first();
    if (next?.group !== entry.group) break;
  }
  return redone;
}
