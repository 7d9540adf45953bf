/**
 * Overlap queries on half-open UTF-16 ranges [start, end). Every function is checked against a brute-force
 * reference that looks at each code unit offset one by one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapRegions, rangesOverlap, spansAt, spansOverlapping } from '../../../src/core/spans/overlaps';
import type { SpanRange } from '../../../src/core/spans/span';

const RUNS = { numRuns: 500 };
const MAX_OFFSET = 30;

/** A range in 0..MAX_OFFSET; may be empty or (rarely) reversed, which real data should not hold but may. */
const range = fc
  .tuple(fc.nat({ max: MAX_OFFSET }), fc.nat({ max: MAX_OFFSET }))
  .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
const rangeOrEmpty = fc.oneof(
  range,
  fc.nat({ max: MAX_OFFSET }).map((at) => ({ start: at, end: at })),
);
/** Up to 12 spans with distinct ids, so identity (not just equal offsets) can be checked. */
const spans = fc
  .array(rangeOrEmpty, { maxLength: 12 })
  .map((ranges) => ranges.map((r, i) => ({ ...r, id: `s${i}` })));

const covers = (r: SpanRange, offset: number) => r.start <= offset && offset < r.end;

/** Reference: the offsets (UTF-16 code units) covered by at least two spans, as maximal runs. */
function referenceOverlapRegions(list: readonly SpanRange[]): SpanRange[] {
  const regions: SpanRange[] = [];
  for (let offset = 0; offset <= MAX_OFFSET; offset++) {
    const depth = list.filter((r) => covers(r, offset)).length;
    if (depth < 2) continue;
    const last = regions.at(-1);
    if (last && last.end === offset) last.end = offset + 1;
    else regions.push({ start: offset, end: offset + 1 });
  }
  return regions;
}

describe('rangesOverlap', () => {
  it('is true exactly when some code unit offset is inside both ranges', () => {
    fc.assert(
      fc.property(rangeOrEmpty, rangeOrEmpty, (a, b) => {
        let shared = false;
        for (let offset = 0; offset <= MAX_OFFSET; offset++)
          shared ||= covers(a, offset) && covers(b, offset);
        expect(rangesOverlap(a, b)).toBe(shared);
      }),
      RUNS,
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(rangeOrEmpty, rangeOrEmpty, (a, b) => {
        expect(rangesOverlap(a, b)).toBe(rangesOverlap(b, a));
      }),
      RUNS,
    );
  });

  it.each([
    ['touching spans do not overlap', { start: 0, end: 3 }, { start: 3, end: 6 }, false],
    ['one shared unit overlaps', { start: 0, end: 4 }, { start: 3, end: 6 }, true],
    ['nested', { start: 0, end: 10 }, { start: 3, end: 4 }, true],
    ['identical', { start: 2, end: 5 }, { start: 2, end: 5 }, true],
    [
      'an empty range overlaps nothing, even inside another',
      { start: 3, end: 3 },
      { start: 0, end: 10 },
      false,
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(rangesOverlap(a, b)).toBe(expected);
  });
});

describe('spansAt', () => {
  it('returns exactly the spans covering the offset, shortest first, ties in input order', () => {
    fc.assert(
      fc.property(spans, fc.nat({ max: MAX_OFFSET }), (list, offset) => {
        const found = spansAt(list, offset);
        expect(new Set(found)).toEqual(new Set(list.filter((s) => covers(s, offset))));
        expect(found).toHaveLength(list.filter((s) => covers(s, offset)).length);
        for (let i = 1; i < found.length; i++) {
          const previous = found[i - 1] as (typeof list)[number];
          const current = found[i] as (typeof list)[number];
          const lengthOrder = previous.end - previous.start - (current.end - current.start);
          expect(lengthOrder).toBeLessThanOrEqual(0);
          // Equal lengths keep the order they had in the input (Array.prototype.sort is stable).
          if (lengthOrder === 0) expect(list.indexOf(previous)).toBeLessThan(list.indexOf(current));
        }
      }),
      RUNS,
    );
  });

  it('selects the innermost span first on a click inside nested spans', () => {
    const outer = { id: 'outer', start: 0, end: 20 };
    const inner = { id: 'inner', start: 5, end: 8 };
    const middle = { id: 'middle', start: 4, end: 12 };
    expect(spansAt([outer, inner, middle], 6).map((s) => s.id)).toEqual(['inner', 'middle', 'outer']);
    // The end offset is outside (half-open): offset 8 is not in "inner".
    expect(spansAt([outer, inner, middle], 8).map((s) => s.id)).toEqual(['middle', 'outer']);
  });

  it('does not reorder its input', () => {
    const list = [
      { start: 0, end: 9 },
      { start: 1, end: 2 },
    ];
    const copy = structuredClone(list);
    spansAt(list, 1);
    expect(list).toEqual(copy);
  });
});

describe('spansOverlapping', () => {
  it('keeps the spans sharing a code unit with the range, in input order', () => {
    fc.assert(
      fc.property(spans, rangeOrEmpty, (list, query) => {
        const expected = list.filter((s) => {
          for (let offset = query.start; offset < query.end; offset++) if (covers(s, offset)) return true;
          return false;
        });
        expect(spansOverlapping(list, query)).toEqual(expected);
      }),
      RUNS,
    );
  });
});

describe('overlapRegions', () => {
  it('equals the brute-force coverage count (≥ 2 spans) as maximal runs', () => {
    fc.assert(
      fc.property(spans, (list) => {
        expect(overlapRegions(list)).toEqual(referenceOverlapRegions(list));
      }),
      RUNS,
    );
  });

  it('returns disjoint, non-touching, non-empty regions in text order', () => {
    fc.assert(
      fc.property(spans, (list) => {
        const regions = overlapRegions(list);
        for (const [i, region] of regions.entries()) {
          expect(region.start).toBeLessThan(region.end);
          if (i > 0) expect((regions[i - 1] as SpanRange).end).toBeLessThan(region.start);
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the spans', () => {
    fc.assert(
      fc.property(
        spans.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        ([list, shuffled]) => {
          expect(overlapRegions(shuffled)).toEqual(overlapRegions(list));
        },
      ),
      RUNS,
    );
  });

  it.each([
    [
      'touching spans',
      [
        { start: 0, end: 3 },
        { start: 3, end: 6 },
      ],
      [],
    ],
    [
      'two spans sharing [3, 5)',
      [
        { start: 0, end: 5 },
        { start: 3, end: 8 },
      ],
      [{ start: 3, end: 5 }],
    ],
    [
      'chained pairwise overlaps that touch merge into one region',
      [
        { start: 0, end: 5 },
        { start: 0, end: 5 },
        { start: 5, end: 9 },
        { start: 5, end: 9 },
      ],
      [{ start: 0, end: 9 }],
    ],
    [
      'separate regions stay separate',
      [
        { start: 0, end: 3 },
        { start: 1, end: 2 },
        { start: 5, end: 8 },
        { start: 6, end: 7 },
      ],
      [
        { start: 1, end: 2 },
        { start: 6, end: 7 },
      ],
    ],
    [
      'empty and reversed spans are ignored',
      [
        { start: 2, end: 2 },
        { start: 5, end: 1 },
        { start: 0, end: 9 },
      ],
      [],
    ],
  ])('%s', (_name, list, expected) => {
    expect(overlapRegions(list)).toEqual(expected);
  });
});
