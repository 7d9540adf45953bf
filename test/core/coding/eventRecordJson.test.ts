import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../src/core/coding/eventRecord';
import { datasetEvent, eventFromDataset } from '../../../src/core/coding/eventRecordJson';
import { GEO_PRECISIONS } from '../../../src/core/coding/place';
import { anyText } from '../arbitraries';

/** Milliseconds within years 0000–9999 (what toISOString writes as RFC 3339). */
const time = fc.integer({
  min: Date.parse('0000-01-01T00:00:00.000Z'),
  max: Date.parse('9999-12-31T23:59:59.999Z'),
});
const id = fc.string({ minLength: 1, maxLength: 12 });
const date = fc.oneof(
  fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 7)),
  fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
);
const figures = fc
  .tuple(fc.nat(10_000), fc.nat(10_000), fc.nat(10_000))
  .map((values) => values.sort((a, b) => a - b))
  .map(([low, best, high]) => ({ low: low as number, best: best as number, high: high as number }));

const eventRecord: fc.Arbitrary<EventRecord> = fc
  .record(
    {
      id,
      docId: id,
      spanIds: fc.array(id, { maxLength: 6 }),
      actor1: id,
      actor2: id,
      placeId: id,
      geoPrecision: fc.constantFrom(...GEO_PRECISIONS.map((p) => p.key)),
      date,
      eventType: anyText().filter((t) => t !== ''),
      fatalities: figures,
      notes: anyText(),
      createdAt: time,
      updatedAt: time,
    },
    { requiredKeys: ['id', 'docId', 'spanIds', 'notes', 'createdAt', 'updatedAt'] },
  )
  .map((event) => event as EventRecord);

describe('event records in Spanlight JSON', () => {
  it('property: written and read back through JSON, a record is the same', () => {
    fc.assert(
      fc.property(eventRecord, (event) => {
        const read = eventFromDataset(JSON.parse(JSON.stringify(datasetEvent(event))));
        expect(read).toEqual({ ok: true, event, unknownKeys: [] });
      }),
      { numRuns: 300 },
    );
  });

  const VALID = datasetEvent({
    id: 'e',
    docId: 'd',
    spanIds: ['a', 'b'],
    date: '2023-05-04',
    notes: '',
    createdAt: 0,
    updatedAt: 0,
  });

  it('writes nulls for what is not set', () => {
    expect(VALID).toEqual({
      id: 'e',
      document_id: 'd',
      span_ids: ['a', 'b'],
      actor1_id: null,
      actor2_id: null,
      place_id: null,
      geo_precision: null,
      date: '2023-05-04',
      event_type: null,
      fatalities: null,
      notes: '',
      created_at: '1970-01-01T00:00:00.000Z',
      updated_at: '1970-01-01T00:00:00.000Z',
    });
  });

  it.each([
    [{ id: '' }, '"id" must be a non-empty string'],
    [{ span_ids: 'a' }, '"span_ids" must be an array of annotation ids'],
    [{ date: '2023-02-30' }, '"date": “2023-02-30” has no day 30'],
    [{ geo_precision: 2 }, '"geo_precision" must be one of exact, near, region or null'],
    [{ fatalities: { low: 3, best: 2, high: 1 } }, '"fatalities": fatalities must read low ≤ best ≤ high'],
    [{ created_at: 'yesterday' }, '"created_at" must be an ISO 8601 time'],
    [{ notes: null }, '"notes" must be a string'],
  ])('refuses %j', (change, reason) => {
    expect(eventFromDataset({ ...VALID, ...change })).toEqual({ ok: false, reason });
  });

  it('reports keys it does not know', () => {
    expect(eventFromDataset({ ...VALID, colour: 'red' })).toMatchObject({
      ok: true,
      unknownKeys: ['colour'],
    });
  });
});
