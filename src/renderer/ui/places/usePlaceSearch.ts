import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Place } from '../../../core/coding/place';
import type { SearchablePlace } from '../../../core/places/gazetteerEntry';
import { PlaceSearchIndex } from '../../../core/places/placeSearch';
import { gazetteer } from '../../places/gazetteer';
import type { AnnotationStore } from '../../storage/annotationStore';

/** One result of the place picker: a place of the library (stored) or of the gazetteer. */
export interface PlaceOption {
  place: SearchablePlace | Place;
  /** The name that matched, as written (an Arabic name of a Latin-named city, say). */
  matchedName: string;
  stored: boolean;
}

const LIMIT = 12;

/**
 * Place search for the picker: the library's own places first (searched here: a few hundred at most), then
 * the gazetteer's (searched in its worker, started by the first query). A gazetteer place already copied
 * into the library appears once, as the library's.
 */
export function usePlaceSearch(store: AnnotationStore, query: string) {
  const [storedPlaces, setStoredPlaces] = useState<Place[]>([]);
  const [gazetteerResults, setGazetteerResults] = useState<PlaceOption[]>([]);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const refreshStored = useCallback(async () => {
    setStoredPlaces(await store.places.listPlaces());
  }, [store]);

  useEffect(() => {
    void refreshStored().catch(() => {});
  }, [refreshStored]);

  const storedIndex = useMemo(
    () => new PlaceSearchIndex(storedPlaces.map((place) => ({ ...place, population: 0 }))),
    [storedPlaces],
  );

  useEffect(() => {
    if (query.trim() === '') {
      setGazetteerResults([]);
      return;
    }
    let current = true;
    setLoading(true);
    gazetteer()
      .search(query, { limit: LIMIT })
      .then(
        (matches) => {
          if (!current) return;
          setProblem(null);
          setGazetteerResults(
            matches.map((match) => ({ place: match.place, matchedName: match.matchedName, stored: false })),
          );
        },
        (error: unknown) => {
          if (current) setProblem(error instanceof Error ? error.message : String(error));
        },
      )
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [query]);

  const results = useMemo(() => {
    const byId = new Map(storedPlaces.map((place) => [place.id, place]));
    const own: PlaceOption[] = storedIndex.search(query, { limit: LIMIT }).map((match) => ({
      place: byId.get(match.place.id) as Place,
      matchedName: match.matchedName,
      stored: true,
    }));
    const ownIds = new Set(own.map((option) => option.place.id));
    return [...own, ...gazetteerResults.filter((option) => !ownIds.has(option.place.id))].slice(0, LIMIT);
  }, [storedIndex, storedPlaces, query, gazetteerResults]);

  return { results, loading, problem, refreshStored };
}
