import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/spans/span';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SCHEMA_VERSION, SpanlightDatabase } from '../../src/renderer/storage/database';
import { spansLinked, storedSpan, storedSpans } from './support/storedSpans';

/**
 * The foundation's database (schema version 1: texts inside the document rows, no history, no coding tables)
 * opened by this Spanlight: upgraded step by step to version 4, with every document and span as it was, and
 * the event coding (attributes, actor links, the registry) working on the migrated spans.
 */
const DOCUMENTS = [
  {
    id: 'a',
    title: 'الحسكة',
    text: '🔴 قتل خمسة مدنيين بقصف لـ"قسد" على الحسكة',
    importedAt: 1,
    sha256: 'x',
    spanCount: 3,
    lang: 'ar',
  },
  {
    id: 'b',
    title: 'Raqqa',
    text: 'The SDF in Raqqa:\n34 detained.',
    importedAt: 2,
    sha256: 'y',
    spanCount: 1,
  },
  { id: 'c', title: 'فارغ', text: 'لا شيء هنا', importedAt: 3, sha256: 'z', spanCount: 0, source: 'SY24' },
];
const SPANS = [
  {
    id: 's1',
    docId: 'a',
    start: 7,
    end: 11,
    label: 'casualty_count',
    text: 'خمسة',
    createdAt: 5,
    updatedAt: 6,
  },
  { id: 's2', docId: 'a', start: 27, end: 30, label: 'actor', text: 'قسد', createdAt: 7, updatedAt: 7 },
  { id: 's3', docId: 'a', start: 36, end: 42, label: 'place', text: 'الحسكة', createdAt: 8, updatedAt: 8 },
  {
    id: 's4',
    docId: 'b',
    start: 18,
    end: 20,
    label: 'casualty_count',
    text: '34',
    createdAt: 9,
    updatedAt: 9,
  },
];

async function writeVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ documents: 'id, sha256, title, importedAt', spans: 'id, docId, [docId+start]' });
  await v1.table('documents').bulkAdd(DOCUMENTS);
  await v1.table('spans').bulkAdd(SPANS);
  v1.close();
}

describe('schema version 1 → 4', () => {
  it('the fixture spans slice their texts (so the test checks real offsets)', () => {
    for (const span of SPANS) {
      const doc = DOCUMENTS.find((d) => d.id === span.docId);
      expect(doc?.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('finds every document and span intact after the upgrade', async () => {
    const name = `migrate-v4-${Math.random()}`;
    await writeVersion1(name);
    const db = new SpanlightDatabase(name);
    const store = new AnnotationStore(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    // On to version 5 since projects: every document lands in the default project (migrationToV5.test.ts); on to
    // 7 since a document's spans live in a few rows (migrationToV7.test.ts).
    expect(SCHEMA_VERSION).toBe(8);
    for (const doc of DOCUMENTS) {
      const { text, spanCount: _count, ...metadata } = doc;
      expect(await store.getDocument(doc.id)).toEqual({ ...metadata, text, projectId: 'default' });
    }
    expect(await storedSpans(db)).toEqual(SPANS);
    expect((await store.listDocuments()).map((d) => [d.id, d.spanCount])).toEqual([
      ['a', 3],
      ['b', 1],
      ['c', 0],
    ]);
    expect(await db.actors.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
    await db.delete();
  });

  it('the migrated spans take attributes and actor links, and the new indexes find them', async () => {
    const name = `migrate-v4-${Math.random()}`;
    await writeVersion1(name);
    const db = new SpanlightDatabase(name);
    const store = new AnnotationStore(db);
    const { actor } = await store.coding.createActorFromSpan(SPANS[1] as Span, { aliases: ['SDF'] });
    expect((await spansLinked(db, 'actorId', actor.id)).map((span) => span.id)).toEqual(['s2']);
    await store.coding.linkPlace(SPANS[2] as Span, 'p1', 'exact');
    expect((await spansLinked(db, 'placeId', 'p1')).map((span) => span.id)).toEqual(['s3']);
    const edited = await store.coding.setAttributes(SPANS[0] as Span, {
      value: 5,
      precision: 'exact',
      category: 'killed',
    });
    expect(edited).toMatchObject({ id: 's1', start: 7, end: 11, text: 'خمسة', createdAt: 5 });
    // Undo goes back to the span exactly as version 1 stored it.
    await store.undo('a');
    expect(await storedSpan(db, SPANS[0] as Span)).toEqual(SPANS[0]);
    await db.delete();
  });
});
