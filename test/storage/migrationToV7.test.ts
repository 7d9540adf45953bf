import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS } from '../../src/core/labels';
import { DEFAULT_PROJECT_ID } from '../../src/core/projects/project';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SCHEMA_VERSION, SpanlightDatabase } from '../../src/renderer/storage/database';
import { BUCKET_LIMIT, bucketOf } from '../../src/renderer/storage/spanBuckets';
import { V6_STORES } from './support/schemaV6';
import { storedSpans } from './support/storedSpans';

/**
 * A library written by schema version 6 (one row per span) opened by this Spanlight: upgraded to version 7, where
 * a document's spans live in a few rows of spanBuckets. Every span is still found, per document, in text order,
 * by its actor or place, and edited; deleting a document deletes its spans and only those.
 */

const TEXTS = { a: '🔴 قسد في الرقة\r\nوالحسكة', b: 'The SDF in Raqqa', c: 'داعش', d: 'x'.repeat(600) };
const span = (id: string, docId: keyof typeof TEXTS, phrase: string, label: string, extra = {}) => {
  const start = TEXTS[docId].indexOf(phrase);
  return {
    id,
    docId,
    start,
    end: start + phrase.length,
    label,
    text: phrase,
    createdAt: 5,
    updatedAt: 5,
    ...extra,
  };
};
// Ids not in text order, so an order by id would show.
const SPANS = [
  span('z1', 'a', 'قسد', 'actor', { actorId: 'sdf' }),
  span('a2', 'a', 'الرقة', 'place'),
  span('m3', 'a', 'الحسكة', 'place'),
  span('b1', 'b', 'SDF', 'actor', { actorId: 'sdf' }),
  span('c1', 'c', 'داعش', 'actor'),
  // More spans than one bucket holds: the upgrade spreads them at once.
  ...Array.from({ length: 300 }, (_, at) => ({
    ...span(`d${at}`, 'd', 'x', 'place'),
    start: at * 2,
    end: at * 2 + 1,
  })),
];

async function writeVersion6(name: string) {
  const v5 = new Dexie(name);
  v5.version(6).stores(V6_STORES);
  await v5
    .table('projects')
    .add({ id: DEFAULT_PROJECT_ID, name: 'Default', labels: DEFAULT_LABELS, createdAt: 1 });
  await v5.table('documents').bulkAdd(
    Object.keys(TEXTS).map((id, index) => ({
      id,
      title: id,
      importedAt: index,
      sha256: id,
      spanCount: SPANS.filter((s) => s.docId === id).length,
      projectId: DEFAULT_PROJECT_ID,
    })),
  );
  await v5.table('texts').bulkAdd(Object.entries(TEXTS).map(([id, text]) => ({ id, text })));
  await v5.table('spans').bulkAdd(SPANS);
  await v5.table('actors').add({ id: 'sdf', name: 'SDF', aliases: ['قسد'], createdAt: 1, updatedAt: 1 });
  v5.close();
}

describe("schema version 6 → 7 (a document's spans in a few rows)", () => {
  it('keeps every span, found per document in text order, by actor, and edited', async () => {
    const name = `migrate-v7-${Math.random()}`;
    await writeVersion6(name);
    const db = new SpanlightDatabase(name);
    const store = new AnnotationStore(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(8);
    expect(db.tables.map((table) => table.name)).not.toContain('spans');
    expect(await storedSpans(db)).toEqual([...SPANS].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect((await store.listSpans('a')).map((s) => s.id)).toEqual(['z1', 'a2', 'm3']);
    expect((await store.listSpans('d')).map((s) => s.id)).toEqual(
      Array.from({ length: 300 }, (_, at) => `d${at}`),
    );
    // Document d's 300 spans went straight into as many buckets as they need, each span in its own.
    const rows = await db.spanBuckets.where('[docId+bucket]').between(['d', 0], ['d', Infinity]).toArray();
    expect(rows.length).toBe(4);
    for (const row of rows) {
      expect(row.spans.length).toBeLessThanOrEqual(BUCKET_LIMIT);
      for (const stored of row.spans) expect(bucketOf(stored.id, rows.length)).toBe(row.bucket);
    }
    // The actor index lists the rows of linked spans.
    const linked = await store.coding.countLinkedSpans('sdf');
    expect(linked).toBe(2);
    // A whole-library read gives each document its own spans.
    expect((await store.snapshot()).map((entry) => [entry.document.id, entry.spans.length])).toEqual([
      ['a', 3],
      ['b', 1],
      ['c', 1],
      ['d', 300],
    ]);
    // A migrated span is edited and undone in place.
    await store.relabelSpan({ id: 'a2', docId: 'a' }, 'actor');
    expect((await store.listSpans('a')).find((s) => s.id === 'a2')?.label).toBe('actor');
    await store.undo('a');
    expect((await store.listSpans('a')).find((s) => s.id === 'a2')).toEqual(SPANS[1]);
    // Deleting a document deletes its spans and only those; a new span is counted into its row.
    await store.deleteDocument('a');
    expect((await storedSpans(db)).filter((s) => s.docId !== 'd').map((s) => s.id)).toEqual(['b1', 'c1']);
    await store.addSpan('b', 11, 16, 'place');
    expect((await db.documents.get('b'))?.spanCount).toBe(2);
    db.close();
    await Dexie.delete(name);
  });

  it('moves the spans of a library of several hundred documents (several batches of the upgrade)', async () => {
    const name = `migrate-v7-many-${Math.random()}`;
    const count = 600;
    const ids = Array.from({ length: count }, (_, at) => `doc-${String(at).padStart(3, '0')}`);
    const v6 = new Dexie(name);
    v6.version(6).stores(V6_STORES);
    await v6.table('documents').bulkAdd(
      ids.map((id, index) => ({
        id,
        title: id,
        importedAt: index,
        sha256: id,
        spanCount: 2,
        projectId: DEFAULT_PROJECT_ID,
      })),
    );
    await v6.table('texts').bulkAdd(ids.map((id) => ({ id, text: `قسد في الرقة ${id}` })));
    await v6.table('spans').bulkAdd(
      ids.flatMap((id) => [
        {
          id: `${id}-place`,
          docId: id,
          start: 7,
          end: 12,
          label: 'place',
          text: 'الرقة',
          createdAt: 1,
          updatedAt: 1,
        },
        {
          id: `${id}-actor`,
          docId: id,
          start: 0,
          end: 3,
          label: 'actor',
          text: 'قسد',
          createdAt: 1,
          updatedAt: 1,
        },
      ]),
    );
    v6.close();
    const db = new SpanlightDatabase(name);
    const store = new AnnotationStore(db);
    await db.open();
    expect((await storedSpans(db)).length).toBe(count * 2);
    for (const id of [ids[0], ids[249], ids[250], ids[599]] as string[]) {
      expect((await store.listSpans(id)).map((span) => span.id)).toEqual([`${id}-actor`, `${id}-place`]);
    }
    expect((await store.searchLibrary('doc-599')).hits.map((hit) => hit.docId)).toEqual(['doc-599']);
    await db.delete();
  });
});
