/**
 * The events CSV opens in Excel with Arabic intact (UTF-8 BOM, RFC 4180) and reads back as the rows it was
 * written from, whatever the cells hold: quotes, commas, line breaks, formula-like text, Arabic, emoji.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, type EventRow } from '../../../src/core/coding/eventRows';
import { eventsFromCsv, eventsToCsv } from '../../../src/core/coding/eventsCsv';
import { eventsFileName, eventsToJson } from '../../../src/core/coding/eventsJson';
import { anyText } from '../arbitraries';

const ROW: EventRow = {
  event_id: 'e1',
  document_id: 'd1',
  document_title: 'اشتباكات، "عنيفة" في دير الزور',
  source: 'SY24',
  source_url: 'https://example.org/a?b=1,2',
  date: '2023-05-04',
  event_type: 'Battles',
  actor1: 'قسد',
  actor1_type: 2,
  actor1_text: 'قسد',
  actor2: 'داعش',
  actor2_type: null,
  actor2_text: 'داعش',
  location: 'دير الزور',
  location_text: 'دير الزور',
  country: 'SY',
  admin1: null,
  latitude: 35.336,
  longitude: -0.5,
  geo_precision: 1,
  fatalities_low: 5,
  fatalities_best: 5,
  fatalities_high: 7,
  fatalities_text: 'خمسة قتلى',
  notes: '=HYPERLINK("x")\nسطر ثان',
  span_ids: ['s1', 's2'],
};

describe('events CSV', () => {
  it('writes a BOM, the header and RFC 4180 records (hand-written expectation)', () => {
    const csv = eventsToCsv([ROW]);
    expect(csv).toBe(
      `\uFEFF${EVENT_COLUMNS.join(',')}\r\n` +
        'e1,d1,"اشتباكات، ""عنيفة"" في دير الزور",SY24,"https://example.org/a?b=1,2",2023-05-04,Battles,' +
        'قسد,2,قسد,داعش,,داعش,دير الزور,دير الزور,SY,,35.336,-0.5,1,5,5,7,خمسة قتلى,' +
        `"'=HYPERLINK(""x"")\nسطر ثان",s1;s2\r\n`,
    );
  });

  it('reads back the rows it wrote', () => {
    expect(eventsFromCsv(eventsToCsv([ROW, { ...ROW, event_id: 'e2', notes: '', span_ids: [] }]))).toEqual({
      ok: true,
      rows: [ROW, { ...ROW, event_id: 'e2', notes: '', span_ids: [] }],
    });
  });

  it('refuses a CSV that lacks columns', () => {
    expect(eventsFromCsv('event_id,date\r\ne1,2023\r\n')).toMatchObject({ ok: false });
  });

  it('property: parsing the export gives back the rows', () => {
    // Article-like text and what CSV must escape or guard: quotes, delimiters, line breaks, formula starts.
    const anyCell = fc.oneof(
      anyText(),
      fc.constantFrom('=1+1', '+٣', '-5', '@x', "'quoted", '"', 'a,b', 'a;b', '\r\n', '\t', ' '),
      fc
        .array(fc.constantFrom('"', ',', ';', '\r', '\n', "'", '=', 'قسد', 'x'), { maxLength: 8 })
        .map((parts) => parts.join('')),
    );
    const text = anyCell.filter((t) => t !== '');
    const nullableText = fc.option(text, { nil: null });
    const number = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), {
      nil: null,
    });
    const count = fc.option(fc.nat(100_000), { nil: null });
    const id = fc.stringMatching(/^[0-9a-f-]{1,36}$/);
    const row: fc.Arbitrary<EventRow> = fc.record({
      event_id: id,
      document_id: id,
      document_title: anyCell,
      source: nullableText,
      source_url: nullableText,
      date: nullableText,
      event_type: nullableText,
      actor1: nullableText,
      actor1_type: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
      actor1_text: nullableText,
      actor2: nullableText,
      actor2_type: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
      actor2_text: nullableText,
      location: nullableText,
      location_text: nullableText,
      country: nullableText,
      admin1: nullableText,
      latitude: number,
      longitude: number,
      geo_precision: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
      fatalities_low: count,
      fatalities_best: count,
      fatalities_high: count,
      fatalities_text: nullableText,
      notes: anyCell,
      span_ids: fc.array(id, { maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        // -0 prints as "0": the only number that does not come back as itself, and no coordinate is -0.
        const expected = rows.map((r) => JSON.parse(JSON.stringify(r)));
        const read = eventsFromCsv(eventsToCsv(rows));
        expect(read.ok && JSON.parse(JSON.stringify(read.rows))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('events JSON', () => {
  it('wraps the rows with format, version and time; names files by scope and time', () => {
    const at = new Date('2026-12-01T10:00:00.000Z');
    expect(JSON.parse(eventsToJson([ROW], at))).toEqual({
      format: 'spanlight.events',
      version: 1,
      exported_at: '2026-12-01T10:00:00.000Z',
      events: [ROW],
    });
    expect(eventsFileName(at, 'library', 'csv')).toBe('spanlight-events-library-2026-12-01T10-00-00.csv');
  });
});
