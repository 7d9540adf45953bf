/**
 * Event records in Spanlight JSON: the top-level "events" section, written after the documents (see
 * spanlightJsonWriter.ts). Between the file and the library, a document's events ride on its FormatDocument
 * (`events`, with the file's ids): the import maps them to the ids the library gives (importEvents.ts).
 *
 * Reading refuses a malformed record with its place and reason, like the rest of the importer; an event whose
 * document is not in the file, or a span id that is not one of its document's annotations, is dropped with a
 * warning (the event cannot point at what is not there).
 */
import { type DatasetEvent, datasetEvent, eventFromDataset } from '../coding/eventRecordJson';
import { describeJson } from './json';
import type { FormatDocument } from './types';

/** The "events" records of documents, in document order then as stored (by creation). */
export function eventsSectionRecords(documents: readonly FormatDocument[]): DatasetEvent[] {
  return documents.flatMap((doc) => (doc.events ?? []).map(datasetEvent));
}

/**
 * Reads the top-level "events" (absent: none) onto the documents read from the same file, matched by
 * document id. Returns warnings, or why the section is refused.
 */
export function attachEventsSection(
  value: unknown,
  documents: readonly FormatDocument[],
): { warnings: string[] } | { problem: string } {
  if (value === undefined) return { warnings: [] };
  if (!Array.isArray(value)) return { problem: `"events" is ${describeJson(value)}, not an array` };
  const warnings: string[] = [];
  const byId = new Map<string, FormatDocument>();
  for (const doc of documents) if (doc.id !== undefined && !byId.has(doc.id)) byId.set(doc.id, doc);
  const ids = new Set<string>();
  for (const [index, item] of value.entries()) {
    const where = `events[${index}]`;
    const read = eventFromDataset(item);
    if (!read.ok) return { problem: `${where}: ${read.reason}` };
    const { event, unknownKeys } = read;
    if (ids.has(event.id))
      return { problem: `${where}: the id ${JSON.stringify(event.id)} is used by an earlier event too` };
    ids.add(event.id);
    if (unknownKeys.length > 0)
      warnings.push(`${where}: fields the schema does not define were ignored: ${unknownKeys.join(', ')}`);
    const doc = byId.get(event.docId);
    if (!doc) {
      warnings.push(
        `${where}: its document ${JSON.stringify(event.docId)} is not in the file; the event was left out`,
      );
      continue;
    }
    const annotationIds = new Set(doc.annotations.map((annotation) => annotation.id));
    const missing = event.spanIds.filter((id) => !annotationIds.has(id));
    if (missing.length > 0) {
      warnings.push(
        `${where}: ${missing.length} annotation id${missing.length === 1 ? ' is' : 's are'} not among its document's annotations and ${missing.length === 1 ? 'was' : 'were'} dropped: ${missing.join(', ')}`,
      );
      event.spanIds = event.spanIds.filter((id) => annotationIds.has(id));
    }
    doc.events = [...(doc.events ?? []), event];
  }
  return { warnings };
}
