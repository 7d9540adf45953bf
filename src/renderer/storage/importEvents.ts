import type { FormatDocument } from '../../core/formats/types';
import type { SpanlightDatabase } from './database';

/**
 * Writes an imported document's event records inside the import's transaction, with the ids the import gave:
 * `docId` the document's id in the library, span ids mapped from the file's annotation ids to the stored spans'
 * (an id the file does not have among this document's annotations is dropped: the event cannot point at it).
 * An event keeps its id when `preserveIds` and the id is free (restoring a backup), else gets a new one. The
 * registry actors it names (actor 1 / actor 2) and its place are mapped like the spans' (`actorIds` from
 * importActorsInto, `placeIds` from importPlacesInto).
 */
export async function importEventsOf(
  db: SpanlightDatabase,
  doc: Pick<FormatDocument, 'events'>,
  docId: string,
  spanIds: ReadonlyMap<string, string>,
  options: { preserveIds?: boolean; newId(): string },
  actorIds: ReadonlyMap<string, string> = new Map(),
  placeIds: ReadonlyMap<string, string> = new Map(),
): Promise<number> {
  let written = 0;
  for (const event of doc.events ?? []) {
    const id = options.preserveIds && !(await db.events.get(event.id)) ? event.id : options.newId();
    const mapped = event.spanIds.flatMap((spanId) => {
      const stored = spanIds.get(spanId);
      return stored ? [stored] : [];
    });
    const stored = { ...event, id, docId, spanIds: mapped };
    for (const key of ['actor1', 'actor2'] as const) {
      const actorId = event[key];
      if (actorId !== undefined) stored[key] = actorIds.get(actorId) ?? actorId;
    }
    if (event.placeId !== undefined) stored.placeId = placeIds.get(event.placeId) ?? event.placeId;
    await db.events.add(stored);
    written++;
  }
  return written;
}
