import type { Place } from '../../core/coding/place';
import type { SearchablePlace } from '../../core/places/gazetteerEntry';
import type { Span } from '../../core/spans/span';
import type { SpanlightDatabase } from './database';
import { readSpansOfDocuments, spansLinkedToAnyPlace } from './spanBuckets';
import type { StorageAction } from './storageActions';
import { StorageError, toStorageError } from './storageError';
import { readTransaction, writeTransaction } from './transaction';

/** What the researcher types for a place of their own. Degrees, WGS 84. */
export interface UserPlaceDraft {
  name: string;
  names?: readonly string[];
  latitude: number;
  longitude: number;
  country?: string;
}

/** A place on the map: the place and the spans linked to it (in the documents asked for). */
export interface MappedPlace {
  place: Place;
  spans: Span[];
}

/** Why coordinates cannot be stored, or null. */
export function invalidCoordinatesReason(latitude: number, longitude: number): string | null {
  if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
    return 'the latitude must be a number of degrees from -90 to 90';
  }
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    return 'the longitude must be a number of degrees from -180 to 180';
  }
  return null;
}

const byName = (a: Place, b: Place) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);

/**
 * The library's places: those the researcher added, and gazetteer places copied in when a span is first
 * linked to them — so exports and the map never need the gazetteer (a large lazily loaded file). A gazetteer
 * place keeps the gazetteer's id ("geonames:172955", "alias:sy-raqqa"), so linking it twice stores it once.
 * The span ↔ place link itself is the coding store's (undoable): see linkSpanToPlace below.
 * Reached as `store.places`.
 */
export class PlaceStore {
  constructor(
    private readonly db: SpanlightDatabase,
    private readonly newId: () => string,
    private readonly now: () => number,
    /** Tells the AnnotationStore's subscribers (sentinel, backups) that something was written. */
    private readonly written: () => void,
  ) {}

  async listPlaces(): Promise<Place[]> {
    return this.read('load the places', async () => (await this.db.places.toArray()).sort(byName));
  }

  async getPlace(id: string): Promise<Place | undefined> {
    return this.read('load the place', () => this.db.places.get(id));
  }

  /**
   * The places an export carries (Spanlight JSON "places"): every place of the library, or, for some documents,
   * those their spans or their events (a place chosen by hand) link to. By name, like listPlaces.
   */
  async placesFor(docIds?: readonly string[]): Promise<Place[]> {
    try {
      return await this.db.transaction(
        'r',
        [this.db.places, this.db.spanBuckets, this.db.events],
        async () => {
          const places = (await this.db.places.toArray()).sort(byName);
          if (!docIds) return places;
          const spans = (await readSpansOfDocuments(this.db, docIds)).flat();
          const events = await this.db.events
            .where('docId')
            .anyOf([...docIds])
            .toArray();
          const linked = new Set([...spans, ...events].map((row) => row.placeId));
          return places.filter((place) => linked.has(place.id));
        },
      );
    } catch (error) {
      throw toStorageError('load the places', error);
    }
  }

  async addUserPlace(draft: UserPlaceDraft): Promise<Place> {
    const name = draft.name.trim();
    if (!name)
      throw new StorageError('Could not save the place: it needs a name. Nothing was saved.', 'RangeError');
    const problem = invalidCoordinatesReason(draft.latitude, draft.longitude);
    if (problem)
      throw new StorageError(`Could not save the place: ${problem}. Nothing was saved.`, 'RangeError');
    const place: Place = {
      id: this.newId(),
      name,
      names: [...new Set((draft.names ?? []).map((alias) => alias.trim()).filter((a) => a && a !== name))],
      latitude: draft.latitude,
      longitude: draft.longitude,
      source: 'user',
      createdAt: this.now(),
    };
    const country = draft.country?.trim().toUpperCase();
    if (country) place.country = country;
    return this.write('save the place', async () => {
      await this.db.places.add(place);
      return place;
    });
  }

  /**
   * The stored place for a search result: a stored place as it is, a gazetteer place copied into the table
   * the first time (its coordinates and names as the gazetteer has them then).
   */
  async ensurePlace(candidate: SearchablePlace | Place): Promise<Place> {
    const problem = invalidCoordinatesReason(candidate.latitude, candidate.longitude);
    if (problem)
      throw new StorageError(`Could not link the place: ${problem}. Nothing was saved.`, 'RangeError');
    return this.write('save the place', async () => {
      const stored = await this.db.places.get(candidate.id);
      if (stored) return stored;
      if ('source' in candidate) {
        throw new StorageError('That place is no longer in the library. Nothing was saved.', 'NotFound');
      }
      const place: Place = {
        id: candidate.id,
        name: candidate.name,
        names: [...candidate.names],
        latitude: candidate.latitude,
        longitude: candidate.longitude,
        source: 'gazetteer',
        gazetteerId: candidate.id,
        createdAt: this.now(),
      };
      if (candidate.country) place.country = candidate.country;
      if (candidate.admin1) place.admin1 = candidate.admin1;
      await this.db.places.add(place);
      return place;
    });
  }

  /** The places linked from spans of `docIds` (every document when omitted), with those spans. */
  async mappedPlaces(docIds?: readonly string[]): Promise<MappedPlace[]> {
    return this.read('load the map', async () => {
      const wanted = docIds ? new Set(docIds) : null;
      const linked = await spansLinkedToAnyPlace(this.db);
      const byPlace = new Map<string, Span[]>();
      for (const span of linked) {
        if (!span.placeId || (wanted && !wanted.has(span.docId))) continue;
        byPlace.set(span.placeId, [...(byPlace.get(span.placeId) ?? []), span]);
      }
      const places = await this.db.places.bulkGet([...byPlace.keys()]);
      return places
        .filter((place): place is Place => !!place)
        .sort(byName)
        .map((place) => ({ place, spans: byPlace.get(place.id) ?? [] }));
    });
  }

  private write<T>(action: StorageAction, body: () => Promise<T>): Promise<T> {
    return writeTransaction(this.db, [this.db.places], action, body, this.written);
  }

  private read<T>(action: StorageAction, body: () => Promise<T>): Promise<T> {
    return readTransaction(this.db, [this.db.places, this.db.spanBuckets], action, body);
  }
}
