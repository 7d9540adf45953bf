import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FormatDocument } from '../../src/core/formats/types';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';

let db: SpanlightDatabase;
let store: AnnotationStore;
let counter = 0;

beforeEach(() => {
  db = new SpanlightDatabase(`test-${Math.random()}`);
  store = new AnnotationStore(
    db,
    () => `new-${++counter}`,
    () => 1_700_000_000_000,
  );
});

afterEach(async () => {
  await db.delete();
});

const TEXT = 'اشتبكت قسد مع داعش في دير الزور.';

function fileDocument(): FormatDocument {
  const at = (needle: string) => ({
    start: TEXT.indexOf(needle),
    end: TEXT.indexOf(needle) + needle.length,
    text: needle,
  });
  return {
    id: 'file-doc',
    title: 'تقرير',
    text: TEXT,
    annotations: [
      { id: 'file-a', label: 'actor', ...at('قسد') },
      { id: 'file-b', label: 'actor', ...at('داعش') },
      { id: 'file-p', label: 'place', ...at('دير الزور') },
    ],
    events: [
      {
        id: 'file-event',
        docId: 'file-doc',
        spanIds: ['file-a', 'file-b', 'file-p', 'not-in-file'],
        date: '2023-05-04',
        eventType: 'Battles',
        fatalities: { low: 1, best: 2, high: 3 },
        notes: 'ملاحظة',
        createdAt: 10,
        updatedAt: 20,
      },
    ],
  };
}

describe('importing event records', () => {
  it('maps the document and annotation ids to the stored ones; drops ids the file does not have', async () => {
    await store.importDocuments([fileDocument()], { duplicates: 'keep-both' });
    const [doc] = await store.listDocuments();
    const spans = await store.listSpans(doc?.id ?? '');
    const events = await store.events.listAll();
    expect(events).toEqual([
      {
        id: expect.stringMatching(/^new-/),
        docId: doc?.id,
        spanIds: spans.map((span) => span.id),
        date: '2023-05-04',
        eventType: 'Battles',
        fatalities: { low: 1, best: 2, high: 3 },
        notes: 'ملاحظة',
        createdAt: 10,
        updatedAt: 20,
      },
    ]);
    expect(doc?.id).not.toBe('file-doc');
  });

  it('a restore keeps the ids; importing with "replace" swaps the events of the replaced document', async () => {
    await store.restoreDocuments([fileDocument()]);
    expect((await store.events.listAll()).map((e) => [e.id, e.docId, e.spanIds])).toEqual([
      ['file-event', 'file-doc', ['file-a', 'file-b', 'file-p']],
    ]);
    const again = fileDocument();
    again.events = [
      { ...(again.events?.[0] as NonNullable<FormatDocument['events']>[number]), notes: 'ثانية' },
    ];
    await store.importDocuments([again], { duplicates: 'replace' });
    const events = await store.events.listAll();
    expect(events.map((e) => e.notes)).toEqual(['ثانية']);
    expect(await store.listSpans('file-doc')).toHaveLength(3);
    expect(events[0]?.spanIds).toEqual((await store.listSpans('file-doc')).map((s) => s.id));
  });

  it('"skip" leaves the library’s events alone and adds none', async () => {
    await store.restoreDocuments([fileDocument()]);
    await store.importDocuments([{ ...fileDocument(), events: [] }], { duplicates: 'skip' });
    expect(await store.events.listAll()).toHaveLength(1);
  });

  it('an event’s registry actors follow the ids the import gives the file’s actors', async () => {
    // The library already has another actor under the file's id: the file's actor gets a new id.
    await db.actors.add({ id: 'file-actor', name: 'Other', aliases: [], createdAt: 1, updatedAt: 1 });
    const doc = fileDocument();
    const [first] = doc.events ?? [];
    doc.events = [
      {
        ...(first as NonNullable<FormatDocument['events']>[number]),
        actor1: 'file-actor',
        actor2: 'elsewhere',
      },
    ];
    await store.importDocuments([doc], {
      duplicates: 'keep-both',
      actors: [{ id: 'file-actor', name: 'Islamic State', aliases: ['داعش'], createdAt: 1, updatedAt: 1 }],
    });
    const added = (await db.actors.toArray()).find((actor) => actor.name === 'Islamic State');
    expect(added?.id).not.toBe('file-actor');
    expect((await store.events.listAll()).map((e) => [e.actor1, e.actor2])).toEqual([
      [added?.id, 'elsewhere'],
    ]);
  });
});
