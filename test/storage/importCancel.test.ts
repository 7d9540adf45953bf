import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FormatDocument } from '../../src/core/formats/types';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';

// A large dataset import is one transaction: cancelled part way (the progress bar's "Cancel import"), or failing
// on its last document, it leaves the library exactly as it was — the documents already written roll back.

let db: SpanlightDatabase;
let store: AnnotationStore;

beforeEach(() => {
  db = new SpanlightDatabase(`import-cancel-${Math.random()}`);
  store = new AnnotationStore(db);
});

afterEach(async () => {
  await db.delete();
});

const documents = (count: number): FormatDocument[] =>
  Array.from({ length: count }, (_, i) => ({
    title: `وثيقة ${i}`,
    text: `قتل ${i} في الحسكة`,
    annotations: [{ start: 0, end: 3, label: 'actor', text: 'قتل' }],
  }));

describe('importDocuments of a dataset', () => {
  it('cancelled part way, writes nothing', async () => {
    await store.createDocument({ title: 'قبل', text: 'نص موجود' });
    const controller = new AbortController();
    const seen: number[] = [];
    await expect(
      store.importDocuments(documents(20), {
        duplicates: 'skip',
        signal: controller.signal,
        onProgress: (done) => {
          seen.push(done);
          if (done === 10) controller.abort();
        },
      }),
    ).rejects.toMatchObject({ causeName: 'AbortError', message: expect.stringMatching(/Nothing was saved/) });
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await store.counts()).toEqual({ documents: 1, spans: 0 });
  });

  it('failing on its last document, writes none of the ones before', async () => {
    const broken = documents(30);
    (broken[29] as FormatDocument).annotations = [{ start: 0, end: 99, label: 'actor', text: 'x' }];
    await expect(store.importDocuments(broken, { duplicates: 'skip' })).rejects.toThrow(/document 30/);
    expect(await store.counts()).toEqual({ documents: 0, spans: 0 });
  });

  it('a write failing in a batch already sent, while the next one is prepared, writes nothing', async () => {
    await store.createDocument({ title: 'قبل', text: 'نص موجود' });
    // The import's 3rd and 5th ids are those of its 2nd and 3rd documents: the same id, so the first batch's
    // document write fails after it was sent, while the import goes on preparing the next batches.
    let n = 0;
    const clashing = new AnnotationStore(db, () => {
      n++;
      return n === 3 || n === 5 ? 'same-id' : `id-${n}`;
    });
    await expect(clashing.importDocuments(documents(600), { duplicates: 'skip' })).rejects.toThrow();
    expect(await store.counts()).toEqual({ documents: 1, spans: 0 });
  });
});

describe('importDocuments of a dataset larger than one batch', () => {
  // 600 documents are three batches of writes (250 documents each); a batch is written while the next one is
  // prepared. Everything of every batch must be there: documents, texts, spans, events and search terms.
  it('writes every batch: documents, spans, events and search terms', async () => {
    const many = documents(600).map((doc, i) => ({
      ...doc,
      id: `file-${i}`,
      text: `${doc.text} كلمة${i}`,
      annotations: doc.annotations.map((annotation) => ({ ...annotation, id: `a-${i}` })),
      events: [
        { id: `e-${i}`, docId: `file-${i}`, spanIds: [`a-${i}`], notes: '', createdAt: i, updatedAt: i },
      ],
    }));
    const result = await store.importDocuments(many, { duplicates: 'skip' });
    expect(result).toMatchObject({ added: 600, spans: 600 });
    expect(await store.counts()).toEqual({ documents: 600, spans: 600 });
    const listed = await store.listDocuments();
    const events = await store.events.listAll();
    expect(events).toHaveLength(600);
    const spanIdsByDocument = new Map<string, string[]>();
    for (const doc of listed)
      spanIdsByDocument.set(
        doc.id,
        (await store.listSpans(doc.id)).map((span) => span.id),
      );
    for (const event of events) expect(event.spanIds).toEqual(spanIdsByDocument.get(event.docId));
    for (const word of ['كلمة0', 'كلمة249', 'كلمة250', 'كلمة599']) {
      const found = await store.searchLibrary(word);
      expect(found.hits.map((hit) => hit.docId)).toHaveLength(1);
    }
  });

  it('failing on its last document, after two batches were sent, writes nothing', async () => {
    const broken = documents(600);
    (broken[599] as FormatDocument).annotations = [{ start: 0, end: 99, label: 'actor', text: 'x' }];
    await expect(store.importDocuments(broken, { duplicates: 'skip' })).rejects.toThrow(/document 600/);
    expect(await store.counts()).toEqual({ documents: 0, spans: 0 });
    expect(await db.searchParts.count()).toBe(0);
    expect(await db.texts.count()).toBe(0);
  });
});

describe('importDocuments of a file with the same text twice', () => {
  it('replace: the second copy replaces the first one’s annotations, even within one import', async () => {
    const twice: FormatDocument[] = [
      { title: 'a', text: 'قتل في الحسكة', annotations: [{ start: 0, end: 3, label: 'actor', text: 'قتل' }] },
      {
        title: 'b',
        text: 'قتل في الحسكة',
        annotations: [{ start: 7, end: 13, label: 'place', text: 'الحسكة' }],
      },
    ];
    const result = await store.importDocuments(twice, { duplicates: 'replace' });
    expect(result).toMatchObject({ added: 1, replaced: 1 });
    const [entry] = await store.snapshot();
    expect(entry?.spans.map((span) => span.text)).toEqual(['الحسكة']);
    expect((await store.listDocuments())[0]?.spanCount).toBe(1);
  });
});
