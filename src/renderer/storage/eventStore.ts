import type { Actor } from '../../core/coding/actor';
import { draftEvent } from '../../core/coding/eventDraft';
import { applyEventChanges, type EventChanges, invalidChangesReasons } from '../../core/coding/eventFields';
import type { EventRecord } from '../../core/coding/eventRecord';
import { type EventRow, eventRow } from '../../core/coding/eventRows';
import type { Place } from '../../core/coding/place';
import { type EventDocument, type ResolvedEvent, resolveEvent } from '../../core/coding/resolveEvent';
import type { Span } from '../../core/spans/span';
import type { SpanlightDatabase } from './database';
import { readSpans, readSpansOfDocuments } from './spanBuckets';
import type { StorageAction } from './storageActions';
import { StorageError } from './storageError';
import { readTransaction, writeTransaction } from './transaction';

/** Events in the order they were made (ties by id, so the order never depends on the engine). */
const byCreation = (a: EventRecord, b: EventRecord) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Event records in storage: made from spans of one document, edited, deleted, listed per document and for the
 * library, and resolved against their spans, the actor registry and the places for display and export. Each
 * action is one transaction whose promise resolves after it commits. Reached as `store.events`.
 */
export class EventStore {
  constructor(
    private readonly db: SpanlightDatabase,
    private readonly newId: () => string,
    private readonly now: () => number,
    /** Tells the AnnotationStore's subscribers (sentinel, backups) that something was written. */
    private readonly written: () => void,
  ) {}

  /** A new event over spans of one document (at least one), dated from the document's publication date. */
  async createFromSpans(docId: string, spanIds: readonly string[]): Promise<EventRecord> {
    return this.write('create the event', async () => {
      const document = await this.db.documents.get(docId);
      if (!document) throw new StorageError('The document no longer exists. Nothing was saved.', 'NotFound');
      const spans = await readSpans(this.db, docId, spanIds);
      const found = spans.filter((span): span is Span => !!span && span.docId === docId);
      if (found.length === 0 || found.length !== spans.length)
        throw new StorageError(
          found.length === 0
            ? 'Could not create the event: choose at least one annotation of this document. Nothing was saved.'
            : 'Could not create the event: an annotation no longer exists. Nothing was saved.',
          'NotFound',
        );
      const options: { id: string; now: number; publishedAt?: string } = {
        id: this.newId(),
        now: this.now(),
      };
      if (document.publishedAt) options.publishedAt = document.publishedAt;
      const event = draftEvent(docId, found, options);
      await this.db.events.add(event);
      return event;
    });
  }

  /** Changes an event's date, type, notes, precision or fatalities override; refused when not valid. */
  async update(id: string, changes: EventChanges): Promise<EventRecord> {
    const reasons = invalidChangesReasons(changes);
    if (reasons.length)
      throw new StorageError(
        `Could not save the event: ${reasons.join('; ')}. Nothing was saved.`,
        'RangeError',
      );
    return this.write('save the event', async () => {
      const event = await this.db.events.get(id);
      if (!event) throw new StorageError('Could not save the event: it no longer exists.', 'NotFound');
      const updated = applyEventChanges(event, changes, this.now());
      await this.db.events.put(updated);
      return updated;
    });
  }

  async delete(id: string): Promise<void> {
    await this.write('delete the event', () => this.db.events.delete(id));
  }

  async listForDocument(docId: string): Promise<EventRecord[]> {
    return this.read('load the events', async () =>
      (await this.db.events.where('docId').equals(docId).toArray()).sort(byCreation),
    );
  }

  async listAll(): Promise<EventRecord[]> {
    return this.read('load the events', async () => (await this.db.events.toArray()).sort(byCreation));
  }

