/**
 * Base direction of an article: the declared language wins; otherwise the majority of strong letters, so an
 * Arabic article whose first line starts with "CENTCOM" or a number stays right to left (unlike dir="auto").
 * Digits, punctuation and marks are neutral: they must not be counted on either side.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectLanguage,
  documentDirection,
  paragraphDirection,
  strongLetterCounts,
} from '../../../src/core/text/direction';

const RUNS = { numRuns: 300 };

const arabicLetter = fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءةى');
const latinLetter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzCENTOM');
/** Characters that carry no direction of their own, or are not letters: must never be counted. */
const neutral = fc.constantFrom(
  ...[' ', '\n', '.', ',', '،', '؛', '؟', '«', '»', '-', '(', ')', '%', '٪', '/', ':'],
  ...'0123456789',
  ...'٠١٢٣٤٥٦٧٨٩', // Arabic-Indic digits (Script=Arabic, but digits)
  ...'۰۱۲۳۴۵۶۷۸۹', // Extended Arabic-Indic digits (Persian, Urdu)
  '\u064E', // fatha
  '\u0651', // shadda
  '\u0656', // subscript alef (Script=Arabic, a mark)
  '\u05B8', // Hebrew qamats (Script=Hebrew, a mark)
  '\u06D4', // Arabic full stop (Script=Arabic, punctuation)
  '\u06DD', // end of ayah
  '\u200E', // LRM
  '\u200F', // RLM
  '\u200D', // ZWJ
  '😀',
);

/** A text with known numbers of Arabic and Latin letters, interleaved with neutral characters. */
const mixedText = fc
  .tuple(
    fc.array(arabicLetter, { maxLength: 30 }),
    fc.array(latinLetter, { maxLength: 30 }),
    fc.array(neutral, { maxLength: 30 }),
  )
  .chain(([arabic, latin, neutrals]) =>
    fc
      .shuffledSubarray([...arabic, ...latin, ...neutrals], {
        minLength: arabic.length + latin.length + neutrals.length,
      })
      .map((chars) => ({ text: chars.join(''), rtl: arabic.length, ltr: latin.length })),
  );

/** The definition the fast count must agree with: the two Unicode-property regexes, counted directly. */
function regexCounts(text: string): { rtl: number; ltr: number } {
  const rtl =
    text.match(/(?=\p{L})[\p{scx=Hebrew}\p{scx=Arabic}\p{scx=Syriac}\p{scx=Thaana}\p{scx=Nko}]/gu)?.length ??
    0;
  return { rtl, ltr: (text.match(/\p{L}/gu)?.length ?? 0) - rtl };
}

describe('strongLetterCounts', () => {
  it('agrees with the Unicode-property definition on any text, lone surrogates and astral letters included', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({
        unit: fc.constantFrom('\uD83D', '\uDE00', '\uD802\uDD00', '𐤀', 'ـ', 'ا', 'a', '١', 'ǅ'),
        maxLength: 30,
      }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(strongLetterCounts(text)).toEqual(regexCounts(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('counts Arabic letters as rtl, Latin letters as ltr, and nothing else', () => {
    fc.assert(
      fc.property(mixedText, ({ text, rtl, ltr }) => {
        expect(strongLetterCounts(text)).toEqual({ rtl, ltr });
      }),
      RUNS,
    );
  });

  it.each([
    ['Latin with Arabic-Indic digits', 'CNN ٢٠٢٤/١٢/٠٨', { rtl: 0, ltr: 3 }],
    ['Latin with Persian digits', 'BBC ۱۴۰۳', { rtl: 0, ltr: 3 }],
    ['Arabic with Western digits', 'قتل 12 شخصا', { rtl: 7, ltr: 0 }],
    ['Arabic with full stop and percent', 'نسبة ٪۵۰۔', { rtl: 4, ltr: 0 }],
    // Tatweel (U+0640) is a letter (Lm) of Script=Common but Bidi_Class AL: it is written right to left.
    ['tatweel elongation', 'قـــتل', { rtl: 6, ltr: 0 }],
    ['pointed Hebrew: marks are not letters', 'שָׁלוֹם', { rtl: 4, ltr: 0 }],
    ['no letters at all', '2024 — 12%', { rtl: 0, ltr: 0 }],
  ])('%s', (_name, text, expected) => {
    expect(strongLetterCounts(text)).toEqual(expected);
  });

  it('never returns a negative count', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const { rtl, ltr } = strongLetterCounts(text);
        expect(rtl).toBeGreaterThanOrEqual(0);
        expect(ltr).toBeGreaterThanOrEqual(0);
        // Every counted thing is a letter, counted once.
        expect(rtl + ltr).toBe(text.match(/\p{L}/gu)?.length ?? 0);
      }),
      RUNS,
    );
  });
});

