import { datasetFileName } from '../../core/export/spanlightDataset';
import { toFormatDocuments } from '../../core/export/toFormatDocuments';
import { SpanlightJsonStream } from '../../core/formats/spanlightJsonWriter';
import { defaultLabelTable } from '../../core/formats/spanlightRecord';
import type { LabelDefinition } from '../../core/labels';
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
  // A backup holds every project's documents, so its label table holds every project's labels (the first
  // project's definition of a key wins); restoring adds those the current project lacks.
  const labels = new Map<string, LabelDefinition>();
  const projects = await store.projects.list();
  for (const project of projects)
    for (const label of project.labels) if (!labels.has(label.key)) labels.set(label.key, label);
  // The whole library (a backup) says which project each document is in, so a restore puts them back there.
  const projectTable = docIds
    ? undefined
    : await Promise.all(
        projects.map(async ({ id, name, labels: schema }) => ({
          id,
          name,
          labels: defaultLabelTable(schema),
          documents: await store.projects.documentIds(id),
        })),
      );
  // The library's own copy: a stored span that is not a range of its text refuses the export (RangeError).
  const stream = new SpanlightJsonStream(
    {
      exportedAt: now.toISOString(),
      labels: defaultLabelTable([...labels.values()]),
      ...(projectTable ? { projects: projectTable } : {}),
    },
    // The actor registry and the places go with the documents, so a backup restores the links of their spans.
    {
      invalidAnnotations: 'throw',
      actors: await store.coding.actorsFor(docIds),
      places: await store.places.placesFor(docIds),
    },
  );
  const chunks = [stream.start()];
  let documentCount = 0;
  for await (const batch of store.batches(docIds ? { docIds } : { allProjects: true })) {
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
