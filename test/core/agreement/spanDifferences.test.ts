import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ComparedSpan, spanDifferences } from '../../../src/core/agreement/spanDifferences';

const s = (id: string, start: number, end: number, label = 'actor'): ComparedSpan => ({
  id,
  start,
  end,
  label,
});
/** Rows as [kind, A ids, B ids]. */
const summary = (a: ComparedSpan[], b: ComparedSpan[]) =>
  spanDifferences(a, b).map((row) => [
    row.kind,
    row.a.map((x) => x.id).join(','),
    row.b.map((x) => x.id).join(','),
  ]);

describe('spanDifferences', () => {
  it.each([
    ['identical spans', [s('a1', 0, 3)], [s('b1', 0, 3)], [['identical', 'a1', 'b1']]],
    ['same range, other label', [s('a1', 0, 3)], [s('b1', 0, 3, 'place')], [['label', 'a1', 'b1']]],
    ['only in A', [s('a1', 0, 3)], [], [['only-a', 'a1', '']]],
    ['only in B', [], [s('b1', 4, 9)], [['only-b', '', 'b1']]],
    ['overlapping, other boundaries', [s('a1', 0, 5)], [s('b1', 2, 7)], [['boundary', 'a1', 'b1']]],
    [
      'overlapping, other boundaries and label',
      [s('a1', 0, 5)],
      [s('b1', 0, 7, 'place')],
      [['boundary', 'a1', 'b1']],
    ],
    [
      'touching is not overlapping',
      [s('a1', 0, 3)],
      [s('b1', 3, 6)],
      [
        ['only-a', 'a1', ''],
        ['only-b', '', 'b1'],
      ],
    ],
    [
      'one long span against two short ones: one row',
      [s('a1', 0, 10)],
      [s('b1', 0, 4), s('b2', 5, 10)],
      [['boundary', 'a1', 'b1,b2']],
    ],
    [
      'an identical pair is taken out before grouping overlaps',
      [s('a1', 0, 10), s('a2', 2, 4, 'place')],
      [s('b1', 0, 10), s('b2', 3, 6, 'place')],
      [
        ['identical', 'a1', 'b1'],
        ['boundary', 'a2', 'b2'],
      ],
    ],
    [
      'duplicates pair one to one',
      [s('a1', 0, 3), s('a2', 0, 3)],
      [s('b1', 0, 3)],
      [
        ['identical', 'a1', 'b1'],
        ['boundary', 'a2', ''],
      ],
    ],
  ] as const)('%s', (_name, a, b, expected) => {
    const rows = summary([...a], [...b]);
    // A duplicate left over overlaps nothing in B any more: it is A's alone.
    expect(rows).toEqual(
      expected.map((row) => (row[0] === 'boundary' && row[2] === '' ? ['only-a', row[1], ''] : [...row])),
    );
  });

  it('orders rows by text position and gives each row the extent of its spans', () => {
    const rows = spanDifferences([s('a1', 10, 14), s('a2', 0, 5)], [s('b1', 3, 8), s('b2', 20, 22)]);
    expect(rows.map((row) => [row.kind, row.start, row.end])).toEqual([
      ['boundary', 0, 8],
      ['only-a', 10, 14],
      ['only-b', 20, 22],
    ]);
  });
});

const spanArb = () =>
  fc
    .tuple(fc.nat(40), fc.integer({ min: 1, max: 12 }), fc.constantFrom('actor', 'place', 'casualty_count'))
    .map(([start, length, label]) => ({ start, end: start + length, label }));
const sideArb = (prefix: string) =>
  fc
    .array(spanArb(), { maxLength: 12 })
    .map((spans) => spans.map((span, i) => ({ ...span, id: `${prefix}${i}` })));

const overlaps = (x: ComparedSpan, y: ComparedSpan) => x.start < y.end && y.start < x.end;

describe('spanDifferences properties', () => {
  it('puts every span of A and of B in exactly one row, with the row kinds honest', () => {
    fc.assert(
      fc.property(sideArb('a'), sideArb('b'), (a, b) => {
        const rows = spanDifferences(a, b);
        expect(rows.flatMap((row) => row.a.map((x) => x.id)).sort()).toEqual(a.map((x) => x.id).sort());
        expect(rows.flatMap((row) => row.b.map((x) => x.id)).sort()).toEqual(b.map((x) => x.id).sort());
        for (const row of rows) {
          const [x] = row.a;
          const [y] = row.b;
          if (row.kind === 'identical')
            expect([x?.start, x?.end, x?.label]).toEqual([y?.start, y?.end, y?.label]);
          if (row.kind === 'label') {
            expect([x?.start, x?.end]).toEqual([y?.start, y?.end]);
            expect(x?.label).not.toBe(y?.label);
          }
          if (row.kind === 'only-a') expect([row.a.length, row.b.length]).toEqual([1, 0]);
          if (row.kind === 'only-b') expect([row.a.length, row.b.length]).toEqual([0, 1]);
          if (row.kind === 'boundary') {
            expect(row.a.length).toBeGreaterThan(0);
            expect(row.b.length).toBeGreaterThan(0);
            // Each span of the row overlaps one of the other side's in it.
            for (const span of row.a) expect(row.b.some((other) => overlaps(span, other))).toBe(true);
            for (const span of row.b) expect(row.a.some((other) => overlaps(span, other))).toBe(true);
          }
          for (const span of [...row.a, ...row.b]) {
            expect(span.start).toBeGreaterThanOrEqual(row.start);
            expect(span.end).toBeLessThanOrEqual(row.end);
          }
        }
        // Overlapping spans of A and B that are not paired as identical/label rows are in the same row.
        const rowOf = new Map<string, number>();
        rows.forEach((row, i) => {
          for (const span of [...row.a, ...row.b]) rowOf.set(span.id as string, i);
        });
        const paired = (id: string) =>
          ['identical', 'label'].includes(rows[rowOf.get(id) as number]?.kind as string);
        for (const x of a)
          for (const y of b)
            if (overlaps(x, y) && !paired(x.id) && !paired(y.id))
              expect(rowOf.get(x.id)).toBe(rowOf.get(y.id));
      }),
    );
  });

  it('is symmetric: swapping A and B swaps the sides of every row', () => {
    fc.assert(
      fc.property(sideArb('a'), sideArb('b'), (a, b) => {
        const swap = {
          identical: 'identical',
          label: 'label',
          boundary: 'boundary',
          'only-a': 'only-b',
          'only-b': 'only-a',
        };
        const key = (kind: string, x: ComparedSpan[], y: ComparedSpan[]) =>
          `${kind}|${x.map((span) => span.id).join(',')}|${y.map((span) => span.id).join(',')}`;
        const forward = spanDifferences(a, b).map((row) => key(swap[row.kind], row.b, row.a));
        const backward = spanDifferences(b, a).map((row) => key(row.kind, row.a, row.b));
        // Pairing of duplicates may differ with the side that leads; the span sets per kind may not.
        const bySpans = (rows: string[]) => rows.map((row) => row.split('|')[0]).sort();
        expect(bySpans(backward)).toEqual(bySpans(forward));
      }),
    );
  });

  it('finds no difference between an annotator and itself', () => {
    fc.assert(
      fc.property(sideArb('a'), (a) => {
        expect(
          spanDifferences(
            a,
            a.map((span) => ({ ...span, id: `copy-${span.id}` })),
          ).every((row) => row.kind === 'identical'),
        ).toBe(true);
      }),
    );
  });
});
