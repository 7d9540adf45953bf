/**
 * Searching places by name, Arabic or Latin: "بالرقة", "الرقه", "Raqqa" and "ar-raqqah" all find Ar Raqqah.
 *
 * The query is read as typed and, when it is Arabic, also with its proclitics stripped (events/clitics:
 * و ف, then ب ك ل, then ال — "بالرقة" is ب + الرقة; "للحسكة" is ل + الحسكة). Ranking, best first:
 * 1. an exact name before a name that only starts with the query ("حمص" before "حمصية"),
 * 2. the query as typed before a reading with clitics stripped ("بلدة" the word before ب + لدة),
 * 3. within a tier: the country asked for (optional bias), then capitals and division seats, then population.
 */
import { procliticSplits } from '../events/clitics';
import type { SearchablePlace } from './gazetteerEntry';
import { placeKey, placeKeysOf } from './placeKeys';

export interface PlaceMatch {
  readonly place: SearchablePlace;
  /** The name (or alternative name) that matched, as written. */
  readonly matchedName: string;
  readonly exact: boolean;
}

export interface PlaceSearchOptions {
  /** How many matches to return (default 20). */
  readonly limit?: number;
  /** Places of this country (ISO alpha-2) rank first within a tier. */
  readonly country?: string;
}

/** How many prefix matches one query key may collect before ranking: a one-letter query stays fast. */
const PREFIX_SCAN_LIMIT = 5000;

const FEATURE_RANK: Readonly<Record<string, number>> = { PCLI: 4, PPLC: 3, ADM1: 2, PPLA: 2, PPLA2: 1 };

interface IndexedKey {
  readonly key: string;
  readonly place: number;
  readonly name: string;
}

/** An immutable index over places; build once (the gazetteer: ~135,000 cities, a few hundred ms). */
export class PlaceSearchIndex {
  private readonly keys: IndexedKey[];

  constructor(readonly places: readonly SearchablePlace[]) {
    const keys: IndexedKey[] = [];
    places.forEach((place, index) => {
      for (const name of [place.name, ...place.names]) {
        for (const key of placeKeysOf(name)) keys.push({ key, place: index, name });
      }
    });
    // Code unit order (not localeCompare), so the binary search below agrees with startsWith.
    keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.place - b.place));
    this.keys = keys;
  }

  search(query: string, options: PlaceSearchOptions = {}): PlaceMatch[] {
    const limit = options.limit ?? 20;
    const readings = queryReadings(query);
    // place index → [tier, name]; the best (lowest) tier wins.
    const best = new Map<number, { tier: number; name: string }>();
    readings.forEach((reading, readingIndex) => {
      const stripped = readingIndex > 0 ? 1 : 0;
      let scanned = 0;
      for (let at = this.lowerBound(reading); at < this.keys.length; at++) {
        const entry = this.keys[at] as IndexedKey;
        if (!entry.key.startsWith(reading)) break;
        if (++scanned > PREFIX_SCAN_LIMIT) break;
        const tier = (entry.key === reading ? 0 : 2) + stripped;
        const current = best.get(entry.place);
        if (!current || tier < current.tier) best.set(entry.place, { tier, name: entry.name });
      }
    });
    return [...best.entries()]
      .sort(([a, ta], [b, tb]) => ta.tier - tb.tier || this.compareImportance(a, b, options.country))
      .slice(0, limit)
      .map(([index, { tier, name }]) => ({
        place: this.places[index] as SearchablePlace,
        matchedName: name,
        exact: tier < 2,
      }));
  }

  /** The places with a name whose key is exactly `key` (see placeKeys), most important first. */
  exactly(key: string): SearchablePlace[] {
    const found: number[] = [];
    for (let at = this.lowerBound(key); at < this.keys.length; at++) {
      const entry = this.keys[at] as IndexedKey;
      if (entry.key !== key) break;
      if (!found.includes(entry.place)) found.push(entry.place);
    }
    return found
      .sort((a, b) => this.compareImportance(a, b, undefined))
      .map((index) => this.places[index] as SearchablePlace);
  }

  private compareImportance(a: number, b: number, country: string | undefined): number {
    const placeA = this.places[a] as SearchablePlace;
    const placeB = this.places[b] as SearchablePlace;
    if (country) {
      const inA = placeA.country === country ? 0 : 1;
      const inB = placeB.country === country ? 0 : 1;
      if (inA !== inB) return inA - inB;
    }
    return (
      (FEATURE_RANK[placeB.featureCode ?? ''] ?? 0) - (FEATURE_RANK[placeA.featureCode ?? ''] ?? 0) ||
      (placeB.population ?? 0) - (placeA.population ?? 0) ||
      a - b
    );
  }

  private lowerBound(key: string): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.keys[middle] as IndexedKey).key < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/**
 * The keys a query is looked up under: as typed, then each reading with proclitics stripped (fewest letters
 * first); for ل + ال written لل, the stem with its article restored. Empty for a blank query.
 */
export function queryReadings(query: string): string[] {
  const key = placeKey(query);
  if (key === '') return [];
  const readings = [key];
  for (const split of procliticSplits(key)) {
    if (split.form.preposition === 'ل' && split.form.article) readings.push(`ال${split.stem}`);
    readings.push(split.stem);
  }
  return [...new Set(readings)];
}
