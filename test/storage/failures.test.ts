import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';

afterEach(() => vi.restoreAllMocks());

async function version1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ documents: 'id, sha256, title, importedAt', spans: 'id, docId, [docId+start]' });
  await v1
    .table('documents')
    .add({ id: 'a', title: 'T', text: 'قسد في الرقة', importedAt: 1, sha256: 'x', spanCount: 0 });
  return v1;
}

describe('storage failures', () => {
  it('a schema upgrade that fails says so and leaves the library as it was', async () => {
    const name = `upgrade-${Math.random()}`;
    (await version1(name)).close();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'texts') throw new DOMException('disk error', 'DataError');
      return put.apply(this, args);
    });
    const failing = new AnnotationStore(new SpanlightDatabase(name));
    await expect(failing.listDocuments()).rejects.toThrow(
      'Could not list the documents: the library could not be opened or upgraded by this version of Spanlight; it was left as it was. Nothing was saved.',
    );
    failing.db.close();
    vi.restoreAllMocks();
    // Still version 1 with its text in place; the next start upgrades it.
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(1);
    expect((await raw.table('documents').get('a')).text).toBe('قسد في الرقة');
    raw.close();
    const store = new AnnotationStore(new SpanlightDatabase(name));
    expect((await store.getDocument('a'))?.text).toBe('قسد في الرقة');
    await store.db.delete();
  });

  it('an upgrade blocked by another window reports it, then proceeds once that window lets go', async () => {
    const name = `blocked-${Math.random()}`;
    const old = await version1(name);
    // The old window does not close on request (an older Spanlight, a stuck tab).
    old.on('versionchange', () => false);
    const store = new AnnotationStore(new SpanlightDatabase(name));
    const problems: string[] = [];
    store.onProblem((message) => problems.push(message));
    const listing = store.listDocuments();
    await vi.waitFor(() =>
      expect(problems.join(' ')).toContain('Another Spanlight window or tab is using the library'),
    );
    old.close();
    expect((await listing).map((doc) => doc.title)).toEqual(['T']);
    await store.db.delete();
  });
});
