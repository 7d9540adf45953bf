import { datasetFileName } from '../../core/export/spanlightDataset';
import { toFormatDocuments } from '../../core/export/toFormatDocuments';
import { SpanlightJsonStream } from '../../core/formats/spanlightJsonWriter';
import { defaultLabelTable } from '../../core/formats/spanlightRecord';
import type { AnnotationStore } from '../storage/annotationStore';

/**
 * The Spanlight JSON of the library (or of some documents) as one string, with its file name: for backups, whose
 * targets take a string. Written by the one Spanlight JSON writer from the store's batches, like the streamed
 * "Export JSON" (datasets/streamExport.ts), so a backup and an export of the same library are the same file.
 */
export async function exportDatasetJson(
  store: AnnotationStore,
  docIds?: readonly string[],
  now: Date = new Date(),
): Promise<{ fileName: string; content: string; documentCount: number }> {
  // The library's own copy: a stored span that is not a range of its text refuses the export (RangeError).
  const stream = new SpanlightJsonStream(
    { exportedAt: now.toISOString(), labels: defaultLabelTable() },
    // The actor registry and the places go with the documents, so a backup restores the links of their spans.
    {
      invalidAnnotations: 'throw',
      actors: await store.coding.actorsFor(docIds),
      places: await store.places.placesFor(docIds),
    },
  );
  const chunks = [stream.start()];
  let documentCount = 0;
  for await (const batch of store.batches(docIds ? { docIds } : {})) {
    documentCount += batch.entries.length;
    chunks.push(stream.documents(toFormatDocuments(batch.entries)));
  }
  chunks.push(stream.end());
  return {
    fileName: datasetFileName(now, docIds ? 'document' : 'library'),
    content: chunks.join(''),
    documentCount,
  };
}
