import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';

/**
 * The top of the library list, read before the whole list at start (useWorkspace): the same summaries, in the
 * same import order, as the first rows of listDocuments, for the current project only.
 */
describe('firstDocuments', () => {
  it('gives the first rows of the list in import order, oldest or newest first, of the current project', async () => {
    let clock = 1_000;
    let id = 0;
    const db = new SpanlightDatabase(`first-${Math.random()}`);
    const store = new AnnotationStore(
      db,
      () => `id-${String(++id).padStart(3, '0')}`,
      () => clock++,
    );
    const other = await store.projects.create('Other');
    // Interleaved: the other project's documents sit between the default project's in import order.
    for (let n = 1; n <= 12; n++) {
      store.projectId = n % 3 === 0 ? other.id : 'default';
      await store.createDocument({ title: `Doc ${n}`, text: `نص ${n}` });
    }
    store.projectId = 'default';
    const all = await store.listDocuments();
    expect(all.map((doc) => doc.title)).toEqual([
      'Doc 1',
      'Doc 2',
      'Doc 4',
      'Doc 5',
      'Doc 7',
      'Doc 8',
      'Doc 10',
      'Doc 11',
    ]);
    expect(await store.firstDocuments(3)).toEqual(all.slice(0, 3));
    expect(await store.firstDocuments(3, true)).toEqual(all.slice(-3).reverse());
    expect(await store.firstDocuments(100)).toEqual(all);
    store.projectId = other.id;
    expect((await store.firstDocuments(2)).map((doc) => doc.title)).toEqual(['Doc 3', 'Doc 6']);
    await db.delete();
  });

  it('answers the first call like the read started before it, and reads afresh after a write or for other rows', async () => {
    const db = new SpanlightDatabase(`first-prefetch-${Math.random()}`);
    const store = new AnnotationStore(db);
    for (let n = 1; n <= 4; n++) await store.createDocument({ title: `Doc ${n}`, text: `نص ${n}` });
    const titles = (rows: { title: string }[]) => rows.map((row) => row.title);

    store.prefetchFirstDocuments(2, true);
    // Written after the read began, committed before the rows are asked for: the prefetched rows are stale.
    await store.createDocument({ title: 'Doc 0', text: 'نص' });
    expect(titles(await store.firstDocuments(2, true))).toEqual(['Doc 0', 'Doc 4']);

    // Renamed behind the store's back (no committed write of its own to drop the rows read ahead).
    const [newest] = await store.firstDocuments(1, true);
    await store.prefetchFirstDocuments(3, true);
    await db.documents.update(newest?.id ?? '', { title: 'Doc 0, renamed' });
    // Answered from the read made before the rename; once only: the next call reads again.
    expect(titles(await store.firstDocuments(3, true))).toEqual(['Doc 0', 'Doc 4', 'Doc 3']);
    expect(titles(await store.firstDocuments(3, true))).toEqual(['Doc 0, renamed', 'Doc 4', 'Doc 3']);

    // Other rows, or another project, than the prefetched ones: read afresh.
    store.prefetchFirstDocuments(2);
    expect(titles(await store.firstDocuments(2, true))).toEqual(['Doc 0, renamed', 'Doc 4']);
    store.prefetchFirstDocuments(2);
    store.projectId = (await store.projects.create('Other')).id;
    expect(await store.firstDocuments(2)).toEqual([]);
    await db.delete();
  });
});
