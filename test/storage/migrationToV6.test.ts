import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS } from '../../src/core/labels';
import { DEFAULT_PROJECT_ID } from '../../src/core/projects/project';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SCHEMA_VERSION, SpanlightDatabase } from '../../src/renderer/storage/database';
import { spansOfDocument, spansOfDocuments } from '../../src/renderer/storage/documentSpans';

/**
 * A library written by schema version 5 opened by this Spanlight: upgraded to version 6, whose spans table has no
 * docId index of its own (the [docId+start] index answers "the spans of a document"). Every span is still found,
 * per document, in text order, and deleting a document deletes its spans and only those.
 */
const V5_STORES = {
  documents: 'id, sha256, title, importedAt, projectId',
  spans: 'id, docId, [docId+start], actorId, placeId',
  texts: 'id',
  history: '++seq, docId, [docId+undone]',
  actors: 'id, name',
  places: 'id, name',
  events: 'id, docId',
  searchTerms: 'docId, *terms',
  projects: 'id, name',
};

const TEXTS = { a: '🔴 قسد في الرقة\r\nوالحسكة', b: 'The SDF in Raqqa', c: 'داعش' };
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
];

async function writeVersion5(name: string) {
  const v5 = new Dexie(name);
  v5.version(5).stores(V5_STORES);
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

describe('schema version 5 → 6 (no docId index on spans)', () => {
  it('keeps every span, found per document in text order, and drops only the docId index', async () => {
    const name = `migrate-v6-${Math.random()}`;
    await writeVersion5(name);
    const db = new SpanlightDatabase(name);
    const store = new AnnotationStore(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(6);
    expect(db.spans.schema.indexes.map((index) => index.name).sort()).toEqual([
      '[docId+start]',
      'actorId',
      'placeId',
    ]);
    expect(await db.spans.count()).toBe(SPANS.length);
    expect((await store.listSpans('a')).map((s) => s.id)).toEqual(['z1', 'a2', 'm3']);
    expect((await spansOfDocument(db, 'a').toArray()).map((s) => s.id)).toEqual(['z1', 'a2', 'm3']);
    expect((await spansOfDocuments(db, ['c', 'b', 'c']).toArray()).map((s) => s.id).sort()).toEqual([
      'b1',
      'c1',
    ]);
    expect(await spansOfDocuments(db, []).count()).toBe(0);
    // The linked-actor index is untouched.
    expect((await db.spans.where('actorId').equals('sdf').toArray()).map((s) => s.id).sort()).toEqual([
      'b1',
      'z1',
    ]);
    // A whole-library read gives each document its own spans.
    expect(
      (await store.snapshot()).map((entry) => [entry.document.id, entry.spans.map((s) => s.id)]),
    ).toEqual([
      ['a', ['z1', 'a2', 'm3']],
      ['b', ['b1']],
      ['c', ['c1']],
    ]);
    // Deleting a document deletes its spans and only those; a new span is counted into its row.
    await store.deleteDocument('a');
    expect((await db.spans.toArray()).map((s) => s.id).sort()).toEqual(['b1', 'c1']);
    await store.addSpan('b', 11, 16, 'place');
    expect((await db.documents.get('b'))?.spanCount).toBe(2);
    db.close();
    await Dexie.delete(name);
  });
});
