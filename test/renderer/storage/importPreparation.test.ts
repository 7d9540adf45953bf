import { afterEach, describe, expect, it, vi } from 'vitest';
import { searchTermsOf } from '../../../src/core/search/searchTerms';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { PREPARE_IN_WORKER_FROM } from '../../../src/renderer/storage/importPreparation';
import { importInto, librarySnapshot, newsDocuments } from '../../storage/support/importLibrary';
import { database, deleteOpenedDatabases } from '../support/databases';

// In Chromium, a large import reads its casualty proposals and search postings in a real worker (the build's
// importPreparationWorker.ts) and writes the library the import alone would write.

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteOpenedDatabases();
});

const TERMS = [...new Set(['الحسكة', 'Raqqa', 'arrested', 'قسد', '12', '41'].flatMap(searchTermsOf))];

/** Records the names of the workers the page starts. */
function watchWorkers(): string[] {
  const names: string[] = [];
  const Original = window.Worker;
  vi.stubGlobal(
    'Worker',
    class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        names.push(options?.name ?? '');
      }
    },
  );
  return names;
}

describe('an import of many documents in Chromium', () => {
  it('is prepared in a worker and writes what the import alone writes', async () => {
    const names = watchWorkers();
    const documents = newsDocuments(PREPARE_IN_WORKER_FROM + 6);
    const db = database();
    const result = await new AnnotationStore(db).importDocuments(documents, { duplicates: 'skip' });
    expect(names).toEqual(['spanlight-import']);
    expect(result).toMatchObject({ added: documents.length - 1, skipped: 1 });

    const alone = database();
    await importInto(alone, documents, { preparationWorker: null });
    const snapshot = await librarySnapshot(db, TERMS);
    expect(snapshot).toEqual(await librarySnapshot(alone, TERMS));
    expect(snapshot.spans['خبر 3']?.[0]).toMatchObject({ attributes: { value: 5, proposed: true } });
    expect(snapshot.found.raqqa).toHaveLength(documents.length - 1);
  });

  it('a small import starts no worker', async () => {
    const names = watchWorkers();
    await new AnnotationStore(database()).importDocuments(newsDocuments(5), { duplicates: 'skip' });
    expect(names).toEqual([]);
  });
});
