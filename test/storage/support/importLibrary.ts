import type { FormatDocument } from '../../../src/core/formats/types';
import type { SpanlightDatabase } from '../../../src/renderer/storage/database';
import {
  type ImportDocumentsOptions,
  importDocumentsInto,
} from '../../../src/renderer/storage/importDocuments';
import { documentsWithTerm } from '../../../src/renderer/storage/searchPostings';
import { readDocumentSpans } from '../../../src/renderer/storage/spanBuckets';

/**
 * A file of news documents for the import's preparation tests (storage/importPreparation.ts): casualty counts
 * without figures in Arabic and English, one with figures of its own, a text twice in the file.
 */
export function newsDocuments(count: number): FormatDocument[] {
  return Array.from({ length: count }, (_, i) => {
    // The last document repeats the first's text: a duplicate the import skips.
    const text = newsText(i === count - 1 ? 0 : i);
    const count1 = `قُتل ${i + 2} مدنيين`;
    const count2 = `${i + 3} people`;
    const at2 = text.indexOf(count2);
    return {
      title: `خبر ${i}`,
      text,
      annotations:
        i === count - 1
          ? []
          : [
              { start: 0, end: count1.length, label: 'casualty_count', text: count1 },
              {
                start: text.indexOf('الحسكة'),
                end: text.indexOf('الحسكة') + 6,
                label: 'place',
                text: 'الحسكة',
              },
              { start: at2, end: at2 + count2.length, label: 'casualty_count', text: count2 },
              ...(i === 1
                ? [
                    {
                      start: text.indexOf('خمسة'),
                      end: text.indexOf('خمسة') + 4,
                      label: 'casualty_count',
                      text: 'خمسة',
                      extra: {
                        spanlight: {
                          coding: { attributes: { value: 5, precision: 'exact', proposed: false } },
                        },
                      },
                    },
                  ]
                : []),
            ],
    };
  });
}

/** Numbers make terms of one or two documents: a search postings' position off by one shows. */
function newsText(i: number): string {
  return `قُتل ${i + 2} مدنيين وأصيب خمسة آخرون في الحسكة، وقالت قسد إن داعش هاجم حاجزاً.\nAt least ${i + 3} people were arrested in Raqqa on day ${i}.`;
}

let counter = 0;

/** Imports in one transaction, as the store does (ids unique across calls). */
export function importInto(
  db: SpanlightDatabase,
  documents: readonly FormatDocument[],
  options: Partial<ImportDocumentsOptions>,
) {
  // An async body awaiting the import, as the store's: handing Dexie the promise itself commits too early.
  return db.transaction(
    'rw',
    db.tables,
    async () =>
      await importDocumentsInto(db, documents, {
        duplicates: 'skip',
        newId: () => `id-${++counter}`,
        now: () => 1_000,
        ...options,
      }),
  );
}

/** What an import left: each document's spans (by title) and the titles each search term finds. */
export async function librarySnapshot(db: SpanlightDatabase, terms: readonly string[]) {
  return db.transaction('r', db.tables, async () => {
    const documents = await db.documents.orderBy('importedAt').toArray();
    const titles = new Map(documents.map((doc) => [doc.id, doc.title]));
    const spans: Record<string, unknown[]> = {};
    for (const doc of documents) {
      const list = await readDocumentSpans(db, doc.id);
      spans[doc.title] = list
        .map(({ start, end, label, attributes }) => ({ start, end, label, attributes }))
        .sort((a, b) => a.start - b.start || a.end - b.end);
    }
    const found: Record<string, string[]> = {};
    for (const term of terms) {
      const ids = await documentsWithTerm(db, term);
      found[term] = [...ids].map((id) => titles.get(id) ?? `(gone ${id})`).sort();
    }
    return { spans, found };
  });
}
