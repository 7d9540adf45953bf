/**
 * The library's places in Spanlight JSON: the top-level "places" section, written after "actors" (see
 * spanlightJsonWriter.ts). Annotations (`place_id`) and events (`place_id`) name these places by id, so a file
 * carries its places' coordinates with it: a re-import or a restored backup needs no gazetteer to put the events
 * back on the map. Snake case like the rest of the file; coordinates in degrees, WGS 84; times ISO 8601.
 *
 * Reading refuses a malformed place with its index and reason, like the rest of the importer.
 */
import type { Place } from '../coding/place';
import { describeJson, isObject } from './json';

/** A place as the file writes it. */
export interface DatasetPlace {
  id: string;
  name: string;
  /** Other names in any script, as written. */
  names: string[];
  latitude: number;
  longitude: number;
  /** ISO 3166-1 alpha-2; null when not known. */
  country: string | null;
  /** First-level administrative division; null when not known. */
  admin1: string | null;
  source: Place['source'];
  /** The gazetteer entry the place was copied from ("geonames:172955"); null for a place of the researcher's. */
  gazetteer_id: string | null;
  created_at: string;
}

const PLACE_KEYS = [
  'id',
  'name',
  'names',
  'latitude',
  'longitude',
  'country',
  'admin1',
  'source',
  'gazetteer_id',
  'created_at',
];

export function placeRecord(place: Place): DatasetPlace {
  return {
    id: place.id,
    name: place.name,
    names: [...place.names],
    latitude: place.latitude,
    longitude: place.longitude,
    country: place.country ?? null,
    admin1: place.admin1 ?? null,
    source: place.source,
    gazetteer_id: place.gazetteerId ?? null,
    created_at: new Date(place.createdAt).toISOString(),
  };
}

/** Reads the top-level "places" section (absent: none), or says why it is refused. */
export function readPlacesSection(
  value: unknown,
): { places: Place[]; warnings: string[] } | { problem: string } {
  if (value === undefined) return { places: [], warnings: [] };
  if (!Array.isArray(value)) return { problem: `"places" is ${describeJson(value)}, not an array` };
  const places: Place[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  for (const [index, item] of value.entries()) {
    const read = placeFromRecord(item);
    const where = `places[${index}]`;
    if ('problem' in read) return { problem: `${where}: ${read.problem}` };
    if (ids.has(read.place.id))
      return { problem: `${where}: the id ${JSON.stringify(read.place.id)} is used by an earlier place too` };
    ids.add(read.place.id);
    if (read.unknownKeys.length > 0)
      warnings.push(
        `${where}: fields the schema does not define were ignored: ${read.unknownKeys.join(', ')}`,
      );
    places.push(read.place);
  }
  return { places, warnings };
}

function placeFromRecord(item: unknown): { place: Place; unknownKeys: string[] } | { problem: string } {
  if (!isObject(item)) return { problem: `is ${describeJson(item)}, not an object` };
  for (const key of ['id', 'name']) {
    if (typeof item[key] !== 'string' || item[key] === '')
      return { problem: `"${key}" is ${describeJson(item[key])}, not a non-empty string` };
  }
  if (!Array.isArray(item.names) || item.names.some((name) => typeof name !== 'string'))
    return { problem: `"names" is ${describeJson(item.names)}, not an array of strings` };
  for (const [key, limit] of [
    ['latitude', 90],
    ['longitude', 180],
  ] as const) {
    const degrees = item[key];
    if (typeof degrees !== 'number' || !Number.isFinite(degrees) || Math.abs(degrees) > limit)
      return {
        problem: `"${key}" is ${describeJson(degrees)}, not a number of degrees from -${limit} to ${limit}`,
      };
  }
  for (const key of ['country', 'admin1', 'gazetteer_id']) {
    const field = item[key];
    if (field !== null && field !== undefined && (typeof field !== 'string' || field === ''))
      return { problem: `"${key}" is ${describeJson(field)}, not a non-empty string or null` };
  }
  if (item.source !== 'gazetteer' && item.source !== 'user')
    return { problem: `"source" is ${describeJson(item.source)}, not "gazetteer" or "user"` };
  const createdAt = typeof item.created_at === 'string' ? Date.parse(item.created_at) : Number.NaN;
  if (!Number.isFinite(createdAt)) return { problem: `"created_at" must be an ISO 8601 time` };
  const place: Place = {
    id: item.id as string,
    name: item.name as string,
    names: [...(item.names as string[])],
    latitude: item.latitude as number,
    longitude: item.longitude as number,
    source: item.source,
    createdAt,
  };
  if (typeof item.country === 'string') place.country = item.country;
  if (typeof item.admin1 === 'string') place.admin1 = item.admin1;
  if (typeof item.gazetteer_id === 'string') place.gazetteerId = item.gazetteer_id;
  return { place, unknownKeys: Object.keys(item).filter((key) => !PLACE_KEYS.includes(key)) };
}
