import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';

/** A database exactly as schema version 1 wrote it: the text inside each document row. */
async function writeVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ documents: 'id, sha256, title, importedAt', spans: 'id, docId, [docId+start]' });
  await v1.table('documents').bulkAdd([
    {
      id: 'a',
      title: 'الرقة',
      text: '🔴 قسد في الرقة',
      importedAt: 1,
      sha256: 'x',
      spanCount: 1,
      lang: 'ar',
    },
    { id: 'b', title: 'Raqqa', text: 'The SDF in Raqqa', importedAt: 2, sha256: 'y', spanCount: 0 },
  ]);
  await v1.table('spans').add({
    id: 's1',
    docId: 'a',
    start: 3,
    end: 6,
    label: 'actor',
    text: 'قسد',
    createdAt: 5,
    updatedAt: 5,
  });
  v1.close();
}

describe('schema migrations', () => {
  it('version 1 → 2 moves each text to its own table and loses nothing', async () => {
    const name = `migrate-${Math.random()}`;
    await writeVersion1(name);
    const db = new SpanlightDatabase(name);
    const store = new AnnotationStore(db);
    expect((await store.getDocument('a'))?.text).toBe('🔴 قسد في الرقة');
    expect((await store.getDocument('b'))?.text).toBe('The SDF in Raqqa');
    expect(await db.texts.count()).toBe(2);
    for (const row of await db.documents.toArray()) expect(row).not.toHaveProperty('text');
    expect((await store.listSpans('a')).map((span) => span.text)).toEqual(['قسد']);
    expect((await store.listDocuments()).map((doc) => [doc.title, doc.spanCount, doc.lang])).toEqual([
      ['الرقة', 1, 'ar'],
      ['Raqqa', 0, undefined],
    ]);
    // And the migrated database keeps working.
    await store.addSpan('b', 11, 16, 'place');
    expect((await store.snapshot()).map((entry) => entry.spans.length)).toEqual([1, 1]);
    await db.delete();
  });
});
