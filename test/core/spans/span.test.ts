/**
 * Span ordering (text order for lists and exports) and range validation (the last gate before a span is
 * stored). Offsets are UTF-16 code units, half-open [start, end).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCodePointIndex } from '../../../src/core/offsets/codePoints';
import { compareSpans, insertSorted, invalidRangeReason, sortSpans } from '../../../src/core/spans/span';
import { anyText } from '../arbitraries';

const RUNS = { numRuns: 500 };

/** Small offsets and short ids so that equal starts, equal ends and equal ids all happen often. */
const keyed = fc.record({
  start: fc.nat({ max: 6 }),
  end: fc.nat({ max: 6 }),
  id: fc.oneof(
    fc.constantFrom('a', 'b', 'A', 'B', 'a\u0000', 'a\u0001', '\u00E9', 'e\u0301', '١', '1', ''),
    fc.string({ maxLength: 3 }),
  ),
});
const sign = (n: number) => (n > 0 ? 1 : n < 0 ? -1 : 0);
const sameKey = (
  a: { start: number; end: number; id: string },
  b: { start: number; end: number; id: string },
) => a.start === b.start && a.end === b.end && a.id === b.id;

describe('compareSpans is a total order', () => {
  it('is reflexive and antisymmetric: 0 only for the same (start, end, id)', () => {
    fc.assert(
      fc.property(keyed, keyed, (a, b) => {
        expect(compareSpans(a, a)).toBe(0);
        expect(sign(compareSpans(a, b)) + sign(compareSpans(b, a))).toBe(0);
        // Two different spans never tie, or their export order would depend on the order they were loaded in.
        expect(compareSpans(a, b) === 0).toBe(sameKey(a, b));
      }),
      RUNS,
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(keyed, keyed, keyed, (a, b, c) => {
        if (compareSpans(a, b) <= 0 && compareSpans(b, c) <= 0)
          expect(compareSpans(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('orders by start, then longer first (enclosing before enclosed), then id', () => {
    expect(compareSpans({ start: 1, end: 2 }, { start: 2, end: 9 })).toBeLessThan(0);
    expect(compareSpans({ start: 1, end: 9, id: 'z' }, { start: 1, end: 3, id: 'a' })).toBeLessThan(0);
    expect(compareSpans({ start: 1, end: 3, id: 'a' }, { start: 1, end: 3, id: 'b' })).toBeLessThan(0);
  });

  it('compares ids by code unit, not by locale (export order must not depend on the machine)', () => {
    // Under a locale collation "B" sorts after "a" and "a\u0000" ties with "a"; by code unit neither holds.
    expect(compareSpans({ start: 0, end: 1, id: 'B' }, { start: 0, end: 1, id: 'a' })).toBeLessThan(0);
    expect(compareSpans({ start: 0, end: 1, id: 'a' }, { start: 0, end: 1, id: 'a\u0000' })).toBeLessThan(0);
  });
});

describe('sortSpans', () => {
  const list = fc.array(keyed, { maxLength: 15 });

  it('returns a sorted permutation and leaves its input alone', () => {
    fc.assert(
      fc.property(list, (input) => {
        const before = structuredClone(input);
        const sorted = sortSpans(input);
        expect(input).toEqual(before);
        expect(sorted).toHaveLength(input.length);
        expect(new Set(sorted)).toEqual(new Set(input)); // same objects
        for (let i = 1; i < sorted.length; i++) {
          const previous = sorted[i - 1] as (typeof sorted)[number];
          const current = sorted[i] as (typeof sorted)[number];
          expect(previous.start <= current.start).toBe(true);
          if (previous.start === current.start) expect(previous.end >= current.end).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('gives the same order whatever the input order (deterministic exports)', () => {
    fc.assert(
      fc.property(
        list.chain((input) =>
          fc.tuple(fc.constant(input), fc.shuffledSubarray(input, { minLength: input.length })),
        ),
        ([input, shuffled]) => {
          expect(sortSpans(shuffled)).toEqual(sortSpans(input));
        },
      ),
      RUNS,
    );
  });
});

describe('invalidRangeReason', () => {
  it.each([
    ['a whole word', 'قتل شخصان', 0, 3],
    ['the whole text', 'abc', 0, 3],
    ['"الحسكة" inside "بالحسكة"', 'بالحسكة', 1, 7],
    ['a whole emoji', 'a😀b', 1, 3],
  ])('accepts %s', (_name, text, start, end) => {
    expect(invalidRangeReason(text, start, end)).toBeNull();
  });

  it.each([
    ['fractional offsets', 'abc', 0.5, 2, /whole numbers/],
    ['NaN', 'abc', Number.NaN, 2, /whole numbers/],
    ['negative start', 'abc', -1, 2, /outside the text \(0\.\.3\)/],
    ['end past the text', 'abc', 1, 4, /outside the text/],
    ['empty span', 'abc', 1, 1, /empty/],
    ['reversed span', 'abc', 2, 1, /empty/],
    ['start inside a surrogate pair', 'a😀b', 2, 4, /surrogate pair/],
    ['end inside a surrogate pair', 'a😀b', 0, 2, /surrogate pair/],
  ])('refuses %s', (_name, text, start, end, reason) => {
    expect(invalidRangeReason(text, start, end)).toMatch(reason);
  });

  it('accepts exactly the non-empty integer ranges inside the text that split no surrogate pair', () => {
    const input = anyText().chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.integer({ min: -2, max: text.length + 2 }),
        fc.integer({ min: -2, max: text.length + 2 }),
      ),
    );
    fc.assert(
      fc.property(input, ([text, start, end]) => {
        const index = createCodePointIndex(text);
        const convertible = (offset: number) => {
          try {
            index.toCodePoint(offset);
            return true;
          } catch {
            return false;
          }
        };
        // Everything stored must be exportable: its offsets must convert to code points.
        const expected =
          start >= 0 && end <= text.length && start < end && convertible(start) && convertible(end);
        expect(invalidRangeReason(text, start, end) === null).toBe(expected);
      }),
      RUNS,
    );
  });
});

describe('insertSorted', () => {
  it('equals sorting after a push, for any spans', () => {
    const range = fc.tuple(fc.nat(50), fc.nat(50), fc.string({ maxLength: 3 })).map(([a, b, id]) => ({
      start: Math.min(a, b),
      end: Math.max(a, b),
      id,
    }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 30 }), range, (spans, extra) => {
        const sorted = sortSpans(spans);
        expect(insertSorted(sorted, extra)).toEqual(sortSpans([...spans, extra]));
      }),
      { numRuns: 500 },
    );
  });
});
