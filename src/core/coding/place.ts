/**
 * How exactly a span's place is known, as ACLED's geo_precision codes it: 1 the place itself, 2 near it (a
 * part of or the area around a town), 3 only the region (a province or larger).
 */
export const GEO_PRECISIONS = [
  { key: 'exact', code: 1, name: 'Exact place' },
  { key: 'near', code: 2, name: 'Near' },
  { key: 'region', code: 3, name: 'Region' },
] as const;

export type GeoPrecision = (typeof GEO_PRECISIONS)[number]['key'];

/**
 * A place with coordinates that spans link to: from the offline gazetteer (then `gazetteerId` says which entry)
 * or added by the researcher. Degrees, WGS 84.
 */
export interface Place {
  id: string;
  name: string;
  /** Other names in any script, as written. */
  names: string[];
  latitude: number;
  longitude: number;
  /** ISO 3166-1 alpha-2, when known. */
  country?: string;
  /** First-level administrative division (e.g. a governorate), when known. */
  admin1?: string;
  source: 'gazetteer' | 'user';
  gazetteerId?: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
}
