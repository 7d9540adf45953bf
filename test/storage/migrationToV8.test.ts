import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/hash/sha256';
import { DEFAULT_LABELS } from '../../src/core/labels';
import { DEFAULT_PROJECT_ID } from '../../src/core/projects/project';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SCHEMA_VERSION, SpanlightDatabase } from '../../src/renderer/storage/database';
import { V7_STORES } from './support/schemaV7';

/**
 * A library written by schema version 7 opened by this Spanlight: version 8 drops the documents' title and
 * projectId indexes (no query used them; each cost an index write on every document added or tagged). Every row
 * stays as it was, and what the indexes could have served still works: the library by project, a duplicate
 * found by its text's hash, the list in import order, a tag counted into its document's row.
 */

const TEXTS = { a: 'قسد في الرقة', b: 'The SDF in Raqqa', c: 'داعش في دير الزور' };
const OTHER_PROJECT = 'p-other';

async function writeVersion7(name: string) {
  const v7 = new Dexie(name);
  v7.version(7).stores(V7_STORES);
  await v7.table('projects').bulkAdd([
    { id: DEFAULT_PROJECT_ID, name: 'Default', labels: DEFAULT_LABELS, createdAt: 1 },
    { id: OTHER_PROJECT, name: 'Other', labels: DEFAULT_LABELS, createdAt: 2 },
  ]);
  const rows = Object.entries(TEXTS).map(([id, text], index) => ({
    id,
    // Titles out of import order, so an order by title would show.
    title: `${3 - index} ${id}`,
    importedAt: 10 + index,
    sha256: sha256Hex(text),
    spanCount: 0,
    projectId: id === 'c' ? OTHER_PROJECT : DEFAULT_PROJECT_ID,
    status: 'todo',
  }));
  await v7.table('documents').bulkAdd(rows);
  await v7.table('texts').bulkAdd(Object.entries(TEXTS).map(([id, text]) => ({ id, text })));
  v7.close();
  return rows;
}

describe('schema version 7 → 8 (documents without the title and projectId indexes)', () => {
  it('keeps every document row as it was, and the library, duplicates and tags work as before', async () => {
    const name = `migrate-v8-${Math.random()}`;
    const before = await writeVersion7(name);
    const db = new SpanlightDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(8);
    expect(db.documents.schema.indexes.map((index) => index.name).sort()).toEqual(['importedAt', 'sha256']);
    expect(await db.documents.toArray()).toEqual(before);

    const store = new AnnotationStore(db);
    // The default project's documents, in import order; the other project's apart.
    expect((await store.listDocuments()).map((doc) => doc.id)).toEqual(['a', 'b']);
    store.projectId = OTHER_PROJECT;
    expect((await store.listDocuments()).map((doc) => doc.id)).toEqual(['c']);
    store.projectId = DEFAULT_PROJECT_ID;
    // A text already in the project is found by its hash, not added twice; in another project it is new there.
    const again = await store.createDocument({ title: 'again', text: TEXTS.b });
    expect([again.existing, again.document.id]).toEqual([true, 'b']);
    const elsewhere = await store.createDocument({ title: 'elsewhere', text: TEXTS.c });
    expect(elsewhere.existing).toBe(false);
    expect(await db.documents.count()).toBe(4);
    // A tag is counted into its document's row, which starts the work on it.
    await store.addSpan('a', 0, 3, 'actor');
    expect(await db.documents.get('a')).toEqual({ ...before[0], spanCount: 1, status: 'in_progress' });
    db.close();
    await Dexie.delete(name);
  });
});
