import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../src/core/coding/eventRecord';
import { datasetEvent } from '../../../src/core/coding/eventRecordJson';
import { GEO_PRECISIONS } from '../../../src/core/coding/place';
import { attachEventsSection, eventsSectionRecords } from '../../../src/core/formats/spanlightEvents';
import { exportSpanlightJson, importSpanlightJson } from '../../../src/core/formats/spanlightJson';
import type { FormatDocument } from '../../../src/core/formats/types';

const event: EventRecord = {
  id: 'e1',
  docId: 'd1',
  spanIds: ['a1', 'a2'],
  date: '2023-05-04',
  notes: '',
  createdAt: 0,
  updatedAt: 0,
};

function documents(): FormatDocument[] {
  return [
    {
      id: 'd1',
      title: 't',
      text: 'قسد داعش',
      annotations: [
        { id: 'a1', start: 0, end: 3, label: 'actor', text: 'قسد' },
        { id: 'a2', start: 4, end: 8, label: 'actor', text: 'داعش' },
      ],
    },
    { id: 'd2', title: 'u', text: 'x', annotations: [] },
  ];
}

describe('the "events" section', () => {
  it('writes the documents’ events in document order', () => {
    const docs = documents();
    (docs[1] as FormatDocument).events = [{ ...event, id: 'e2', docId: 'd2', spanIds: [] }];
    (docs[0] as FormatDocument).events = [event];
    expect(eventsSectionRecords(docs).map((record) => record.id)).toEqual(['e1', 'e2']);
  });

  it('attaches each event to its document', () => {
    const docs = documents();
    expect(attachEventsSection([datasetEvent(event)], docs)).toEqual({ warnings: [] });
    expect(docs[0]?.events).toEqual([event]);
    expect(docs[1]?.events).toBeUndefined();
    expect(attachEventsSection(undefined, docs)).toEqual({ warnings: [] });
  });

  it('drops, with a warning, an event of a document not in the file and span ids not in its document', () => {
    const docs = documents();
    const result = attachEventsSection(
      [
        { ...datasetEvent(event), span_ids: ['a1', 'zz'], extra: 1 },
        datasetEvent({ ...event, id: 'e9', docId: 'gone' }),
      ],
      docs,
    );
    expect(result).toEqual({
      warnings: [
        'events[0]: fields the schema does not define were ignored: extra',
        "events[0]: 1 annotation id is not among its document's annotations and was dropped: zz",
        'events[1]: its document "gone" is not in the file; the event was left out',
      ],
    });
    expect(docs[0]?.events?.map((e) => e.spanIds)).toEqual([['a1']]);
  });

  it.each([
    [{}, '"events" is an object, not an array'],
    [[1], 'events[0]: is not an object'],
    [[datasetEvent(event), datasetEvent(event)], 'events[1]: the id "e1" is used by an earlier event too'],
    [[{ ...datasetEvent(event), date: '2023-13' }], 'events[0]: "date": “2023-13” has no month 13'],
  ])('refuses %j', (value, problem) => {
    expect(attachEventsSection(value, documents())).toEqual({ problem });
  });
});

const schema = JSON.parse(
  readFileSync(new URL('../../../resources/spanlight-dataset.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const TEXT = 'اشتبكت قسد مع داعش في دير الزور، وقتل خمسة عناصر.';
const NEEDLES = ['قسد', 'داعش', 'دير الزور', 'خمسة'];
const time = fc.integer({ min: Date.parse('1990-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') });
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** One document with its four annotations and events that point at some of them (and at nothing else). */
const documentWithEvents = (docIndex: number): fc.Arbitrary<FormatDocument> =>
  fc
    .array(
      fc.record({
        spans: fc.subarray(NEEDLES.map((_, i) => `d${docIndex}-a${i}`)),
        actor1: optional(fc.constantFrom('actor-sdf', 'actor-is')),
        placeId: optional(fc.constant('place-deir')),
        geoPrecision: optional(fc.constantFrom(...GEO_PRECISIONS.map((p) => p.key))),
        date: optional(fc.constantFrom('2023-05-04', '2023-05', '2023')),
        eventType: optional(fc.constantFrom('Battles', 'معارك')),
        fatalities: optional(fc.constant({ low: 4, best: 5, high: 7 })),
        notes: fc.string(),
        createdAt: time,
        updatedAt: time,
      }),
      { maxLength: 3 },
    )
    .map((drafts) => ({
      id: `d${docIndex}`,
      title: `تقرير ${docIndex}`,
      text: `${TEXT} ${docIndex}`,
      annotations: NEEDLES.map((needle, i) => ({
        id: `d${docIndex}-a${i}`,
        start: TEXT.indexOf(needle),
        end: TEXT.indexOf(needle) + needle.length,
        label: i < 2 ? 'actor' : i === 2 ? 'place' : 'casualty_count',
        text: needle,
      })),
      events: drafts.map(({ spans, ...fields }, e) => {
        const event: EventRecord = {
          id: `d${docIndex}-e${e}`,
          docId: `d${docIndex}`,
          spanIds: spans,
          notes: fields.notes,
          createdAt: fields.createdAt,
          updatedAt: fields.updatedAt,
        };
        for (const key of ['actor1', 'placeId', 'geoPrecision', 'date', 'eventType', 'fatalities'] as const)
          if (fields[key] !== undefined) Object.assign(event, { [key]: fields[key] });
        return event;
      }),
    }));

describe('events through Spanlight JSON', () => {
  it('property: exported and imported again, every document has the same events; the file fits the schema', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 3 })
          .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => documentWithEvents(i)))),
        (docs) => {
          const { content } = exportSpanlightJson(docs, { exportedAt: new Date('2026-12-01T10:00:00Z') });
          const file = JSON.parse(content);
          expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
          const expected = docs.flatMap((doc) => doc.events ?? []);
          expect(file.events === undefined).toBe(expected.length === 0);
          const imported = importSpanlightJson(content);
          if (!imported.ok) throw new Error(imported.reason);
          expect(imported.warnings).toEqual([]);
          expect(imported.documents.map((doc) => doc.events ?? [])).toEqual(
            docs.map((doc) => (doc.events?.length ? doc.events : [])),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
