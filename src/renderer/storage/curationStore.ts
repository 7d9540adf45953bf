import { CURATED_ANNOTATOR, curationChange, type Version, versionKeys } from '../../core/agreement/curation';
import type { SpanDifference } from '../../core/agreement/spanDifferences';
import { withCodingForLabel } from '../../core/coding/codingForLabel';
import { LABEL_KEY_PATTERN } from '../../core/projects/labelSchema';
import { invalidRangeReason, type Span } from '../../core/spans/span';
import type { DocumentRow, SpanlightDatabase } from './database';
import { removeSpanFromEvents } from './eventStore';
import { recordAction } from './history';
import { readDocumentSpans, replaceDocumentSpans } from './spanBuckets';
import { StorageError } from './storageError';
import { writeTransaction } from './transaction';

/**
 * The curated set in storage: accepting annotator A's or B's version of some differences (Compare side by side)
 * into the spans of annotator "curated". One accept — one row or "Accept all" — is one read-write transaction:
 * a failure anywhere writes nothing. A copy keeps the accepted span's coding (a casualty count's figures,
 * accepted or edited, an actor or place link with its precision), read from the stored span in that transaction.
 * Every span written or deleted is recorded in the document's undo history under one group, so Undo takes the
 * whole accept back in one step. Reached as `store.curation`.
 */
export class CurationStore {
  constructor(
    private readonly db: SpanlightDatabase,
    private readonly newId: () => string,
    private readonly now: () => number,
    /** Tells the AnnotationStore's subscribers (sentinel, backups) that something was written. */
    private readonly written: () => void,
  ) {}

  /**
   * Makes the curated set hold `version` of each row (rows of one document, from spanDifferences), in row order,
   * each row's change computed on what the earlier rows left (core/agreement/curation.ts). `allRows`: all the
   * document's rows, when `rows` are some of them (what the version holds elsewhere stays). Returns the
   * document's curated spans after the commit.
   */
  async accept(
    docId: string,
    rows: readonly SpanDifference<Span>[],
    version: Version,
    allRows: readonly SpanDifference<Span>[] = rows,
  ): Promise<Span[]> {
    const { db } = this;
    const held = versionKeys(allRows, version);
    return writeTransaction(
      db,
      [db.documents, db.texts, db.spanBuckets, db.history, db.events],
      'save the curated annotations',
      () => this.acceptInTransaction(docId, rows, version, held),
      this.written,
    );
  }

  private async acceptInTransaction(
    docId: string,
    rows: readonly SpanDifference<Span>[],
    version: Version,
    held: ReadonlySet<string>,
  ): Promise<Span[]> {
    const doc = await this.db.documents.get(docId);
    if (!doc) throw new StorageError('The document no longer exists. Nothing was saved.', 'NotFound');
    const text = await this.textOf(doc);
    const stored = await readDocumentSpans(this.db, docId);
    const byId = new Map(stored.map((span) => [span.id, span]));
    /** The document's spans as the accept leaves them, written once at the end. */
    const after = new Map(byId);
    const curated = stored.filter((span) => span.annotator === CURATED_ANNOTATOR);
    const time = this.now();
    const group = this.newId();
    let added = 0;
    for (const row of rows) {
      const change = curationChange(row, version, curated, held);
      for (const id of change.remove) {
        const index = curated.findIndex((span) => span.id === id);
        const span = curated[index];
        if (!span) continue;
        curated.splice(index, 1);
        after.delete(id);
        // No event keeps pointing at a deleted annotation, as with Delete (undo puts it back).
        const events = await removeSpanFromEvents(this.db, span, time);
        await recordAction(
          this.db,
          { docId, kind: 'delete', span, group, ...(events.length > 0 ? { events } : {}) },
          time,
        );
      }
      for (const chosen of change.add) {
        const copy = this.copyOf(byId.get(chosen.id) ?? chosen, docId, text, time);
        after.set(copy.id, copy);
        await recordAction(this.db, { docId, kind: 'add', span: copy, group }, time);
        curated.push(copy);
        added++;
      }
    }
    await replaceDocumentSpans(this.db, docId, [...after.values()]);
    await this.db.documents.update(docId, { spanCount: after.size });
    // The first annotation starts the work on a document, as with tagging.
    if (added > 0 && (!doc.status || doc.status === 'todo'))
      await this.db.documents.update(docId, { status: 'in_progress' });
    return curated;
  }

  /** A curated copy of `source` (as stored now): its range, label and coding; a new id, annotator and times. */
  private copyOf(source: Span, docId: string, text: string, time: number): Span {
    // Both versions come from this library, whose labels are its projects' (keys of [a-z0-9_]).
    if (!LABEL_KEY_PATTERN.test(source.label))
      throw new StorageError(`“${source.label}” is not a Spanlight label. Nothing was saved.`, 'DataError');
    const problem = invalidRangeReason(text, source.start, source.end);
    if (problem)
      throw new StorageError(`Could not copy an annotation: ${problem}. Nothing was saved.`, 'RangeError');
    const { attributes, actorId, placeId, geoPrecision } = source;
    return withCodingForLabel(
      {
        id: this.newId(),
        docId,
        start: source.start,
        end: source.end,
        label: source.label,
        text: text.slice(source.start, source.end),
        annotator: CURATED_ANNOTATOR,
        // Copied whole: an edited figure must not be shared with (and changed through) the source span.
        ...(attributes ? { attributes: structuredClone(attributes) } : {}),
        ...(actorId !== undefined ? { actorId } : {}),
        ...(placeId !== undefined ? { placeId } : {}),
        ...(geoPrecision !== undefined ? { geoPrecision } : {}),
        createdAt: time,
        updatedAt: time,
      },
      text,
    );
  }

  /** The stored text of a document row: its own table, or the row itself for a version-1 row. */
  private async textOf(row: DocumentRow): Promise<string> {
    if (typeof row.text === 'string') return row.text;
    const stored = await this.db.texts.get(row.id);
    if (!stored)
      throw new StorageError(`The text of “${row.title}” is missing from the database.`, 'NotFound');
    return stored.text;
  }
}
