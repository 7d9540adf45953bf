import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LabelKey } from '../../../src/core/labels';
import { annotationsOverTime } from '../../../src/core/stats/annotationsOverTime';
import { countByAnnotator } from '../../../src/core/stats/annotatorCounts';
import { countByLabel } from '../../../src/core/stats/labelCounts';
import { libraryStatistics } from '../../../src/core/stats/libraryStatistics';
import type { StatisticsInput, StatsSpan } from '../../../src/core/stats/statisticsInput';
import { topMentions } from '../../../src/core/stats/topMentions';

const span = (docId: string, label: string, text: string, extra: Partial<StatsSpan> = {}): StatsSpan => ({
  docId,
  label: label as LabelKey,
  text,
  ...extra,
});

describe('countByLabel', () => {
  it('lists every label of the schema in order, zeros included, then unknown labels', () => {
    const rows = countByLabel([
      span('a', 'place', 'الرقة'),
      span('a', 'place', 'حلب'),
      span('b', 'place', 'حلب'),
      span('b', 'actor', 'قسد'),
      span('b', 'weapon', 'هاون'),
    ]);
    expect(rows.map((row) => [row.label, row.name, row.count, row.documents])).toEqual([
      ['actor', 'Actor', 1, 1],
      ['place', 'Place', 3, 2],
      ['casualty_count', 'Casualty count', 0, 0],
      ['weapon', 'weapon', 1, 1],
    ]);
    expect(rows[0]?.color).toBe('#56B4E9');
    expect(rows[3]?.color).toBe('#999999');
  });
});

describe('topMentions', () => {
  const input: StatisticsInput = {
    documents: [{ id: 'a' }, { id: 'b' }],
    actors: [{ id: 'sdf', name: 'قوات سوريا الديمقراطية' }],
    places: [{ id: 'raqqa', name: 'الرقة' }],
    spans: [
      // Linked: three wordings, one actor.
      span('a', 'actor', 'قسد', { actorId: 'sdf' }),
      span('a', 'actor', 'SDF', { actorId: 'sdf' }),
      span('b', 'actor', 'قوات سوريا الديمقراطية', { actorId: 'sdf' }),
      // Unlinked: folded text groups spellings (diacritics, tatweel, hamza seat, case).
      span('a', 'actor', 'داعش'),
      span('b', 'actor', 'داعـش'),
      span('b', 'actor', 'دَاعِش'),
      span('b', 'actor', 'ISIS'),
      span('b', 'actor', 'isis'),
      // Linked to an actor no longer in the registry: counted by text.
      span('b', 'actor', 'Isis', { actorId: 'gone' }),
      span('a', 'actor', 'أهالي'),
      span('a', 'place', 'الرقّة'),
      span('a', 'place', 'الرقة', { placeId: 'raqqa' }),
    ],
  };

  it.each([
    [
      'actor' as const,
      [
        ['text:داعش', 'داعش', null, 3, 2],
        // Equal counts: by name, Arabic collation (Arabic letters before Latin).
        ['actor:sdf', 'قوات سوريا الديمقراطية', 'sdf', 3, 2],
        ['text:isis', 'ISIS', null, 3, 1],
        ['text:اهالي', 'أهالي', null, 1, 1],
      ],
    ],
    [
      'place' as const,
      [
        ['place:raqqa', 'الرقة', 'raqqa', 1, 1],
        ['text:الرقه', 'الرقّة', null, 1, 1],
      ],
    ],
  ])('%s', (kind, expected) => {
    expect(
      topMentions(input, kind).map((row) => [row.key, row.name, row.id, row.count, row.documents]),
    ).toEqual(expected);
  });

  it('without registries every span counts by its text', () => {
    const rows = topMentions({ ...input, actors: undefined }, 'actor');
    expect(rows.find((row) => row.name === 'قسد')?.count).toBe(1);
    expect(rows.every((row) => row.id === null)).toBe(true);
  });
});

describe('annotationsOverTime', () => {
  it('counts by publication month, fills empty months, and counts undated documents apart', () => {
    const result = annotationsOverTime({
      documents: [
        { id: 'jan', publishedAt: '2024-01-15' },
        { id: 'jan2', publishedAt: 'January 20, 2024' },
        { id: 'apr', publishedAt: '5 نيسان 2024' },
        { id: 'none' },
        { id: 'year', publishedAt: '2024' },
        { id: 'odd', publishedAt: 'last week' },
      ],
      spans: [
        span('jan', 'actor', 'x'),
        span('jan2', 'actor', 'x'),
        span('jan2', 'place', 'x'),
        span('apr', 'actor', 'x'),
        span('none', 'actor', 'x'),
        span('year', 'actor', 'x'),
        // A span whose document is not in the list (deleted meanwhile) counts as undated, not lost.
        span('ghost', 'actor', 'x'),
      ],
    });
    expect(result.months).toEqual([
      { month: '2024-01', count: 3, documents: 2 },
      { month: '2024-02', count: 0, documents: 0 },
      { month: '2024-03', count: 0, documents: 0 },
      { month: '2024-04', count: 1, documents: 1 },
    ]);
    expect(result.undated).toEqual({ count: 3, documents: 3 });
  });

  it('does not fill centuries of empty months after a mistyped year', () => {
    const result = annotationsOverTime({
      documents: [
        { id: 'a', publishedAt: '1017-03-01' },
        { id: 'b', publishedAt: '2017-03-01' },
      ],
      spans: [],
    });
    expect(result.months.map((row) => row.month)).toEqual(['1017-03', '2017-03']);
  });

  it('is empty without dated documents', () => {
    expect(annotationsOverTime({ documents: [{ id: 'a' }], spans: [span('a', 'actor', 'x')] })).toEqual({
      months: [],
      undated: { count: 1, documents: 1 },
    });
  });
});

