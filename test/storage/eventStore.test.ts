import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { StorageError } from '../../src/renderer/storage/storageError';
import { changeStoredSpan, storedSpan } from './support/storedSpans';

let db: SpanlightDatabase;
let store: AnnotationStore;
let counter = 0;
let clock = 1_700_000_000_000;

beforeEach(() => {
  db = new SpanlightDatabase(`test-${Math.random()}`);
  store = new AnnotationStore(
    db,
    () => `id-${++counter}`,
    () => ++clock,
  );
});

afterEach(async () => {
  await db.delete();
});

const TEXT = 'اشتبكت قسد مع داعش في دير الزور، وقتل خمسة عناصر.';

async function article(publishedAt?: string) {
  const { document } = await store.createDocument({
    title: 'تقرير',
    text: TEXT,
    source: 'SY24',
    publishedAt,
  });
  const tag = (needle: string, label: 'actor' | 'place' | 'casualty_count') =>
    store.addSpan(document.id, TEXT.indexOf(needle), TEXT.indexOf(needle) + needle.length, label);
  const spans = {
    sdf: await tag('قسد', 'actor'),
    is: await tag('داعش', 'actor'),
    deir: await tag('دير الزور', 'place'),
    five: await tag('خمسة', 'casualty_count'),
  };
  return { document, spans };
}

