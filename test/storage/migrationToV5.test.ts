import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS } from '../../src/core/labels';
import { DEFAULT_PROJECT_ID } from '../../src/core/projects/project';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SCHEMA_VERSION, SpanlightDatabase } from '../../src/renderer/storage/database';

/**
 * A library written by schema version 4 (before projects) opened by this Spanlight: upgraded to version 5 with one
 * default project holding the three default labels, every document in it, nothing else changed.
 */
const V4_STORES = {
  documents: 'id, sha256, title, importedAt',
  spans: 'id, docId, [docId+start], actorId, placeId',
  texts: 'id',
  history: '++seq, docId, [docId+undone]',
  actors: 'id, name',
  places: 'id, name',
  events: 'id, docId',
  searchTerms: 'docId, *terms',
};

const DOCUMENTS = [
  { id: 'a', title: 'الرقة', importedAt: 1, sha256: 'x', spanCount: 1, lang: 'ar', status: 'in_progress' },
  { id: 'b', title: 'Raqqa', importedAt: 2, sha256: 'y', spanCount: 0 },
];
const SPAN = {
  id: 's1',
  docId: 'a',
  start: 3,
  end: 6,
  label: 'actor',
  text: 'قسد',
  createdAt: 5,
  updatedAt: 5,
};

async function writeVersion4(name: string) {
  const v4 = new Dexie(name);
  // Dexie's own versions are schema × 10 in IndexedDB: declaring 1..4 in a row gives what version 4 wrote.
  v4.version(4).stores(V4_STORES);
  await v4.table('documents').bulkAdd(DOCUMENTS);
  await v4.table('texts').bulkAdd([
    { id: 'a', text: '🔴 قسد في الرقة' },
    { id: 'b', text: 'The SDF in Raqqa' },
  ]);
  await v4.table('spans').add(SPAN);
  await v4.table('searchTerms').bulkAdd([
    { docId: 'a', terms: ['قسد'] },
    { docId: 'b', terms: ['sdf'] },
  ]);
  v4.close();
}

describe('schema version 4 → 5 (projects)', () => {
  it('creates the default project with the default labels and puts every document in it', async () => {
    const name = `migrate-v5-${Math.random()}`;
    await writeVersion4(name);
    const db = new SpanlightDatabase(name);
    const store = new AnnotationStore(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const projects = await store.projects.list();
    expect(projects.map(({ id, labels }) => ({ id, labels }))).toEqual([
      { id: DEFAULT_PROJECT_ID, labels: DEFAULT_LABELS },
    ]);
    expect((await db.documents.toArray()).map((row) => [row.id, row.projectId])).toEqual([
      ['a', DEFAULT_PROJECT_ID],
      ['b', DEFAULT_PROJECT_ID],
    ]);
    // Indexed: the documents of a project are found by the new index.
    expect((await db.documents.toArray()).filter((row) => row.projectId === DEFAULT_PROJECT_ID).length).toBe(
      2,
    );
    expect(
      (await store.listDocuments()).map(({ id, spanCount, status }) => ({ id, spanCount, status })),
    ).toEqual([
      { id: 'a', spanCount: 1, status: 'in_progress' },
      { id: 'b', spanCount: 0, status: undefined },
    ]);
    expect(await store.listSpans('a')).toEqual([SPAN]);
    expect((await store.searchLibrary('قسد')).hits.map((hit) => hit.docId)).toEqual(['a']);
    db.close();
    await Dexie.delete(name);
  });

  it('a new library starts with the default project too', async () => {
    const db = new SpanlightDatabase(`fresh-${Math.random()}`);
    const store = new AnnotationStore(db);
    expect((await store.projects.list()).map((project) => project.id)).toEqual([DEFAULT_PROJECT_ID]);
    await db.delete();
  });
});
