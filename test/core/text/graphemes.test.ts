/**
 * A selection never splits a grapheme cluster and snaps outward to cluster boundaries (never to words).
 * The reference for "boundary" is Intl.Segmenter run over the WHOLE text (see referenceBoundaries), so the
 * per-line shortcut in src/core/text/graphemes.ts is checked against an implementation without it.
 * All offsets here are UTF-16 code units.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  graphemeEndAtOrAfter,
  graphemeStartAtOrBefore,
  isGraphemeBoundary,
  snapToGraphemes,
  trimWhitespaceGraphemes,
} from '../../../src/core/text/graphemes';
import { normalizeText } from '../../../src/core/text/normalizeText';
import { anyText, referenceBoundaries } from '../arbitraries';

const RUNS = { numRuns: 300 };

/** A text with two offsets in 0..length (UTF-16). */
const textWithTwoOffsets = anyText().chain((text) =>
  fc.tuple(fc.constant(text), fc.nat({ max: text.length }), fc.nat({ max: text.length })),
);

/** A text with a range [start, end) on reference grapheme boundaries, start ≤ end. */
const textWithBoundaryRange = anyText().chain((text) => {
  const boundaries = [...referenceBoundaries(text)].sort((a, b) => a - b);
  return fc
    .tuple(fc.constant(text), fc.constantFrom(...boundaries), fc.constantFrom(...boundaries))
    .map(([t, a, b]) => [t, Math.min(a, b), Math.max(a, b)] as const);
});

const WHITESPACE_CLUSTER = /^\s+$/u;

describe('grapheme boundaries agree with Intl.Segmenter over the whole text', () => {
  it('isGraphemeBoundary matches the reference at every offset', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const reference = referenceBoundaries(text);
        for (let offset = 0; offset <= text.length; offset++) {
          expect(isGraphemeBoundary(text, offset), `offset ${offset} of ${JSON.stringify(text)}`).toBe(
            reference.has(offset),
          );
        }
      }),
      RUNS,
    );
  });

  it('graphemeStartAtOrBefore / graphemeEndAtOrAfter are the nearest reference boundaries', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const reference = [...referenceBoundaries(text)].sort((a, b) => a - b);
        for (let offset = 0; offset <= text.length; offset++) {
          const before = reference.filter((b) => b <= offset).at(-1);
          const after = reference.find((b) => b >= offset);
          expect(graphemeStartAtOrBefore(text, offset)).toBe(before);
          expect(graphemeEndAtOrAfter(text, offset)).toBe(after);
        }
      }),
      RUNS,
    );
  });

  it('clamps offsets outside the text', () => {
    expect(graphemeStartAtOrBefore('abc', -5)).toBe(0);
    expect(graphemeEndAtOrAfter('abc', -5)).toBe(0);
    expect(graphemeStartAtOrBefore('abc', 99)).toBe(3);
    expect(graphemeEndAtOrAfter('abc', 99)).toBe(3);
  });
});

describe('snapToGraphemes', () => {
  it('widens to the smallest enclosing range whose ends are reference boundaries', () => {
    fc.assert(
      fc.property(textWithTwoOffsets, ([text, a, b]) => {
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        const snapped = snapToGraphemes(text, a, b);
        const reference = referenceBoundaries(text);
        // Contains the original selection (never narrows)...
        expect(snapped.start).toBeLessThanOrEqual(lo);
        expect(snapped.end).toBeGreaterThanOrEqual(hi);
        // ...ends on boundaries...
        expect(reference.has(snapped.start)).toBe(true);
        expect(reference.has(snapped.end)).toBe(true);
        // ...and is the tightest such range: no boundary strictly between snapped.start and lo, or hi and end.
        for (let offset = snapped.start + 1; offset <= lo; offset++)
          expect(reference.has(offset)).toBe(false);
        for (let offset = hi; offset < snapped.end; offset++) expect(reference.has(offset)).toBe(false);
      }),
      RUNS,
    );
  });

  it('is idempotent and does not care about the direction of the drag', () => {
    fc.assert(
      fc.property(textWithTwoOffsets, ([text, a, b]) => {
        const snapped = snapToGraphemes(text, a, b);
        expect(snapToGraphemes(text, snapped.start, snapped.end)).toEqual(snapped);
        expect(snapToGraphemes(text, b, a)).toEqual(snapped);
      }),
      RUNS,
    );
  });

  it('leaves a range already on boundaries unchanged', () => {
    fc.assert(
      fc.property(textWithBoundaryRange, ([text, start, end]) => {
        expect(snapToGraphemes(text, start, end)).toEqual({ start, end });
      }),
      RUNS,
    );
  });
});

