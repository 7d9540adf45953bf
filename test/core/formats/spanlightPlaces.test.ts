/**
 * The "places" section of Spanlight JSON: written between "actors" and "events" with every field, left out when
 * there are no places, and read back checked (a malformed place refuses the file, naming it).
 */
import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src/core/coding/place';
import { exportSpanlightJson, importSpanlightJson } from '../../../src/core/formats/spanlightJson';
import { SPANLIGHT_JSON_SECTIONS } from '../../../src/core/formats/spanlightJsonWriter';
import { placeRecord, readPlacesSection } from '../../../src/core/formats/spanlightPlaces';
import type { FormatDocument } from '../../../src/core/formats/types';

const deirEzzor: Place = {
  id: 'geonames:170794',
  name: 'Deir ez-Zor',
  names: ['دير الزور'],
  latitude: 35.33588,
  longitude: 40.14084,
  country: 'SY',
  admin1: '07',
  source: 'gazetteer',
  gazetteerId: 'geonames:170794',
  createdAt: Date.parse('2026-01-02T03:04:05.000Z'),
};
const mine: Place = {
  id: 'p1',
  name: 'المعبر',
  names: [],
  latitude: 0,
  longitude: -0.5,
  source: 'user',
  createdAt: 0,
};

const TEXT = 'قتل خمسة في دير الزور';
function documents(): FormatDocument[] {
  const start = TEXT.indexOf('دير الزور');
  return [
    {
      id: 'd1',
      title: 'تقرير',
      text: TEXT,
      annotations: [{ id: 'a1', start, end: start + 9, label: 'place', text: 'دير الزور' }],
      events: [
        {
          id: 'e1',
          docId: 'd1',
          spanIds: ['a1'],
          placeId: deirEzzor.id,
          notes: '',
          createdAt: 0,
          updatedAt: 0,
        },
      ],
    },
  ];
}

describe('the "places" section', () => {
  it('comes after the actors and before the events', () => {
    expect(SPANLIGHT_JSON_SECTIONS).toEqual(['documents', 'actors', 'places', 'events']);
    const actor = { id: 'x', name: 'قسد', aliases: [], createdAt: 0, updatedAt: 0 };
    const { content } = exportSpanlightJson(documents(), { actors: [actor], places: [deirEzzor, mine] });
    const file = JSON.parse(content);
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'exported_at',
      'labels',
      'documents',
      'actors',
      'places',
      'events',
    ]);
    expect(file.places).toEqual([
      {
        id: 'geonames:170794',
        name: 'Deir ez-Zor',
        names: ['دير الزور'],
        latitude: 35.33588,
        longitude: 40.14084,
        country: 'SY',
        admin1: '07',
        source: 'gazetteer',
        gazetteer_id: 'geonames:170794',
        created_at: '2026-01-02T03:04:05.000Z',
      },
      placeRecord(mine),
    ]);
    const outcome = importSpanlightJson(content);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.places).toEqual([deirEzzor, mine]);
    expect(outcome.warnings).toEqual([]);
  });

  it('is left out when there are no places, and an old file without it reads as before', () => {
    const { content } = exportSpanlightJson(documents());
    expect(JSON.parse(content)).not.toHaveProperty('places');
    const outcome = importSpanlightJson(content);
    expect(outcome.ok && outcome.places).toBeUndefined();
  });

  it('reports fields it does not know and keeps the place', () => {
    expect(readPlacesSection([{ ...placeRecord(mine), elevation: 3 }])).toEqual({
      places: [mine],
      warnings: ['places[0]: fields the schema does not define were ignored: elevation'],
    });
  });

  it.each([
    [{}, '"places" is an object, not an array'],
    [[1], 'places[0]: is the number 1, not an object'],
    [[placeRecord(mine), placeRecord(mine)], 'places[1]: the id "p1" is used by an earlier place too'],
    [[{ ...placeRecord(mine), name: '' }], 'places[0]: "name" is the string "", not a non-empty string'],
    [
      [{ ...placeRecord(mine), latitude: 91 }],
      'places[0]: "latitude" is the number 91, not a number of degrees from -90 to 90',
    ],
    [
      [{ ...placeRecord(mine), longitude: '40' }],
      'places[0]: "longitude" is the string "40", not a number of degrees from -180 to 180',
    ],
    [
      [{ ...placeRecord(mine), source: 'osm' }],
      'places[0]: "source" is the string "osm", not "gazetteer" or "user"',
    ],
    [[{ ...placeRecord(mine), created_at: 'soon' }], 'places[0]: "created_at" must be an ISO 8601 time'],
  ])('refuses %j', (value, problem) => {
    expect(readPlacesSection(value)).toEqual({ problem });
  });

  it('refuses the whole file when a place is malformed', () => {
    const file = JSON.parse(exportSpanlightJson(documents(), { places: [mine] }).content);
    file.places[0].names = 'x';
    const outcome = importSpanlightJson(JSON.stringify(file));
    expect(outcome.ok === false && outcome.reason).toBe(
      'places[0]: "names" is the string "x", not an array of strings',
    );
  });
});
