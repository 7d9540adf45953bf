/**
 * UTF-16 code unit offsets (JavaScript, DOM, IndexedDB) ↔ Unicode code point offsets (Python slices).
 * The reference for code points is Array.from(text), which iterates code points and yields a lone surrogate
 * as one element: the same count Python gives for a str holding lone surrogates (e.g. decoded with
 * 'surrogatepass'). So a lone surrogate is one code point here, and offsets next to it are never refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointToUtf16,
  createCodePointIndex,
  utf16ToCodePoint,
} from '../../../src/core/offsets/codePoints';
import { anyText, insideSurrogatePair } from '../arbitraries';

const RUNS = { numRuns: 300 };

/** Reference: code point offset of a UTF-16 offset = number of code points in text.slice(0, offset). */
const referenceCodePoint = (text: string, utf16Offset: number) =>
  Array.from(text.slice(0, utf16Offset)).length;

/** Reference: UTF-16 length of the first `codePointOffset` code points. */
const referenceUtf16 = (text: string, codePointOffset: number) =>
  Array.from(text).slice(0, codePointOffset).join('').length;

describe('createCodePointIndex: examples', () => {
  it.each([
    // [text, utf16Offset, codePointOffset]
    ['', 0, 0],
    ['abc', 3, 3],
    ['بالحسكة', 7, 7], // BMP only: the two units agree
    ['😀a', 2, 1], // after the emoji: 2 code units, 1 code point
    ['😀a', 3, 2],
    // family: 3 astral emoji (6 units) + 2 ZWJ (2 units) = 8 units, 5 code points
    ['a👨‍👩‍👧b', 9, 6],
    ['a👨‍👩‍👧b', 10, 7],
    ['🇸🇾', 4, 2],
    ['\uD800x', 1, 1], // lone high surrogate: one code point
    ['\uDC00\uD800', 2, 2], // reversed pair: two lone surrogates, two code points
  ])('%j: UTF-16 %i ↔ code point %i', (text, utf16, codePoint) => {
    const index = createCodePointIndex(text);
    expect(index.toCodePoint(utf16)).toBe(codePoint);
    expect(index.toUtf16(codePoint)).toBe(utf16);
    expect(utf16ToCodePoint(text, utf16)).toBe(codePoint);
    expect(codePointToUtf16(text, codePoint)).toBe(utf16);
  });

  it('reports both lengths', () => {
    const index = createCodePointIndex('a😀\uD800');
    expect(index.utf16Length).toBe(4);
    expect(index.codePointLength).toBe(3);
  });
});

describe('createCodePointIndex: properties', () => {
  it('lengths match String.length and Array.from', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const index = createCodePointIndex(text);
        expect(index.utf16Length).toBe(text.length);
        expect(index.codePointLength).toBe(Array.from(text).length);
      }),
      RUNS,
    );
  });

  it('toCodePoint matches the reference at every UTF-16 offset not inside a pair, and throws inside one', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const index = createCodePointIndex(text);
        for (let u16 = 0; u16 <= text.length; u16++) {
          if (insideSurrogatePair(text, u16)) {
            expect(() => index.toCodePoint(u16)).toThrow(RangeError);
          } else {
            expect(index.toCodePoint(u16)).toBe(referenceCodePoint(text, u16));
          }
        }
      }),
      RUNS,
    );
  });

  it('toUtf16 matches the reference at every code point offset', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const index = createCodePointIndex(text);
        for (let cp = 0; cp <= index.codePointLength; cp++) {
          expect(index.toUtf16(cp)).toBe(referenceUtf16(text, cp));
        }
      }),
      RUNS,
    );
  });

  it('round trips: toUtf16(toCodePoint(x)) = x off pairs, toCodePoint(toUtf16(c)) = c always', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const index = createCodePointIndex(text);
        for (let u16 = 0; u16 <= text.length; u16++) {
          if (!insideSurrogatePair(text, u16)) expect(index.toUtf16(index.toCodePoint(u16))).toBe(u16);
        }
        for (let cp = 0; cp <= index.codePointLength; cp++) {
          const u16 = index.toUtf16(cp);
          expect(insideSurrogatePair(text, u16)).toBe(false);
          expect(index.toCodePoint(u16)).toBe(cp);
        }
      }),
      RUNS,
    );
  });

  it('slices the same text: code points as a Python slice, UTF-16 as String.slice', () => {
    const textWithRange = anyText().chain((text) => {
      const n = Array.from(text).length;
      return fc.tuple(fc.constant(text), fc.nat({ max: n }), fc.nat({ max: n }));
    });
    fc.assert(
      fc.property(textWithRange, ([text, a, b]) => {
        const [cpStart, cpEnd] = a <= b ? [a, b] : [b, a];
        const index = createCodePointIndex(text);
        const u16Start = index.toUtf16(cpStart);
        const u16End = index.toUtf16(cpEnd);
        // What Python's text[cpStart:cpEnd] returns, emulated with code point arrays.
        expect(text.slice(u16Start, u16End)).toBe(Array.from(text).slice(cpStart, cpEnd).join(''));
        expect(index.toCodePoint(u16Start)).toBe(cpStart);
        expect(index.toCodePoint(u16End)).toBe(cpEnd);
      }),
      RUNS,
    );
  });

  it('is monotonic: a later UTF-16 offset never maps to an earlier code point', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const index = createCodePointIndex(text);
        let previous = -1;
        for (let u16 = 0; u16 <= text.length; u16++) {
          if (insideSurrogatePair(text, u16)) continue;
          const cp = index.toCodePoint(u16);
          expect(cp).toBeGreaterThan(previous);
          previous = cp;
        }
      }),
      RUNS,
    );
  });
});

describe('createCodePointIndex: refusals', () => {
  const index = createCodePointIndex('a😀b'); // UTF-16 length 4, code point length 3

  it.each([-1, 5, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'toCodePoint(%s) throws a RangeError',
    (offset) => {
      expect(() => index.toCodePoint(offset)).toThrow(RangeError);
    },
  );

  it.each([-1, 4, 0.5, Number.NaN])('toUtf16(%s) throws a RangeError', (offset) => {
    expect(() => index.toUtf16(offset)).toThrow(RangeError);
  });

  it('refuses the offset between the halves of the emoji, naming the surrogate pair', () => {
    expect(() => index.toCodePoint(2)).toThrow(/surrogate pair/);
  });

  it('accepts the offset after a lone high surrogate (nothing is split)', () => {
    expect(createCodePointIndex('\uD83Da').toCodePoint(1)).toBe(1);
  });
});
