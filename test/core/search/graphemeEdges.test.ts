import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endAtOrAfter, snapOutward, startAtOrBefore } from '../../../src/core/search/graphemeEdges';
import {
  graphemeEndAtOrAfter,
  graphemeStartAtOrBefore,
  snapToGraphemes,
} from '../../../src/core/text/graphemes';
import { anyText } from '../arbitraries';

describe('grapheme edges with a fast path', () => {
  it('agree with the segmenter everywhere', () => {
    fc.assert(
      fc.property(
        anyText({ wellFormed: true }).chain((text) =>
          fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length)),
        ),
        ([text, a, b]) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          expect(startAtOrBefore(text, start)).toBe(graphemeStartAtOrBefore(text, start));
          expect(endAtOrAfter(text, end)).toBe(graphemeEndAtOrAfter(text, end));
          expect(snapOutward(text, start, end)).toEqual(snapToGraphemes(text, start, end));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
