import type { PlaceMention } from '../../core/places/findPlaceMentions';
import type { SearchablePlace } from '../../core/places/gazetteerEntry';
import type { PlaceMatch, PlaceSearchOptions } from '../../core/places/placeSearch';

/** Messages between the page and the gazetteer worker (gazetteerWorker.ts). */
export type GazetteerRequest =
  | { type: 'load'; url: string }
  | { type: 'search'; id: number; query: string; options: PlaceSearchOptions }
  | { type: 'get'; id: number; placeIds: string[] }
  | { type: 'mentions'; id: number; text: string };

export type GazetteerReply =
  | { type: 'loaded'; count: number; milliseconds: number }
  | { type: 'failed'; message: string }
  | { type: 'results'; id: number; matches: PlaceMatch[] }
  | { type: 'places'; id: number; places: SearchablePlace[] }
  | { type: 'mentions'; id: number; mentions: PlaceMention[] };
