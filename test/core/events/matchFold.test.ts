/**
 * The matching fold and its offset map: what folds to what (hand-written table), agreement with searchFold
 * where the two are meant to agree, and properties of the map on any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWithOffsets, normalizeForMatch, toOriginalRange } from '../../../src/core/events';
import { foldJoins, foldText, isSourceBoundary } from '../../../src/core/events/matchFold';
import { searchFold } from '../../../src/core/text/searchFold';
import { anyText, insideSurrogatePair } from '../arbitraries';
import { referenceFoldWithOffsets } from './support/referenceFold';

describe('normalizeForMatch', () => {
  it.each([
    ['shadda and ta marbuta', 'الرقّة', 'الرقه'],
    ['hamza seats on alef, alef wasla', 'أإآٱ', 'اااا'],
    ['hamza on waw', 'مسؤول', 'مسءول'],
    ['hamza on ya: meets the waw spelling', 'مسئول', 'مسءول'],
    ['decomposed hamza on waw (و + U+0654)', 'مسو\u0654ول', 'مسءول'],
    ['decomposed hamza on ya (ي + U+0654)', 'مسي\u0654ول', 'مسءول'],
    ['alef maqsura', 'مستشفى', 'مستشفي'],
    ['tatweel', 'قـــسد', 'قسد'],
    ['diacritics and tanween', 'خَمْسَةٌ', 'خمسه'],
    ['Arabic-Indic and Extended Arabic-Indic digits', '٣٤ ۳۴', '34 34'],
    ['Persian keh and yeh', 'کرکوک ی', 'كركوك ي'],
    ['lam-alef ligature from a PDF', 'ﻻ', 'لا'],
    ['bidi marks and joiners dropped', '\u200Eقسد\u200F\u200D', 'قسد'],
    ['white space runs collapse, line breaks included', 'قوات\n \u00A0سوريا', 'قوات سوريا'],
    ['Latin lower-cased, accents dropped', 'Deir ez-Zôr SDF', 'deir ez-zor sdf'],
  ])('%s: %s → %s', (_, input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const once = normalizeForMatch(text);
        expect(normalizeForMatch(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with searchFold on Arabic and Latin text without the documented extensions', () => {
    // Letters, marks, tatweel, alef forms, ta marbuta, alef maqsura, Latin with accents, single spaces: the
    // cases searchFold covers. Excluded on purpose: ؤ ئ (folded to ء here), digits, Persian letters,
    // presentation forms, invisible controls and white space runs.
    const piece = fc.constantFrom(
      ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآٱء'.split(''),
      '\u064E',
      '\u064F',
      '\u0650',
      '\u0651',
      '\u0652',
      '\u064B',
      '\u0640',
      'a',
      'Z',
      'é',
      'e\u0301',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('').replace(/ {2,}/g, ' ');
        // A mark alone between two spaces leaves a run of spaces once marks are dropped: white space runs are one
        // of the documented differences, so both sides compare with runs collapsed.
        const collapse = (folded: string) => folded.replace(/ {2,}/g, ' ');
        expect(collapse(normalizeForMatch(text))).toBe(collapse(searchFold(text)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldText', () => {
  it('is the folded text of foldWithOffsets, white space collapsed or not, for any text', () => {
    fc.assert(
      fc.property(anyText(), fc.boolean(), (text, collapseWhitespace) => {
        expect(foldText(text, { collapseWhitespace })).toBe(
          foldWithOffsets(text, { collapseWhitespace }).folded,
        );
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('foldJoins', () => {
  it('names every place where the fold of two texts joined differs from their folds joined', () => {
    const piece = fc.constantFrom(
      'و',
      'ي',
      'ى',
      'ب',
      '\u0654',
      '\u064B',
      ' ',
      '\uD83D',
      '\uDE00',
      '😀',
      'ﻻ',
      'A',
    );
    const text = fc.oneof(
      anyText(),
      fc.array(piece, { maxLength: 4 }).map((pieces) => pieces.join('')),
    );
    fc.assert(
      fc.property(text, text, (left, right) => {
        const apart = foldText(left) + foldText(right) === foldText(left + right);
        expect(apart || foldJoins(left, right)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
    expect(foldJoins('و', '\u0654')).toBe(true);
    expect(foldJoins('\uD83D', '\uDE00')).toBe(true);
    expect(foldJoins('ب', '\u0654')).toBe(false);
  });
});

describe('foldWithOffsets: the offset map', () => {
  it('maps every folded unit to the original code point it came from', () => {
    const text = 'لـ”قسدٌ” و٣٤';
    const folded = foldWithOffsets(text);
    expect(folded.folded).toBe('ل”قسد” و34');
    // Hand-computed: ل is 0, tatweel 1 dropped, ” 2, ق 3, س 4, د 5, tanween 6 dropped, ” 7, space 8, و 9, ٣ 10, ٤ 11.
    expect(folded.sourceStart).toEqual([0, 2, 3, 4, 5, 7, 8, 9, 10, 11]);
    expect(folded.sourceEnd).toEqual([1, 3, 4, 5, 6, 8, 9, 10, 11, 12]);
  });

  it('gives a collapsed white space run the whole run as its source', () => {
    const folded = foldWithOffsets('a \n\t b', { collapseWhitespace: true });
    expect(folded.folded).toBe('a b');
    expect(folded.sourceStart).toEqual([0, 1, 5]);
    expect(folded.sourceEnd).toEqual([1, 5, 6]);
  });

  it('extends a range over the marks of its last letter, never over the next letter', () => {
    const text = 'قسدٌّ وب';
    const folded = foldWithOffsets(text);
    expect(toOriginalRange(folded, 0, 3)).toEqual({ start: 0, end: 5 });
  });

  it('on any text: the map is ordered, inside the text, never inside a surrogate pair', () => {
    fc.assert(
      fc.property(anyText({ wellFormed: true }), fc.boolean(), (text, collapseWhitespace) => {
        const folded = foldWithOffsets(text, { collapseWhitespace });
        expect(folded.sourceStart.length).toBe(folded.folded.length);
        expect(folded.sourceEnd.length).toBe(folded.folded.length);
        for (let index = 0; index < folded.folded.length; index++) {
          const start = folded.sourceStart[index] ?? -1;
          const end = folded.sourceEnd[index] ?? -1;
          expect(start).toBeGreaterThanOrEqual(index === 0 ? 0 : (folded.sourceStart[index - 1] ?? 0));
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(insideSurrogatePair(text, start)).toBe(false);
          expect(insideSurrogatePair(text, end)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('on any text: the original of a folded range folds back to that range', () => {
    const textAndRange = anyText({ wellFormed: true })
      .map((text) => ({ text, folded: foldWithOffsets(text) }))
      .filter(({ folded }) => folded.folded.length > 0)
      .chain(({ text, folded }) =>
        fc
          .tuple(fc.nat(folded.folded.length - 1), fc.nat(folded.folded.length - 1))
          .map(([a, b]) => ({ text, folded, start: Math.min(a, b), end: Math.max(a, b) + 1 })),
      );
    fc.assert(
      fc.property(textAndRange, ({ text, folded, start, end }) => {
        fc.pre(isSourceBoundary(folded, start) && isSourceBoundary(folded, end));
        const range = toOriginalRange(folded, start, end);
        expect(foldWithOffsets(text.slice(range.start, range.end)).folded).toBe(
          folded.folded.slice(start, end),
        );
      }),
      { numRuns: 500 },
    );
  });

  // The pieces where the walk over the text can go wrong: white space of every kind next to what the fold drops
  // (BOM is both white space and invisible), و/ي/ى before hamza above, presentation forms that expand, astral
  // characters and lone surrogates.
  const trickyPiece = fc.constantFrom(
    ' ',
    '\n',
    '\t',
    '\u00A0',
    '\u2028',
    '\u3000',
    '\uFEFF',
    '\u200E',
    '\u00AD',
    '\u0640',
    '\u064B',
    '\u0654',
    'و',
    'ي',
    'ى',
    'ؤ',
    'ﻻ',
    '\uFE70',
    '٣',
    'É',
    '😀',
    '\uD83D',
    '\uDE00',
    'a',
  );

  it.each([false, true])(
    'on any text (collapse white space: %s): the same folded text and offset map as the plain definition',
    (collapseWhitespace) => {
      const text = fc.oneof(
        anyText(),
        fc.array(trickyPiece, { maxLength: 24 }).map((pieces) => pieces.join('')),
      );
      fc.assert(
        fc.property(text, (original) => {
          expect(foldWithOffsets(original, { collapseWhitespace })).toEqual(
            referenceFoldWithOffsets(original, collapseWhitespace),
          );
        }),
        { numRuns: 1000 },
      );
    },
  );
});