describe('documentDirection', () => {
  const arabicArticle = 'قالت القيادة المركزية الأمريكية إن الغارة استهدفت موقعا في ريف الحسكة';

  it.each([
    ['starts with "CENTCOM"', `CENTCOM: ${arabicArticle}`],
    ['starts with a digit', `3 قتلى في ${arabicArticle}`],
    ['starts with an Arabic-Indic number', `٣ قتلى في ${arabicArticle}`],
    ['starts with an LRM and a Latin quote', `\u200E"US forces" ${arabicArticle}`],
  ])('keeps an Arabic article that %s right to left', (_name, text) => {
    expect(documentDirection(text)).toBe('rtl');
  });

  it('reads an English article as left to right even when it quotes Arabic', () => {
    expect(documentDirection('The statement, titled «بيان», said two people were killed near Hasakah.')).toBe(
      'ltr',
    );
  });

  it('follows the majority of strong letters when no language is declared', () => {
    fc.assert(
      fc.property(mixedText, ({ text, rtl, ltr }) => {
        expect(documentDirection(text)).toBe(rtl > ltr ? 'rtl' : 'ltr');
      }),
      RUNS,
    );
  });

  it.each([
    ['ar', 'rtl'],
    ['AR', 'rtl'],
    ['ar-SY', 'rtl'],
    ['fa', 'rtl'],
    ['ur-PK', 'rtl'],
    ['he', 'rtl'],
    ['ckb', 'rtl'],
    ['az-Arab', 'rtl'],
    ['ku-Arab', 'rtl'],
    ['pa-Arab-PK', 'rtl'],
    ['en', 'ltr'],
    ['en-GB', 'ltr'],
    ['fr', 'ltr'],
    ['ku', 'ltr'],
    ['arn', 'ltr'], // Mapudungun: starts with "ar" but is not Arabic
  ] as const)('declared language %s → %s, whatever the text says', (lang, expected) => {
    // The text is chosen to disagree with the expected direction, so only the language can decide.
    const text = expected === 'rtl' ? 'Breaking news from the region' : 'قتل شخصان في الحسكة';
    expect(documentDirection(text, lang)).toBe(expected);
  });

  it('ignores an empty language and falls back to the letters', () => {
    expect(documentDirection('قتل شخصان', '')).toBe('rtl');
    expect(documentDirection('Two killed', undefined)).toBe('ltr');
  });

  it('defaults to ltr for a text without letters', () => {
    expect(documentDirection('2024-12-08 12:00')).toBe('ltr');
    expect(documentDirection('')).toBe('ltr');
  });
});

describe('paragraphDirection', () => {
  it.each([
    ['English paragraph in an Arabic article', 'Reuters reported the strike.', 'rtl', 'ltr'],
    [
      'Arabic paragraph starting with CENTCOM stays rtl',
      'CENTCOM قالت إن الغارة استهدفت موقعا',
      'rtl',
      'rtl',
    ],
    ['Arabic paragraph in an English article', 'قالت القيادة المركزية', 'ltr', 'rtl'],
    ['numbers only keep the base (rtl)', '٢٠٢٤/١٢/٠٨ - 12:30', 'rtl', 'rtl'],
    ['numbers only keep the base (ltr)', '٢٠٢٤/١٢/٠٨ - 12:30', 'ltr', 'ltr'],
    ['a tie keeps the base', 'abc قتل', 'rtl', 'rtl'],
    ['a tie keeps the base (ltr)', 'abc قتل', 'ltr', 'ltr'],
    ['empty paragraph', '', 'rtl', 'rtl'],
  ] as const)('%s', (_name, paragraph, base, expected) => {
    expect(paragraphDirection(paragraph, base)).toBe(expected);
  });

  it('switches away from the base only on a strict majority of the other direction', () => {
    fc.assert(
      fc.property(mixedText, fc.constantFrom('ltr' as const, 'rtl' as const), ({ text, rtl, ltr }, base) => {
        const expected = base === 'rtl' ? (ltr > rtl ? 'ltr' : 'rtl') : rtl > ltr ? 'rtl' : 'ltr';
        expect(paragraphDirection(text, base)).toBe(expected);
      }),
      RUNS,
    );
  });
});

describe('detectLanguage', () => {
  it.each([
    ['أعلنت قوات سوريا الديمقراطية اعتقال ٣٤ شخصاً في مدينة الرقة خلال حملة أمنية.', 'ar'],
    ['CENTCOM said that قسد arrested 34 people in Raqqa during a security campaign in the east.', undefined],
    ['The Syrian Democratic Forces said on Tuesday that 34 people were detained.', undefined],
    ['قسد', undefined],
  ])('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});
