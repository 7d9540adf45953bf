import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { searchTermsOf } from '../../src/core/search/searchTerms';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import type {
  PreparationWorker,
  PreparationWorkerFactory,
} from '../../src/renderer/storage/importPreparation';
import { type PrepareImportReply, prepareImport } from '../../src/renderer/storage/prepareImport';
import { importInto, librarySnapshot, newsDocuments } from './support/importLibrary';

// An import hands the casualty proposals and search postings to a worker (importPreparation.ts) and writes what
// it gets back; whatever the worker does, the library must end up as the import would have made it alone.
// Node has no Worker: these tests run prepareImport in a stand-in that replies asynchronously, as a worker does
// (the browser project runs the real worker: test/renderer/storage/importPreparation.test.ts).

const databases: SpanlightDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

function database(): SpanlightDatabase {
  const db = new SpanlightDatabase(`import-preparation-${Math.random()}`);
  databases.push(db);
  return db;
}

const TERMS = [
  ...new Set(['الحسكة', 'Raqqa', 'arrested', 'خمسة', 'قسد', '7', '12', '41', 'day'].flatMap(searchTermsOf)),
];

/** A worker stand-in running prepareImport, each reply in a later task; `change` may alter the replies. */
function inlineWorker(
  change: (reply: PrepareImportReply) => PrepareImportReply = (reply) => reply,
  made: PreparationWorker[] = [],
): PreparationWorkerFactory {
  return () => {
    const worker: PreparationWorker & { terminated: boolean } = {
      onmessage: null,
      onerror: null,
      terminated: false,
      postMessage(request) {
        const copy = structuredClone(request);
        setTimeout(() =>
          prepareImport(copy, (reply) => {
            const sent = structuredClone(change(reply));
            setTimeout(() => {
              if (!worker.terminated) worker.onmessage?.({ data: sent } as MessageEvent<PrepareImportReply>);
            }, 1);
          }),
        );
      },
      terminate() {
        worker.terminated = true;
      },
    };
    made.push(worker);
    return worker;
  };
}

async function importedAlone(count: number, existing = false) {
  const db = database();
  if (existing) await importInto(db, newsDocuments(count).slice(5, 6), { preparationWorker: null });
  await importInto(db, newsDocuments(count), { preparationWorker: null });
  return librarySnapshot(db, TERMS);
}

describe('an import prepared in a worker', () => {
  it.each([
    ['a new library', false],
    ['a library that already has one of the texts (skipped)', true],
  ])('writes what the import alone writes: %s', async (_, existing) => {
    const db = database();
    const made: PreparationWorker[] = [];
    if (existing) await importInto(db, newsDocuments(70).slice(5, 6), { preparationWorker: null });
    const result = await importInto(db, newsDocuments(70), {
      preparationWorker: inlineWorker(undefined, made),
    });
    expect(made).toHaveLength(1);
    expect(result.skipped).toBe(existing ? 2 : 1);
    const snapshot = await librarySnapshot(db, TERMS);
    expect(snapshot).toEqual(await importedAlone(70, existing));
    // The snapshot is not empty: proposals were read and terms found.
    expect(snapshot.spans['خبر 3']?.[0]).toMatchObject({ attributes: { value: 5, proposed: true } });
    expect(snapshot.found['12']).toEqual(['خبر 10', 'خبر 12', 'خبر 9']);
  });

  it("writes the worker's proposals and postings (they are not read again)", async () => {
    const db = database();
    const marked = inlineWorker((reply) => {
      if (reply.type === 'proposals')
        return {
          ...reply,
          proposals: reply.proposals.map((list) =>
            list.map(() => ({ value: 999, precision: 'exact', proposed: true })),
          ),
        };
      if (reply.type === 'postings') {
        const shards = new Map(reply.shards);
        shards.set(0, new Map([...(shards.get(0) ?? []), ['worker-only-term', [4]]]));
        return { ...reply, shards };
      }
      return reply;
    });
    await importInto(db, newsDocuments(70), { preparationWorker: marked });
    const snapshot = await librarySnapshot(db, ['worker-only-term']);
    expect(
      snapshot.spans['خبر 4']?.map((span) => (span as { attributes?: { value?: number } }).attributes?.value),
    ).toEqual([999, undefined, 999]);
    // The figures a file gives are kept, not the proposal.
    expect(snapshot.spans['خبر 1']?.[1]).toMatchObject({ attributes: { value: 5, proposed: false } });
    expect(snapshot.found['worker-only-term']).toEqual(['خبر 4']);
  });

  it('gives each casualty count its own proposal when the file has counts the worker was not asked about', async () => {
    // A count whose figures are not valid (a negative value) is sent to the worker as having figures, but the
    // import drops them and asks for a proposal: the worker's list must not be shifted onto the wrong range.
    const withInvalidFigures = () =>
      newsDocuments(70).map((doc, i) =>
        i % 3 === 0 && doc.annotations[0]
          ? {
              ...doc,
              annotations: [
                {
                  ...doc.annotations[0],
                  extra: { spanlight: { coding: { attributes: { value: -1, precision: 'exact' } } } },
                },
                ...doc.annotations.slice(1),
              ],
            }
          : doc,
      );
    const db = database();
    await importInto(db, withInvalidFigures(), { preparationWorker: inlineWorker() });
    const alone = database();
    await importInto(alone, withInvalidFigures(), { preparationWorker: null });
    const snapshot = await librarySnapshot(db, TERMS);
    expect(snapshot).toEqual(await librarySnapshot(alone, TERMS));
    expect(snapshot.spans['خبر 3']?.[0]).toMatchObject({ attributes: { value: 5, proposed: true } });
  });

  const failing: Array<[string, PreparationWorkerFactory]> = [
    [
      'cannot start',
      () => {
        throw new Error('no workers here');
      },
    ],
    [
      'replies "failed" after its first proposals',
      inlineWorker((reply) => (reply.type === 'proposals' && reply.from === 0 ? reply : failed())),
    ],
    [
      'stops with an error event',
      () => {
        const worker: PreparationWorker = {
          onmessage: null,
          onerror: null,
          postMessage: () => setTimeout(() => worker.onerror?.({ preventDefault() {} } as ErrorEvent), 1),
          terminate() {},
        };
        return worker;
      },
    ],
  ];

  it.each(failing)(
    'whose worker %s: the import does the work itself, with the same result',
    async (_, factory) => {
      const db = database();
      await importInto(db, newsDocuments(70), { preparationWorker: factory });
      expect(await librarySnapshot(db, TERMS)).toEqual(await importedAlone(70));
    },
  );
});

function failed(): PrepareImportReply {
  return { type: 'failed', message: 'worker gave up' };
}