describe('Arabic, emoji and line-ending cases', () => {
  const word = 'بالحسكة'; // "in al-Hasakah": ب is a prefix glued to الحسكة

  it('lets one tag "الحسكة" inside "بالحسكة": letters are separate graphemes, no word snapping', () => {
    const start = word.indexOf('الحسكة'); // UTF-16 offset 1
    expect(start).toBe(1);
    expect(isGraphemeBoundary(word, start)).toBe(true);
    expect(snapToGraphemes(word, start, word.length)).toEqual({ start: 1, end: word.length });
    expect(word.slice(1)).toBe('الحسكة');
  });

  it('keeps a letter with its marks: fatha, shadda + fatha, kasra', () => {
    const voweled = 'بَ' + 'دّ' + '\u064E' + 'رِ'; // بَ دَّ رِ
    // Boundaries only between letters: 0, 2 (after ب+fatha), 5 (after د+shadda+fatha), 7.
    const boundaries = [0, 2, 5, 7];
    for (let offset = 0; offset <= voweled.length; offset++) {
      expect(isGraphemeBoundary(voweled, offset), `offset ${offset}`).toBe(boundaries.includes(offset));
    }
    // Selecting just the letter دّ (offset 2..3) takes its marks too.
    expect(snapToGraphemes(voweled, 2, 3)).toEqual({ start: 2, end: 5 });
    // Selecting only a mark (offset 3..4) takes the whole cluster.
    expect(snapToGraphemes(voweled, 3, 4)).toEqual({ start: 2, end: 5 });
  });

  it.each([
    ['ZWJ family', '👨‍👩‍👧‍👦'],
    ['flag', '🇸🇾'],
    ['thumbs up + skin tone', '👍🏽'],
    ['heart + VS16', '❤️'],
    ['keycap', '3️⃣'],
    ['NFD é', 'e\u0301'],
    ['Hangul jamo syllable', '\u1100\u1161\u11A8'],
  ])('never splits a %s', (_name, cluster) => {
    const text = `a${cluster}b`;
    const end = 1 + cluster.length;
    for (let offset = 2; offset < end; offset++) {
      expect(isGraphemeBoundary(text, offset), `offset ${offset}`).toBe(false);
      expect(snapToGraphemes(text, offset, offset)).toEqual({ start: 1, end });
    }
    expect(isGraphemeBoundary(text, 1)).toBe(true);
    expect(isGraphemeBoundary(text, end)).toBe(true);
  });

  it('splits two adjacent flags between them and only there', () => {
    const flags = '🇸🇾🇮🇶'; // four regional indicators, 2 UTF-16 units each
    expect([0, 2, 4, 6, 8].map((offset) => isGraphemeBoundary(flags, offset))).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
  });

  it('treats tatweel, ZWNJ and LRM as their own clusters or as extenders, as UAX #29 says', () => {
    // Reference-checked rather than hand-written: the point is that the per-line shortcut agrees.
    for (const text of ['قـــتل', 'می\u200Cخواهم', '\u200Eقتل\u200E', 'ب\u200D']) {
      const reference = referenceBoundaries(text);
      for (let offset = 0; offset <= text.length; offset++) {
        expect(isGraphemeBoundary(text, offset)).toBe(reference.has(offset));
      }
    }
  });

  it('treats a line feed as a boundary on both sides in stored text', () => {
    const text = normalizeText('قتل\r\n\u064Eب'); // a mark right after a line break is its own cluster
    expect(text).toBe('قتل\n\u064Eب');
    expect(isGraphemeBoundary(text, 3)).toBe(true);
    expect(isGraphemeBoundary(text, 4)).toBe(true);
  });

  it('never splits a CRLF (raw, not yet normalized text)', () => {
    const text = 'a\r\nb';
    expect(isGraphemeBoundary(text, 2)).toBe(false);
    expect(snapToGraphemes(text, 2, 2)).toEqual({ start: 1, end: 3 });
  });
});

