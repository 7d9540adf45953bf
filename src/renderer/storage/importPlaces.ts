import type { Place } from '../../core/coding/place';
import type { SpanlightDatabase } from './database';

/**
 * Writes a file's places (Spanlight JSON "places") inside the import's transaction and says, for each place id of
 * the file, which place of the library it became:
 * - a place with the gazetteer id of a library place, or with a library place's id and the same coordinates, is
 *   that place (the library's copy is kept as it is: the researcher may have renamed it);
 * - any other place is added, keeping its id when it is free, else under a new id.
 * Spans and events that name a file id are then rewritten with the library's (withImportedCoding, importEventsOf).
 */
export async function importPlacesInto(
  db: SpanlightDatabase,
  places: readonly Place[],
  newId: () => string,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (places.length === 0) return ids;
  const library = new Map((await db.places.toArray()).map((place) => [place.id, place]));
  const byGazetteerId = new Map<string, string>();
  for (const place of library.values())
    if (place.gazetteerId !== undefined) byGazetteerId.set(place.gazetteerId, place.id);
  for (const place of places) {
    const sameId = library.get(place.id);
    const same =
      (place.gazetteerId !== undefined ? byGazetteerId.get(place.gazetteerId) : undefined) ??
      (sameId && sameId.latitude === place.latitude && sameId.longitude === place.longitude
        ? sameId.id
        : undefined);
    if (same !== undefined) {
      ids.set(place.id, same);
      continue;
    }
    const added: Place = { ...place, names: [...place.names], id: sameId ? newId() : place.id };
    library.set(added.id, added);
    if (added.gazetteerId !== undefined) byGazetteerId.set(added.gazetteerId, added.id);
    await db.places.add(added);
    ids.set(place.id, added.id);
  }
  return ids;
}