describe('EventStore', () => {
  it('creates an event from spans (text order), lists it per document and for the library', async () => {
    const { document, spans } = await article('2023-05-04T09:00:00Z');
    const event = await store.events.createFromSpans(document.id, [
      spans.five.id,
      spans.sdf.id,
      spans.deir.id,
    ]);
    expect(event).toMatchObject({
      docId: document.id,
      spanIds: [spans.sdf.id, spans.deir.id, spans.five.id],
      date: '2023-05-04',
      notes: '',
    });
    expect(await store.events.listForDocument(document.id)).toEqual([event]);
    expect(await store.events.listForDocument('other')).toEqual([]);
    expect(await store.events.listAll()).toEqual([event]);
  });

  it('refuses spans of another document, or none, and writes nothing', async () => {
    const { document, spans } = await article();
    const { document: other } = await store.createDocument({ title: 'x', text: 'another text' });
    await expect(store.events.createFromSpans(other.id, [spans.sdf.id])).rejects.toThrow(StorageError);
    await expect(store.events.createFromSpans(document.id, [])).rejects.toThrow(/at least one annotation/);
    await expect(store.events.createFromSpans(document.id, [spans.sdf.id, 'gone'])).rejects.toThrow(
      /no longer exists/,
    );
    expect(await store.events.listAll()).toEqual([]);
  });

  it('updates fields, refuses invalid ones, deletes', async () => {
    const { document, spans } = await article();
    const event = await store.events.createFromSpans(document.id, [spans.sdf.id]);
    const updated = await store.events.update(event.id, {
      date: '2023-05-04',
      eventType: 'Battles',
      notes: 'ليلاً',
      fatalities: { low: 5, best: 5, high: 6 },
    });
    expect(await store.events.listForDocument(document.id)).toEqual([updated]);
    expect(updated).toMatchObject({ date: '2023-05-04', eventType: 'Battles', notes: 'ليلاً' });
    await expect(store.events.update(event.id, { date: '2023-02-30' })).rejects.toThrow(/no day 30/);
    expect((await store.events.listAll())[0]?.date).toBe('2023-05-04');
    await store.events.delete(event.id);
    expect(await store.events.listAll()).toEqual([]);
  });

  it('resolves rows with the place and actors linked to the spans', async () => {
    const { document, spans } = await article('2023-05-04');
    await db.places.add({
      id: 'deir',
      name: 'Deir ez-Zor',
      names: ['دير الزور'],
      latitude: 35.336,
      longitude: 40.1408,
      country: 'SY',
      source: 'user',
      createdAt: 1,
    });
    await db.actors.add({
      id: 'sdf',
      name: 'SDF',
      aliases: ['قسد'],
      type: 'rebel_group',
      createdAt: 1,
      updatedAt: 1,
    });
    await changeStoredSpan(db, spans.deir, { placeId: 'deir', geoPrecision: 'exact' });
    await changeStoredSpan(db, spans.sdf, { actorId: 'sdf' });
    const event = await store.events.createFromSpans(document.id, [
      spans.sdf.id,
      spans.is.id,
      spans.deir.id,
      spans.five.id,
    ]);
    expect(await store.events.rows()).toEqual([
      {
        event_id: event.id,
        document_id: document.id,
        document_title: 'تقرير',
        source: 'SY24',
        source_url: null,
        date: '2023-05-04',
        event_type: null,
        actor1: 'SDF',
        actor1_type: 2,
        actor1_text: 'قسد',
        actor2: 'داعش',
        actor2_type: null,
        actor2_text: 'داعش',
        location: 'Deir ez-Zor',
        location_text: 'دير الزور',
        country: 'SY',
        admin1: null,
        latitude: 35.336,
        longitude: 40.1408,
        geo_precision: 1,
        fatalities_low: 5,
        fatalities_best: 5,
        fatalities_high: 5,
        fatalities_text: 'خمسة',
        notes: '',
        span_ids: [spans.sdf.id, spans.is.id, spans.deir.id, spans.five.id],
      },
    ]);
    expect(await store.events.rows(['other'])).toEqual([]);
  });

  it('deleting a span takes it out of its events in the same transaction; deleting the document deletes them', async () => {
    const { document, spans } = await article();
    const event = await store.events.createFromSpans(document.id, [spans.sdf.id, spans.is.id]);
    await store.deleteSpan(spans.is);
    expect((await store.events.listAll())[0]?.spanIds).toEqual([spans.sdf.id]);
    // Undoing a tagging deletes the span too.
    const added = await store.addSpan(document.id, 0, 3, 'actor');
    await store.events.update(event.id, { notes: 'n' });
    await db.events.update(event.id, { spanIds: [spans.sdf.id, added.id] });
    await store.undo(document.id);
    expect((await store.events.listAll())[0]?.spanIds).toEqual([spans.sdf.id]);
    await store.deleteDocument(document.id);
    expect(await store.events.listAll()).toEqual([]);
  });

  it('undoing a deletion puts the span back into its events in text order; redoing takes it out again', async () => {
    const { document, spans } = await article();
    const event = await store.events.createFromSpans(document.id, [spans.sdf.id, spans.is.id, spans.five.id]);
    const other = await store.events.createFromSpans(document.id, [spans.deir.id]);
    await store.deleteSpan(spans.is);
    expect((await db.events.get(event.id))?.spanIds).toEqual([spans.sdf.id, spans.five.id]);
    await store.undo(document.id);
    expect((await db.events.get(event.id))?.spanIds).toEqual([spans.sdf.id, spans.is.id, spans.five.id]);
    // An event it was never in is left alone.
    expect((await db.events.get(other.id))?.spanIds).toEqual([spans.deir.id]);
    await store.redo(document.id);
    expect((await db.events.get(event.id))?.spanIds).toEqual([spans.sdf.id, spans.five.id]);
    await store.undo(document.id);
    expect((await db.events.get(event.id))?.spanIds).toEqual([spans.sdf.id, spans.is.id, spans.five.id]);
  });

  it('redoing a tagging puts the span back into the events that undoing it took it out of', async () => {
    const { document, spans } = await article();
    const added = await store.addSpan(document.id, 0, 3, 'actor');
    const event = await store.events.createFromSpans(document.id, [spans.sdf.id, added.id]);
    await store.undo(document.id);
    expect((await db.events.get(event.id))?.spanIds).toEqual([spans.sdf.id]);
    await store.redo(document.id);
    expect((await db.events.get(event.id))?.spanIds).toEqual([added.id, spans.sdf.id]);
  });

  it('undoing a deletion skips an event deleted since', async () => {
    const { document, spans } = await article();
    const event = await store.events.createFromSpans(document.id, [spans.sdf.id, spans.is.id]);
    await store.deleteSpan(spans.is);
    await store.events.delete(event.id);
    await store.undo(document.id);
    expect(await storedSpan(db, spans.is)).toBeDefined();
    expect(await store.events.listAll()).toEqual([]);
  });

  it('tells the store’s subscribers about every event write', async () => {
    const { document, spans } = await article();
    let writes = 0;
    store.subscribe(() => writes++);
    const event = await store.events.createFromSpans(document.id, [spans.sdf.id]);
    await store.events.update(event.id, { notes: 'x' });
    await store.events.delete(event.id);
    expect(writes).toBe(3);
  });
});