  /**
   * The events of some documents (all when absent), read against their spans, actors and places; with the
   * documents' texts, so casualty spans not yet coded are read in context. One read transaction.
   */
  async resolve(docIds?: readonly string[]): Promise<ResolvedEvent[]> {
    return this.read('read the events', async () => {
      const events = (
        docIds
          ? await this.db.events
              .where('docId')
              .anyOf([...docIds])
              .toArray()
          : await this.db.events.toArray()
      ).sort(byCreation);
      const ids = [...new Set(events.map((event) => event.docId))];
      const rows = await this.db.documents.bulkGet(ids);
      const texts = await this.db.texts.bulkGet(ids);
      const documents = new Map<string, EventDocument>();
      for (const [index, row] of rows.entries()) {
        if (!row) continue;
        const document: EventDocument = { id: row.id, title: row.title };
        if (row.source) document.source = row.source;
        if (row.url) document.url = row.url;
        if (row.publishedAt) document.publishedAt = row.publishedAt;
        const text = texts[index]?.text ?? row.text;
        if (text !== undefined) document.text = text;
        documents.set(row.id, document);
      }
      const spans = new Map<string, Span>();
      for (const span of (await readSpansOfDocuments(this.db, ids)).flat()) spans.set(span.id, span);
      const actors = new Map<string, Actor>(
        (await this.db.actors.toArray()).map((actor) => [actor.id, actor]),
      );
      const places = new Map<string, Place>(
        (await this.db.places.toArray()).map((place) => [place.id, place]),
      );
      return events.flatMap((event) => {
        const document = documents.get(event.docId);
        if (!document) return [];
        return [
          resolveEvent(event, {
            document,
            spanById: (id) => spans.get(id),
            actorById: (id) => actors.get(id),
            placeById: (id) => places.get(id),
          }),
        ];
      });
    });
  }

  /** The export rows of some documents' events (all when absent). */
  async rows(docIds?: readonly string[]): Promise<EventRow[]> {
    return (await this.resolve(docIds)).map(eventRow);
  }

  private write<T>(action: StorageAction, body: () => Promise<T>): Promise<T> {
    const { db } = this;
    return writeTransaction(db, [db.documents, db.spanBuckets, db.events], action, body, this.written);
  }

  private read<T>(action: StorageAction, body: () => Promise<T>): Promise<T> {
    const { db } = this;
    return readTransaction(
      db,
      [db.documents, db.texts, db.spanBuckets, db.actors, db.places, db.events],
      action,
      body,
    );
  }
}

/**
 * Takes a deleted span out of the events that were built from it. Called by AnnotationStore.deleteSpan inside
 * its own transaction (which must include the events table), so an event never points at a deleted span.
 * An event left with no span stays: its date, type and notes are the researcher's work.
 * Returns the ids of the events it was taken out of, which the undo history keeps to put it back.
 */
export async function removeSpanFromEvents(
  db: SpanlightDatabase,
  span: Pick<Span, 'id' | 'docId'>,
  now: number,
): Promise<string[]> {
  const events = await db.events.where('docId').equals(span.docId).toArray();
  const changed: string[] = [];
  for (const event of events) {
    if (!event.spanIds.includes(span.id)) continue;
    await db.events.put({ ...event, spanIds: event.spanIds.filter((id) => id !== span.id), updatedAt: now });
    changed.push(event.id);
  }
  return changed;
}

/**
 * Puts a span back into the events it was taken out of (undoing its deletion, redoing its tagging), in text
 * order as createFromSpans keeps them. Events deleted since are skipped: there is nothing to put it back into.
 */
export async function restoreSpanToEvents(
  db: SpanlightDatabase,
  span: Pick<Span, 'id' | 'docId'>,
  eventIds: readonly string[],
  now: number,
): Promise<void> {
  for (const eventId of eventIds) {
    const event = await db.events.get(eventId);
    if (!event || event.docId !== span.docId || event.spanIds.includes(span.id)) continue;
    const members = await readSpans(db, span.docId, [...event.spanIds, span.id]);
    const spanIds = members
      .filter((member): member is Span => member !== undefined)
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((member) => member.id);
    await db.events.put({ ...event, spanIds, updatedAt: now });
  }
}
