import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/hash/sha256';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { addDocumentSpans, bucketOf } from '../../src/renderer/storage/spanBuckets';
import { StorageError } from '../../src/renderer/storage/storageError';
import { storedSpans } from './support/storedSpans';

// Logic of the storage layer in Node (fake-indexeddb). Durability, reload and quota are proven in
// Chromium: test/renderer/storage/*.test.ts.

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

const ARTICLE = '\uFEFFأعلنت قسد اعتقال ٣٤ شخصاً بالحسكة.\r\nوقُتل خمسةُ عناصر.\r';

describe('AnnotationStore', () => {
  it('stores the text with only BOM and line endings changed, and its hash', async () => {
    const { document, existing } = await store.createDocument({ title: ' تقرير ', text: ARTICLE });
    expect(existing).toBe(false);
    const stored = await store.getDocument(document.id);
    expect(stored?.text).toBe('أعلنت قسد اعتقال ٣٤ شخصاً بالحسكة.\nوقُتل خمسةُ عناصر.\n');
    expect(stored?.sha256).toBe(sha256Hex(stored?.text ?? ''));
    expect(stored?.title).toBe('تقرير');
  });

  it('returns the existing document for the same text instead of a duplicate', async () => {
    const first = await store.createDocument({ title: 'A', text: 'same text' });
    const second = await store.createDocument({ title: 'B', text: 'same text' });
    expect(second.existing).toBe(true);
    expect(second.document.id).toBe(first.document.id);
    expect(await store.listDocuments()).toHaveLength(1);
  });

  it('adds, relabels and deletes spans, keeping the document count in step', async () => {
    const { document } = await store.createDocument({ title: 'T', text: ARTICLE });
    const text = (await store.getDocument(document.id))?.text ?? '';
    const at = text.indexOf('الحسكة');
    const place = await store.addSpan(document.id, at, at + 'الحسكة'.length, 'place');
    expect(place.text).toBe('الحسكة');
    const actor = await store.addSpan(
      document.id,
      text.indexOf('قسد'),
      text.indexOf('قسد') + 3,
      'casualty_count',
    );
    expect((await store.listDocuments())[0]?.spanCount).toBe(2);

    const relabelled = await store.relabelSpan(actor, 'actor');
    expect(relabelled.label).toBe('actor');
    expect(relabelled.updatedAt).toBeGreaterThan(actor.updatedAt);
    expect(relabelled.createdAt).toBe(actor.createdAt);

    const spans = await store.listSpans(document.id);
    expect(spans.map((span) => span.text)).toEqual(['قسد', 'الحسكة']); // text order

    await store.deleteSpan(place);
    expect((await store.listSpans(document.id)).map((span) => span.id)).toEqual([actor.id]);
    expect((await store.listDocuments())[0]?.spanCount).toBe(1);
  });

  it.each([
    [-1, 3, 'outside the text'],
    [0, 10_000, 'outside the text'],
    [5, 5, 'empty'],
    [1.5, 3, 'whole numbers'],
  ])('refuses a span over [%s, %s) and writes nothing', async (start, end, reason) => {
    const { document } = await store.createDocument({ title: 'T', text: 'short text' });
    await expect(store.addSpan(document.id, start, end, 'actor')).rejects.toThrow(reason);
    expect(await store.listSpans(document.id)).toEqual([]);
    expect((await store.listDocuments())[0]?.spanCount).toBe(0);
  });

  it('tags into the right bucket after the document was spread behind the store (its bucket count guess stale)', async () => {
    const text = 'قسد '.repeat(2_000);
    const { document } = await store.createDocument({ title: 'T', text });
    const first = await store.addSpan(document.id, 0, 3, 'actor');
    // Another window adds 600 spans: the document's spans now span several buckets, which this store has not read.
    const others = Array.from({ length: 600 }, (_, n) => ({
      id: `other-${n}`,
      docId: document.id,
      start: 4 * (n + 1),
      end: 4 * (n + 1) + 3,
      label: 'actor' as const,
      text: 'قسد',
      createdAt: 1,
      updatedAt: 1,
    }));
    await db.transaction('rw', db.spanBuckets, () => addDocumentSpans(db, document.id, others));
    const second = await store.addSpan(document.id, 4 * 700, 4 * 700 + 3, 'place');
    const third = await store.addSpan(document.id, 4 * 701, 4 * 701 + 3, 'place');

    const rows = (await db.spanBuckets.toArray()).filter((row) => row.docId === document.id);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows)
      for (const stored of row.spans)
        expect([stored.id, row.bucket]).toEqual([stored.id, bucketOf(stored.id, rows.length)]);
    const listed = (await store.listSpans(document.id)).map((span) => span.id);
    expect(listed).toHaveLength(603);
    expect(listed).toEqual(expect.arrayContaining([first.id, second.id, third.id]));
    // Each is found again by its id (an undo reads it that way).
    await store.undo(document.id);
    await store.undo(document.id);
    expect((await store.listSpans(document.id)).map((span) => span.id)).not.toContain(second.id);
  });

  it('says whether a document has annotations, from its count: none, tagged, all deleted, undone back', async () => {
    const { document } = await store.createDocument({ title: 'T', text: 'قسد في الرقة' });
    expect(await store.hasSpans(document.id)).toBe(false);
    const span = await store.addSpan(document.id, 0, 3, 'actor');
    expect(await store.hasSpans(document.id)).toBe(true);
    await store.deleteSpan(span);
    expect(await store.hasSpans(document.id)).toBe(false);
    await store.undo(document.id);
    expect(await store.hasSpans(document.id)).toBe(true);
    expect(await store.hasSpans('no-such-document')).toBe(false);
  });

  it('refuses a span on a document that does not exist', async () => {
    await expect(store.addSpan('missing', 0, 1, 'actor')).rejects.toBeInstanceOf(StorageError);
    expect(await storedSpans(db)).toEqual([]);
  });

  it('deletes a document with all its spans', async () => {
    const { document } = await store.createDocument({ title: 'T', text: 'Raqqa and Hasakah' });
    const other = await store.createDocument({ title: 'U', text: 'Deir ez-Zor' });
    await store.addSpan(document.id, 0, 5, 'place');
    await store.addSpan(other.document.id, 0, 4, 'place');
    await store.deleteDocument(document.id);
    expect((await store.listDocuments()).map((doc) => doc.id)).toEqual([other.document.id]);
    expect(await storedSpans(db)).toHaveLength(1);
  });

  it('imports a batch all or nothing', async () => {
    const created = await store.createDocuments([
      { title: 'A', text: 'one' },
      { title: 'B', text: 'two' },
      { title: 'C', text: 'one' },
    ]);
    expect(created.map((entry) => entry.existing)).toEqual([false, false, true]);
    expect(await store.listDocuments()).toHaveLength(2);

    // A failing add in the middle of a batch leaves nothing of the batch behind.
    const failing = new AnnotationStore(db, () => 'id-fixed');
    await expect(
      failing.createDocuments([
        { title: 'X', text: 'three' },
        { title: 'Y', text: 'four' },
      ]),
    ).rejects.toThrow(/Could not import 2 documents: the record already exists\. Nothing was saved\./);
    expect(await store.listDocuments()).toHaveLength(2);
  });

  it('snapshots every document with its spans in text order', async () => {
    const { document } = await store.createDocument({ title: 'T', text: 'Raqqa and Hasakah' });
    await store.addSpan(document.id, 10, 17, 'place');
    await store.addSpan(document.id, 0, 5, 'place');
    const [entry] = await store.snapshot();
    expect(entry?.document.id).toBe(document.id);
    expect(entry?.document).not.toHaveProperty('spanCount');
    expect(entry?.spans.map((span) => span.text)).toEqual(['Raqqa', 'Hasakah']);
  });

  it('edits metadata without touching the text, clearing emptied fields', async () => {
    const { document } = await store.createDocument({ title: 'T', text: 'نص', source: 'SY24', lang: 'ar' });
    const updated = await store.updateMetadata(document.id, {
      title: '  تقرير  ',
      source: '',
      url: 'https://www.sy-24.com/news/1',
      publishedAt: '2024-08-31',
    });
    expect(updated).toMatchObject({
      title: 'تقرير',
      url: 'https://www.sy-24.com/news/1',
      publishedAt: '2024-08-31',
      lang: 'ar',
    });
    expect(updated).not.toHaveProperty('source');
    const stored = await store.getDocument(document.id);
    expect(stored).toEqual(updated);
    expect(stored?.text).toBe('نص');
    expect((await store.listDocuments())[0]).toMatchObject({ title: 'تقرير', publishedAt: '2024-08-31' });
    // An empty title keeps the old one: a document always has a name.
    expect((await store.updateMetadata(document.id, { title: ' ' })).title).toBe('تقرير');
  });

  it('rolls a batch back when it is cancelled part way, reporting progress until then', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const drafts = Array.from({ length: 10 }, (_, i) => ({ title: `D${i}`, text: `article ${i}` }));
    await expect(
      store.createDocuments(drafts, {
        signal: controller.signal,
        onProgress(done) {
          seen.push(done);
          if (done === 5) controller.abort();
        },
      }),
    ).rejects.toThrow('The import was cancelled. Nothing was saved.');
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
    expect(await store.listDocuments()).toEqual([]);
  });
});
