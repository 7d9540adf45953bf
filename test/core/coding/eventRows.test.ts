/**
 * Events are read from their spans (actors in text order, the first place, killed figures summed) and become
 * rows with ACLED/UCDP-like columns. Each case is an article fragment, its spans and the row a researcher
 * expects, written out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/coding/actor';
import type { CasualtyAttributes } from '../../../src/core/coding/casualtyAttributes';
import type { EventRecord } from '../../../src/core/coding/eventRecord';
import { type EventRow, eventRow } from '../../../src/core/coding/eventRows';
import type { Place } from '../../../src/core/coding/place';
import { type EventDocument, resolveEvent } from '../../../src/core/coding/resolveEvent';
import type { LabelKey } from '../../../src/core/labels';
import type { Span } from '../../../src/core/spans/span';

const TEXT =
  'قتل خمسة عناصر من داعش في اشتباكات مع قسد بريف دير الزور، وأصيب ثلاثة مدنيين. وقالت قوات سوريا الديمقراطية إن داعش هاجم نقطة لها.';

const DOC: EventDocument = {
  id: 'doc-1',
  title: 'اشتباكات في دير الزور',
  source: 'SY24',
  url: 'https://example.org/a',
  text: TEXT,
};

const SDF: Actor = {
  id: 'actor-sdf',
  name: 'Syrian Democratic Forces',
  aliases: ['قسد', 'قوات سوريا الديمقراطية'],
  type: 'rebel_group',
  createdAt: 0,
  updatedAt: 0,
};
const IS: Actor = {
  id: 'actor-is',
  name: 'Islamic State',
  aliases: ['داعش'],
  type: 'rebel_group',
  createdAt: 0,
  updatedAt: 0,
};
const DEIR: Place = {
  id: 'place-deir',
  name: 'Deir ez-Zor',
  names: ['دير الزور'],
  latitude: 35.336,
  longitude: 40.1408,
  country: 'SY',
  admin1: 'Deir ez-Zor',
  source: 'gazetteer',
  createdAt: 0,
};

/** A span over the n-th occurrence of `needle`. */
function span(id: string, needle: string, label: LabelKey, extra: Partial<Span> = {}, n = 0): Span {
  let at = -1;
  for (let i = 0; i <= n; i++) at = TEXT.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no ${needle}`);
  return {
    id,
    docId: DOC.id,
    start: at,
    end: at + needle.length,
    label,
    text: needle,
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

function event(spanIds: string[], extra: Partial<EventRecord> = {}): EventRecord {
  return { id: 'event-1', docId: DOC.id, spanIds, notes: '', createdAt: 2, updatedAt: 2, ...extra };
}

const killed5: CasualtyAttributes = { value: 5, precision: 'exact', category: 'killed', proposed: false };

const BASE_ROW: EventRow = {
  event_id: 'event-1',
  document_id: 'doc-1',
  document_title: 'اشتباكات في دير الزور',
  source: 'SY24',
  source_url: 'https://example.org/a',
  date: null,
  event_type: null,
  actor1: null,
  actor1_type: null,
  actor1_text: null,
  actor2: null,
  actor2_type: null,
  actor2_text: null,
  location: null,
  location_text: null,
  country: null,
  admin1: null,
  latitude: null,
  longitude: null,
  geo_precision: null,
  fatalities_low: null,
  fatalities_best: null,
  fatalities_high: null,
  fatalities_text: null,
  notes: '',
  span_ids: [],
};

interface Case {
  name: string;
  spans: Span[];
  event: EventRecord;
  row: Partial<EventRow>;
  problems: string[];
}

const CASES: Case[] = [
  {
    name: 'unlinked spans: names are the covered texts, actors in text order, five killed read from the text',
    spans: [
      span('a', 'داعش', 'actor'),
      span('b', 'قسد', 'actor'),
      span('p', 'دير الزور', 'place'),
      span('c', 'خمسة', 'casualty_count'),
    ],
    event: event(['b', 'p', 'a', 'c'], { date: '2023-05-04' }),
    row: {
      date: '2023-05-04',
      actor1: 'داعش',
      actor1_text: 'داعش',
      actor2: 'قسد',
      actor2_text: 'قسد',
      location: 'دير الزور',
      location_text: 'دير الزور',
      fatalities_low: 5,
      fatalities_best: 5,
      fatalities_high: 5,
      fatalities_text: 'خمسة',
      span_ids: ['c', 'a', 'b', 'p'],
    },
    problems: ['“دير الزور” is not linked to a place with coordinates: latitude and longitude stay empty.'],
  },
  {
    name: 'linked spans: registry names and ACLED inter codes, coordinates and precision of the place',
    spans: [
      span('a', 'داعش', 'actor', { actorId: IS.id }),
      span('b', 'قسد', 'actor', { actorId: SDF.id }),
      span('p', 'دير الزور', 'place', { placeId: DEIR.id, geoPrecision: 'near' }),
      span('c', 'خمسة', 'casualty_count', { attributes: killed5 }),
      // the same actors named again: one actor each, their texts joined
      span('b2', 'قوات سوريا الديمقراطية', 'actor', { actorId: SDF.id }),
      span('a2', 'داعش', 'actor', { actorId: IS.id }, 1),
    ],
    event: event(['a', 'b', 'p', 'c', 'b2', 'a2'], {
      date: '2023-05',
      eventType: 'Battles',
      notes: 'هجوم ليلي',
    }),
    row: {
      date: '2023-05',
      event_type: 'Battles',
      actor1: 'Islamic State',
      actor1_type: 2,
      actor1_text: 'داعش | داعش',
      actor2: 'Syrian Democratic Forces',
      actor2_type: 2,
      actor2_text: 'قسد | قوات سوريا الديمقراطية',
      location: 'Deir ez-Zor',
      location_text: 'دير الزور',
      country: 'SY',
      admin1: 'Deir ez-Zor',
      latitude: 35.336,
      longitude: 40.1408,
      geo_precision: 2,
      fatalities_low: 5,
      fatalities_best: 5,
      fatalities_high: 5,
      fatalities_text: 'خمسة',
      notes: 'هجوم ليلي',
      span_ids: ['c', 'a', 'b', 'p', 'b2', 'a2'],
    },
    problems: [],
  },
  {
    name: 'the injured are not fatalities; a range sums low, best and high separately',
    spans: [
      span('c', 'خمسة', 'casualty_count', {
        attributes: {
          low: 5,
          best: 6,
          high: 8,
          precision: 'approximate',
          category: 'killed',
          proposed: false,
        },
      }),
      span('i', 'ثلاثة', 'casualty_count'),
      span('k', 'نقطة', 'casualty_count', {
        attributes: { value: 2, precision: 'at_least', category: 'killed', proposed: true },
      }),
    ],
    event: event(['c', 'i', 'k'], { date: '2023' }),
    row: {
      date: '2023',
      fatalities_low: 7,
      fatalities_best: 8,
      fatalities_high: 10,
      fatalities_text: 'خمسة | نقطة',
      span_ids: ['c', 'i', 'k'],
    },
    problems: [
      'No actor.',
      'No place.',
      '2 killed figures are added up: check that they count different people.',
    ],
  },
  {
    name: 'an override replaces the figures; the event’s place and precision win over the spans',
    spans: [span('c', 'خمسة', 'casualty_count', { attributes: killed5 }), span('p', 'دير الزور', 'place')],
    event: event(['c', 'p'], {
      date: '2023-05-04',
      fatalities: { low: 4, best: 5, high: 7 },
      placeId: DEIR.id,
      geoPrecision: 'region',
    }),
    row: {
      date: '2023-05-04',
      location: 'Deir ez-Zor',
      location_text: 'دير الزور',
      country: 'SY',
      admin1: 'Deir ez-Zor',
      latitude: 35.336,
      longitude: 40.1408,
      geo_precision: 3,
      fatalities_low: 4,
      fatalities_best: 5,
      fatalities_high: 7,
      span_ids: ['c', 'p'],
    },
    problems: ['No actor.'],
  },
  {
    name: 'event actors chosen in the registry come first; a third actor is reported; deleted spans are said',
    spans: [
      span('a', 'داعش', 'actor'),
      span('b', 'قسد', 'actor'),
      span('c', 'ثلاثة', 'casualty_count', { attributes: { value: 3, precision: 'exact', proposed: false } }),
    ],
    event: event(['a', 'b', 'gone', 'c'], { actor1: SDF.id, date: '2023-02-30' }),
    row: {
      date: '2023-02-30',
      actor1: 'Syrian Democratic Forces',
      actor1_type: 2,
      actor1_text: null,
      actor2: 'داعش',
      actor2_text: 'داعش',
      span_ids: ['a', 'b', 'c'],
    },
    problems: [
      '1 annotation of this event no longer exists.',
      'More than two actors (Syrian Democratic Forces, داعش, قسد): only the first two are exported.',
      'No place.',
      '“ثلاثة” has no category (killed, injured…): not counted as fatalities.',
      '“2023-02-30” has no day 30.',
    ],
  },
];

describe('event rows', () => {
  for (const testCase of CASES) {
    it(testCase.name, () => {
      const byId = new Map(testCase.spans.map((s) => [s.id, s]));
      const actors = new Map([SDF, IS].map((a) => [a.id, a]));
      const places = new Map([[DEIR.id, DEIR]]);
      const resolved = resolveEvent(testCase.event, {
        document: DOC,
        spanById: (id) => byId.get(id),
        actorById: (id) => actors.get(id),
        placeById: (id) => places.get(id),
      });
      expect(eventRow(resolved)).toEqual({ ...BASE_ROW, ...testCase.row });
      expect(resolved.problems.map((p) => p.message)).toEqual(testCase.problems);
    });
  }

  it('without the document text a bare figure has no category; with it, the words around say “killed”', () => {
    const bare = span('c', 'خمسة', 'casualty_count');
    const sources = (text?: string) => ({
      document: { ...DOC, text },
      spanById: (id: string) => (id === 'c' ? bare : undefined),
      actorById: () => undefined,
      placeById: () => undefined,
    });
    expect(eventRow(resolveEvent(event(['c']), sources())).fatalities_best).toBeNull();
    expect(eventRow(resolveEvent(event(['c']), sources(TEXT))).fatalities_best).toBe(5);
  });
});