describe('trimWhitespaceGraphemes', () => {
  it('returns a sub-range on boundaries, with whole whitespace clusters removed from the ends only', () => {
    fc.assert(
      fc.property(textWithBoundaryRange, ([text, start, end]) => {
        const trimmed = trimWhitespaceGraphemes(text, start, end);
        const reference = referenceBoundaries(text);
        expect(trimmed.start).toBeGreaterThanOrEqual(start);
        expect(trimmed.end).toBeLessThanOrEqual(end);
        expect(trimmed.start).toBeLessThanOrEqual(trimmed.end);
        // Never splits a cluster.
        expect(reference.has(trimmed.start)).toBe(true);
        expect(reference.has(trimmed.end)).toBe(true);
        // What was cut off is whitespace-only clusters (checked cluster by cluster against the reference).
        const cut = (from: number, to: number) =>
          [...reference]
            .filter((b) => b >= from && b <= to)
            .sort((a, b) => a - b)
            .every((b, i, all) => i === 0 || WHITESPACE_CLUSTER.test(text.slice(all[i - 1], b)));
        if (trimmed.start === trimmed.end) {
          expect(cut(start, end)).toBe(true); // everything was whitespace
        } else {
          expect(cut(start, trimmed.start)).toBe(true);
          expect(cut(trimmed.end, end)).toBe(true);
          // The first and last kept clusters are not whitespace-only.
          const sorted = [...reference].sort((a, b) => a - b);
          const firstEnd = sorted.find((b) => b > trimmed.start) as number;
          const lastStart = sorted.filter((b) => b < trimmed.end).at(-1) as number;
          expect(WHITESPACE_CLUSTER.test(text.slice(trimmed.start, firstEnd))).toBe(false);
          expect(WHITESPACE_CLUSTER.test(text.slice(lastStart, trimmed.end))).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(textWithBoundaryRange, ([text, start, end]) => {
        const once = trimWhitespaceGraphemes(text, start, end);
        if (once.start < once.end) expect(trimWhitespaceGraphemes(text, once.start, once.end)).toEqual(once);
      }),
      RUNS,
    );
  });

  it.each([
    ['spaces around an Arabic word', ' الحسكة  ', 1, 7],
    ['NBSP and tab', '\u00A0\tقتل\t', 2, 5],
    ['line feed overshoot', 'قتل\n', 0, 3],
    ['keeps inner spaces', ' a b ', 1, 4],
  ])('%s', (_name, text, start, end) => {
    expect(trimWhitespaceGraphemes(text, 0, text.length)).toEqual({ start, end });
  });

  it('keeps a space that carries a combining mark (it is not whitespace-only)', () => {
    const text = ' \u064Eقتل'; // space + fatha is one cluster
    expect(trimWhitespaceGraphemes(text, 0, text.length)).toEqual({ start: 0, end: text.length });
  });

  it('collapses an all-whitespace range to an empty range at its start', () => {
    expect(trimWhitespaceGraphemes('ab  \n cd', 2, 6)).toEqual({ start: 2, end: 2 });
  });
});
