import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { type LibraryBatch, readLibraryInBatches } from '../../src/renderer/storage/readInBatches';

// The batched reader behind streamed exports, against fake-indexeddb: the batches joined are the one-transaction
// snapshot, in the same order, with progress counts; a selection keeps its order; cancelling stops it.

let db: SpanlightDatabase;
let store: AnnotationStore;
let counter = 0;
let clock = 1_700_000_000_000;

beforeEach(() => {
  db = new SpanlightDatabase(`batches-${Math.random()}`);
  store = new AnnotationStore(
    db,
    () => `id-${String(++counter).padStart(4, '0')}`,
    () => ++clock,
  );
});

afterEach(async () => {
  await db.delete();
});

async function seed(documents: number): Promise<string[]> {
  const created = await store.createDocuments(
    Array.from({ length: documents }, (_, i) => ({
      title: `وثيقة ${i}`,
      text: `قتل ${i} في الحسكة 😀 ${i}`,
    })),
  );
  const ids = created.map((entry) => entry.document.id);
  for (const [i, id] of ids.entries()) {
    // A varying number of spans, added out of order, so sorting and grouping are both exercised.
    for (let n = i % 4; n > 0; n--) await store.addSpan(id, 4 + n, 9 + n, n % 2 ? 'place' : 'actor');
  }
  return ids;
}

async function collect(batches: AsyncIterable<LibraryBatch>): Promise<LibraryBatch[]> {
  const all: LibraryBatch[] = [];
  for await (const batch of batches) all.push(batch);
  return all;
}

describe('readLibraryInBatches', () => {
  it('joined, the batches are the snapshot: same documents, texts and sorted spans, in order', async () => {
    await seed(23);
    const batches = await collect(readLibraryInBatches(db, { batchSize: 5 }));
    expect(batches.map((batch) => batch.entries.length)).toEqual([5, 5, 5, 5, 3]);
    expect(batches.map((batch) => [batch.done, batch.total])).toEqual([
      [5, 23],
      [10, 23],
      [15, 23],
      [20, 23],
      [23, 23],
    ]);
    expect(batches.flatMap((batch) => batch.entries)).toEqual(await store.snapshot());
  });

  it('reads a selection in the order given and leaves out ids that are gone', async () => {
    const ids = await seed(6);
    const wanted = [ids[4], 'gone', ids[1], ids[2]] as string[];
    const batches = await collect(store.batches({ docIds: wanted, batchSize: 2 }));
    expect(batches.flatMap((batch) => batch.entries.map((entry) => entry.document.id))).toEqual([
      ids[4],
      ids[1],
      ids[2],
    ]);
    expect(batches.flatMap((batch) => batch.entries)).toEqual(
      await store.snapshot([ids[4], ids[1], ids[2]] as string[]),
    );
  });

  it('an empty library gives no batch', async () => {
    expect(await collect(store.batches())).toEqual([]);
  });

  it('stops with an AbortError before the next batch once cancelled', async () => {
    await seed(6);
    const controller = new AbortController();
    const read: LibraryBatch[] = [];
    await expect(
      (async () => {
        for await (const batch of store.batches({ batchSize: 2, signal: controller.signal })) {
          read.push(batch);
          controller.abort();
        }
      })(),
    ).rejects.toMatchObject({ name: 'StorageError', causeName: 'AbortError' });
    expect(read).toHaveLength(1);
  });
});
