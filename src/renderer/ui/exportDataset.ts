import { buildDataset, datasetFileName } from '../../core/export/spanlightDataset';
import type { AnnotationStore } from '../storage/annotationStore';

/** The Spanlight JSON of the library (or of some documents), with its file name. */
export async function exportDatasetJson(
  store: AnnotationStore,
  docIds?: readonly string[],
  now: Date = new Date(),
): Promise<{ fileName: string; content: string; documentCount: number }> {
  const entries = await store.snapshot(docIds);
  const dataset = buildDataset(entries, now);
  return {
    fileName: datasetFileName(now, docIds ? 'document' : 'library'),
    content: `${JSON.stringify(dataset, null, 2)}\n`,
    documentCount: entries.length,
  };
}
