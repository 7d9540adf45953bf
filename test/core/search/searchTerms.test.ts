import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../src/core/search/searchQuery';
import { eachWord, foldedWords, searchTermsOf, termsOfWord } from '../../../src/core/search/searchTerms';
import { anyText } from '../arbitraries';

describe('searchTermsOf', () => {
  it('folds diacritics, tatweel, hamza forms, ta marbuta, alef maqsura, case and accents', () => {
    expect(searchTermsOf('دَاعِش داعـــش أحمد إدلب آمنة مستشفى الرقة SDF Armée ٣٤').sort()).toEqual(
      ['34', 'احمد', 'ادلب', 'امنه', 'داعش', 'مستشفي', 'الرقه', 'رقه', 'sdf', 'armee'].sort(),
    );
  });

  it('indexes Arabic words under their stems without proclitics', () => {
    expect(termsOfWord('لداعش')).toEqual(['لداعش', 'داعش']);
    expect(termsOfWord('وبالحسكه')).toEqual(['وبالحسكه', 'بالحسكه', 'الحسكه', 'حسكه']);
    // لل: the article's alef restored.
    expect(termsOfWord('للحسكه')).toContain('الحسكه');
    // Nothing stripped below two letters, and no suffixes ever.
    expect(termsOfWord('بل')).toEqual(['بل']);
    expect(termsOfWord('الداعشي')).not.toContain('داعش');
    expect(termsOfWord('sdf')).toEqual(['sdf']);
  });
});

describe('parseSearchQuery', () => {
  it.each([
    ['داعش', [['word', 'داعش', ['داعش']]]],
    [
      '  داعش،  (SDF) ',
      [
        ['word', 'داعش', ['داعش']],
        ['word', 'SDF', ['sdf']],
      ],
    ],
    [
      '"قوات سوريا الديمقراطية" قصف',
      [
        ['phrase', 'قوات سوريا الديمقراطية', ['قوات', 'سوريا', 'الديمقراطيه']],
        ['word', 'قصف', ['قصف']],
      ],
    ],
    ['«دير الزور»', [['phrase', 'دير الزور', ['دير', 'الزور']]]],
    ['al-Hasakah', [['word', 'al-Hasakah', ['al', 'hasakah']]]],
    ['"open quote', [['phrase', 'open quote', ['open', 'quote']]]],
    ['"one"', [['word', 'one', ['one']]]],
    ['  , ; ""', []],
  ])('%s', (input, expected) => {
    expect(parseSearchQuery(input).parts.map((part) => [part.kind, part.text, part.terms])).toEqual(expected);
  });
});

describe('searchTermsOf over many texts (its per-word answers are kept between calls)', () => {
  const WORDS = ['داعش', 'لداعش', 'وبالرقة', 'الرقة', 'للحسكة', 'قسد', 'Raqqa', 'SDF', 'خمسة', 'وليد', '٣٤'];
  it('gives, for every text, the terms of its words as termsOfWord gives them afresh', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }), { maxLength: 6 }),
        (texts) => {
          for (const words of texts) {
            const text = words.join(' ');
            const expected = new Set(foldedWords(text).flatMap((word) => termsOfWord(word)));
            expect(new Set(searchTermsOf(text))).toEqual(expected);
          }
        },
      ),
    );
  });
});

describe('eachWord', () => {
  it('gives the runs of letters and digits that /[\\p{L}\\p{N}]+/gu matches, on any text', () => {
    const piece = fc.constantFrom(
      'ب',
      'ة',
      'a',
      'Z',
      '7',
      '٣',
      ' ',
      '-',
      '\u064E',
      '😀',
      '𝐀',
      '𠀀',
      '\uD83D',
      '\uDE00',
      '\n',
    );
    const text = fc.oneof(
      anyText(),
      fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const words: string[] = [];
        eachWord(input, (word) => words.push(word));
        expect(words).toEqual(input.match(/[\p{L}\p{N}]+/gu) ?? []);
      }),
      { numRuns: 2_000 },
    );
  });
});