describe('countByAnnotator', () => {
  it('counts per annotator, most first, with their labels; no name and an empty name are one row', () => {
    const rows = countByAnnotator([
      span('a', 'actor', 'x', { annotator: 'Lina' }),
      span('a', 'place', 'x', { annotator: 'Lina' }),
      span('b', 'place', 'x', { annotator: 'Lina' }),
      span('a', 'actor', 'x', { annotator: 'سارة' }),
      span('a', 'actor', 'x'),
      span('b', 'actor', 'x', { annotator: '' }),
    ]);
    expect(rows.map((row) => [row.name, row.annotator, row.count, row.documents, row.byLabel])).toEqual([
      ['Lina', 'Lina', 3, 2, { actor: 1, place: 2 }],
      ['No name', null, 2, 2, { actor: 2 }],
      ['سارة', 'سارة', 1, 1, { actor: 1 }],
    ]);
  });
});

const LABEL_KEYS = ['actor', 'place', 'casualty_count'] as const;
const arbitraryInput: fc.Arbitrary<StatisticsInput> = fc
  .record({
    documents: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
        publishedAt: fc.option(
          fc.constantFrom('2024-01-02', '2023-11', '2024', 'May 3, 2024', 'n/a', '5 آذار 2022'),
          { nil: undefined },
        ),
      }),
      { selector: (doc) => doc.id, maxLength: 5 },
    ),
    spans: fc.array(
      fc.record({
        docId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'deleted'),
        label: fc.constantFrom(...LABEL_KEYS, 'custom'),
        text: fc.constantFrom('قسد', 'قَسَد', 'SDF', 'sdf', 'الرقة', 'الرقه', '٣٤', '', '\u200E'),
        annotator: fc.option(fc.constantFrom('Lina', 'سارة', ''), { nil: undefined }),
        actorId: fc.option(fc.constantFrom('sdf', 'gone'), { nil: undefined }),
        placeId: fc.option(fc.constantFrom('raqqa'), { nil: undefined }),
      }),
      { maxLength: 60 },
    ),
  })
  .map((input) => ({
    ...input,
    spans: input.spans.map((s) => s as StatsSpan),
    actors: [{ id: 'sdf', name: 'SDF' }],
    places: [{ id: 'raqqa', name: 'الرقة' }],
  }));

describe('every table accounts for every annotation (property)', () => {
  it('counts sum to the number of spans; actors and places to their labels', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const stats = libraryStatistics(input);
        const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
        const ofLabel = (key: string) => input.spans.filter((s) => s.label === key).length;
        expect(stats.annotations).toBe(input.spans.length);
        expect(sum(stats.labels.map((row) => row.count))).toBe(input.spans.length);
        expect(sum(stats.annotators.map((row) => row.count))).toBe(input.spans.length);
        expect(sum(stats.annotators.flatMap((row) => Object.values(row.byLabel)))).toBe(input.spans.length);
        expect(sum(stats.overTime.months.map((row) => row.count)) + stats.overTime.undated.count).toBe(
          input.spans.length,
        );
        expect(
          sum(stats.overTime.months.map((row) => row.documents)) + stats.overTime.undated.documents,
        ).toBe(input.documents.length);
        expect(sum(stats.actors.map((row) => row.count))).toBe(ofLabel('actor'));
        expect(sum(stats.places.map((row) => row.count))).toBe(ofLabel('place'));
        // Most first, and a stable order: computing again gives the same tables.
        for (const rows of [stats.actors, stats.places, stats.annotators]) {
          for (let i = 1; i < rows.length; i++) {
            expect((rows[i - 1] as { count: number }).count).toBeGreaterThanOrEqual(
              (rows[i] as { count: number }).count,
            );
          }
        }
        expect(
          libraryStatistics({ ...input, spans: [...input.spans].reverse() }).actors.map((r) => r.key),
        ).toEqual(stats.actors.map((r) => r.key));
      }),
      { numRuns: 300 },
    );
  });
});
