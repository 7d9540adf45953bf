/** Latin place names found in English text against the real gazetteer, for pre-annotation. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { withArabicNames } from '../../../src/core/places/arabicPlaceNames';
import { findPlaceMentions } from '../../../src/core/places/findPlaceMentions';
import { PlaceSearchIndex } from '../../../src/core/places/placeSearch';
import { gazetteerCities } from './gazetteerData';

let index: PlaceSearchIndex;
// Decoding and indexing 135,000 cities takes a few seconds on a busy 2-core machine: more than the hook default.
beforeAll(() => {
  index = new PlaceSearchIndex(withArabicNames(gazetteerCities()));
}, 60_000);

const names = (text: string) =>
  findPlaceMentions(text, index).map((m) => [text.slice(m.start, m.end), m.place.name, m.place.country]);

describe('findPlaceMentions', () => {
  it('finds towns, multi-word names with particles, and countries; longest first', () => {
    const text =
      'SDF forces raided homes in Deir ez-Zor and Raqqa on Monday, near Ar Raqqah, then moved to Syria and Iraq.';
    expect(names(text)).toEqual([
      ['Deir ez-Zor', 'Deir ez-Zor', 'SY'],
      ['Ar Raqqah', 'Ar Raqqah', 'SY'],
      ['Syria', 'Syria', 'SY'],
      ['Iraq', 'Iraq', 'IQ'],
    ]);
  });

  it('leaves out lower-case words, small towns named like words, and names broken by punctuation', () => {
    expect(names('the police said mobile units were in paris.')).toEqual([]);
    // Small towns named like words are left out (Police, Poland, about 40,000 people); a large one is not
    // ("Mobile", Alabama): these are suggestions, rejected with R.
    expect(names('Police said Of the units')).toEqual([]);
    expect(names('Deir, ez-Zor')).toEqual([]);
  });

  it('Aleppo, Damascus and Mosul in a sentence', () => {
    expect(names('Strikes hit Aleppo; Damascus denied it. Mosul was quiet.').map((m) => m[0])).toEqual([
      'Aleppo',
      'Damascus',
      'Mosul',
    ]);
  });

  it('property: mentions are in order, never overlap, and each covers its exact text', () => {
    const pieces = [
      'Aleppo',
      'Deir ez-Zor',
      'in',
      'the',
      'Police',
      ' ',
      ', ',
      'Baghdad',
      'Paris',
      '\n',
      'Ar Raqqah',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), (parts) => {
        const text = parts.join(' ');
        let previousEnd = 0;
        for (const mention of findPlaceMentions(text, index)) {
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          previousEnd = mention.end;
        }
      }),
      { numRuns: 200 },
    );
  });
});
