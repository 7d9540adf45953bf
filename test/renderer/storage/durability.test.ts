import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { database, deleteOpenedDatabases } from '../support/databases';

// Storage in real Chromium IndexedDB: what the researcher relies on.

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteOpenedDatabases();
});

describe('storage in Chromium', () => {
  it('commits every write transaction with strict durability', async () => {
    const db = database(`durability-${crypto.randomUUID()}`);
    const seen: string[] = [];
    const original = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      const transaction = original.apply(this, args);
      seen.push(`${transaction.mode}:${transaction.durability}`);
      return transaction;
    });
    const store = new AnnotationStore(db);
    const { document } = await store.createDocument({ title: 'T', text: 'الرقة والحسكة' });
    await store.addSpan(document.id, 0, 5, 'place');
    const writes = seen.filter((entry) => entry.startsWith('readwrite'));
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(writes)).toEqual(new Set(['readwrite:strict']));
  });

  it('finds everything again after the database is closed and reopened', async () => {
    const name = `reopen-${crypto.randomUUID()}`;
    const first = new AnnotationStore(database(name));
    const { document } = await first.createDocument({ title: 'T', text: '🔴 قسد في الرقة' });
    const span = await first.addSpan(document.id, 3, 6, 'actor');
    first.db.close();

    const second = new AnnotationStore(database(name));
    expect((await second.getDocument(document.id))?.text).toBe('🔴 قسد في الرقة');
    expect(await second.listSpans(document.id)).toEqual([span]);
    expect((await second.listDocuments())[0]?.spanCount).toBe(1);
  });

  it('reports a full disk and leaves nothing half-written', async () => {
    const store = new AnnotationStore(database(`quota-${crypto.randomUUID()}`));
    const { document } = await store.createDocument({ title: 'T', text: 'Raqqa and Hasakah' });
    // The span write fails the way Chromium fails when the quota is exhausted.
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      // Spans are written into their document's rows of spanBuckets (storage/spanBuckets.ts).
      if (this.name === 'spanBuckets') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(store.addSpan(document.id, 0, 5, 'place')).rejects.toThrow(
      'Could not save the annotation: the disk is full or the storage quota is used up. Nothing was saved.',
    );
    vi.restoreAllMocks();
    expect(await store.listSpans(document.id)).toEqual([]);
    expect((await store.listDocuments())[0]?.spanCount).toBe(0);
  });

  it('rolls back the whole action when a later step of its transaction fails', async () => {
    const store = new AnnotationStore(database(`abort-${crypto.randomUUID()}`));
    const { document } = await store.createDocument({ title: 'T', text: 'Raqqa and Hasakah' });
    // The span row is written, then updating the document's count fails: the span must not survive.
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'documents') throw new DOMException('aborted', 'AbortError');
      return put.apply(this, args);
    });
    await expect(store.addSpan(document.id, 0, 5, 'place')).rejects.toThrow(/Nothing was saved/);
    vi.restoreAllMocks();
    expect(await store.listSpans(document.id)).toEqual([]);
  });
});
