import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvRows, unguardCell } from '../../../src/core/formats/csvCodec';
import {
  annotatorCountsCsv,
  labelCountsCsv,
  mentionCountsCsv,
  overTimeCsv,
} from '../../../src/core/stats/statisticsCsv';

const rowsOf = (csv: string) => {
  const parsed = parseCsvRows(csv);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.rows.map((row) => row.fields);
};

describe('statistics CSV', () => {
  it('labels: UTF-8 BOM, CRLF, one row per label', () => {
    const csv = labelCountsCsv([
      { label: 'actor', name: 'Actor', color: '#56B4E9', count: 4, documents: 2 },
      { label: 'place', name: 'Place', color: '#E69F00', count: 0, documents: 0 },
    ]);
    expect(csv).toBe('\uFEFFlabel,name,annotations,documents\r\nactor,Actor,4,2\r\nplace,Place,0,0\r\n');
  });

  it('actors: ranked, Arabic kept, commas quoted, formulas guarded, empty id for unlinked text', () => {
    const csv = mentionCountsCsv(
      [
        { key: 'actor:sdf', name: 'قوات سوريا الديمقراطية', id: 'sdf', count: 3, documents: 2 },
        { key: 'text:x', name: 'Smith, John', id: null, count: 2, documents: 1 },
        { key: 'text:y', name: '=HYPERLINK("x")', id: null, count: 1, documents: 1 },
      ],
      'actor',
    );
    expect(rowsOf(csv)).toEqual([
      ['rank', 'actor', 'actor_id', 'annotations', 'documents'],
      ['1', 'قوات سوريا الديمقراطية', 'sdf', '3', '2'],
      ['2', 'Smith, John', '', '2', '1'],
      ['3', `'=HYPERLINK("x")`, '', '1', '1'],
    ]);
    expect(mentionCountsCsv([], 'place').startsWith('\uFEFFrank,place,place_id,')).toBe(true);
  });

  it('months: one row per month then "undated"', () => {
    const csv = overTimeCsv({
      months: [
        { month: '2024-01', count: 3, documents: 2 },
        { month: '2024-02', count: 0, documents: 0 },
      ],
      undated: { count: 1, documents: 1 },
    });
    expect(rowsOf(csv)).toEqual([
      ['month', 'annotations', 'documents'],
      ['2024-01', '3', '2'],
      ['2024-02', '0', '0'],
      ['undated', '1', '1'],
    ]);
  });

  it('annotators: one column per label, empty name for annotations without one', () => {
    const csv = annotatorCountsCsv(
      [
        {
          annotator: 'سارة',
          name: 'سارة',
          key: '@سارة',
          count: 3,
          documents: 1,
          byLabel: { actor: 2, place: 1 },
        },
        { annotator: null, name: 'No name', key: '', count: 1, documents: 1, byLabel: { casualty_count: 1 } },
      ],
      ['actor', 'place', 'casualty_count'],
    );
    expect(rowsOf(csv)).toEqual([
      ['annotator', 'annotations', 'documents', 'actor', 'place', 'casualty_count'],
      ['سارة', '3', '1', '2', '1', '0'],
      ['', '1', '1', '0', '0', '1'],
    ]);
  });

  it('any name comes back as it was (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), (name, count) => {
        const csv = mentionCountsCsv([{ key: 'k', name, id: null, count, documents: 1 }], 'place');
        const row = rowsOf(csv)[1];
        expect(unguardCell(row?.[1] ?? '')).toBe(name);
        expect(row?.[3]).toBe(String(count));
      }),
    );
  });
});
