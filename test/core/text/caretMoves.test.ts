import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lineEndOf,
  lineStartOf,
  nextGraphemeBoundary,
  nextWordBoundary,
  previousGraphemeBoundary,
  previousWordBoundary,
} from '../../../src/core/text/caretMoves';
import { isGraphemeBoundary } from '../../../src/core/text/graphemes';

const TEXT = 'وقُتل خمسةُ عناصر بالحسكة 🇸🇾.\nThe SDF, in Raqqa.';

describe('caret moves', () => {
  it('steps over whole graphemes: a letter with its mark, a flag', () => {
    const damma = TEXT.indexOf('قُ');
    expect(nextGraphemeBoundary(TEXT, damma)).toBe(damma + 2);
    expect(previousGraphemeBoundary(TEXT, damma + 2)).toBe(damma);
    const flag = TEXT.indexOf('🇸🇾');
    expect(nextGraphemeBoundary(TEXT, flag)).toBe(flag + 4);
    expect(previousGraphemeBoundary(TEXT, flag + 4)).toBe(flag);
  });

  it('steps by words, across punctuation and line ends', () => {
    expect(TEXT.slice(0, nextWordBoundary(TEXT, 0))).toBe('وقُتل');
    const afterFive = nextWordBoundary(TEXT, 5);
    expect(TEXT.slice(6, afterFive)).toBe('خمسةُ');
    const beforeThe = TEXT.indexOf('The');
    expect(nextWordBoundary(TEXT, TEXT.indexOf('🇸🇾'))).toBe(beforeThe + 3);
    expect(previousWordBoundary(TEXT, beforeThe)).toBe(TEXT.indexOf('بالحسكة'));
    expect(previousWordBoundary(TEXT, TEXT.length)).toBe(TEXT.indexOf('Raqqa'));
    expect(nextWordBoundary(TEXT, TEXT.length - 1)).toBe(TEXT.length);
    expect(previousWordBoundary(TEXT, 2)).toBe(0);
  });

  it('finds the bounds of the line', () => {
    const the = TEXT.indexOf('The');
    expect(lineStartOf(TEXT, the + 5)).toBe(the);
    expect(lineEndOf(TEXT, 3)).toBe(the - 1);
  });

  it('always lands on grapheme boundaries and moves monotonically', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(), (text, seed) => {
        const offset = text.length ? seed % (text.length + 1) : 0;
        const start = isGraphemeBoundary(text, offset) ? offset : previousGraphemeBoundary(text, offset);
        const next = nextGraphemeBoundary(text, start);
        const previous = previousGraphemeBoundary(text, start);
        expect(isGraphemeBoundary(text, next)).toBe(true);
        expect(isGraphemeBoundary(text, previous)).toBe(true);
        expect(next).toBeGreaterThanOrEqual(start);
        expect(previous).toBeLessThanOrEqual(start);
        if (start < text.length) expect(next).toBeGreaterThan(start);
        expect(nextWordBoundary(text, start)).toBeGreaterThanOrEqual(start);
        expect(previousWordBoundary(text, start)).toBeLessThanOrEqual(start);
      }),
      { numRuns: 500 },
    );
  });
});
