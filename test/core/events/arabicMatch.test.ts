/**
 * "Tag all occurrences": findOccurrences on hand-made cases, on generated articles where every planted
 * occurrence is known, the offset property (every match's original slice normalizes to the phrase), and the
 * seed article from ../shared/corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOccurrences, normalizeForMatch, type Occurrence } from '../../../src/core/events';
import { anyText, insideSurrogatePair } from '../arbitraries';

/** The covered text of each occurrence. */
const slices = (text: string, found: readonly Occurrence[]) => found.map((o) => text.slice(o.start, o.end));

describe('findOccurrences: by hand', () => {
  it.each([
    ['alone', 'قسد', 'قسد', ['قسد'], ['']],
    ['with و attached', 'التحالف الدولي وقسد يعلنان', 'قسد', ['قسد'], ['و']],
    ['in curly quotes', 'قوات “قسد” بالتعاون', 'قسد', ['قسد'], ['']],
    ['in parentheses', 'الديمقراطية (قسد)،', 'قسد', ['قسد'], ['']],
    ['لـ then a quote: only the phrase is covered', 'المركز الإعلامي لـ”قسد”،', 'قسد', ['قسد'], ['ل']],
    ['لـ then a straight quote', 'بيان لـ"قسد"', 'قسد', ['قسد'], ['ل']],
    ['ل attached', 'التابع لقسد،', 'قسد', ['قسد'], ['ل']],
    ['a word then a quote: the quote is a boundary', 'عن“قسد”', 'قسد', ['قسد'], ['']],
    ['tatweel inside', 'قـــسد', 'قسد', ['قـــسد'], ['']],
    ['tanween and shadda stay with the last letter', 'قسدٌّ', 'قسد', ['قسدٌّ'], ['']],
    ['ب + ال before a phrase without article', 'بالحسكة', 'حسكة', ['حسكة'], ['بال']],
    ['ب before a phrase with its article', 'في مدينة بالحسكة', 'الحسكة', ['الحسكة'], ['ب']],
    ['و before a phrase with its article', 'القامشلي والحسكة', 'الحسكة', ['الحسكة'], ['و']],
    ['ل + ال written لل', 'التابعة للحسكة', 'الحسكة', ['لحسكة'], ['ل']],
    ['و + ل + ال written ولل', 'وللحسكة', 'الحسكة', ['لحسكة'], ['ول']],
    ['diacritics in the text', 'في الحَسَكَةِ', 'الحسكة', ['الحَسَكَةِ'], ['']],
    ['hamza variants: the phrase has one, the text has none', 'مدينة ادلب', 'إدلب', ['ادلب'], ['']],
    ['hamza seats ؤ / ئ meet', 'قال مسئول', 'مسؤول', ['مسئول'], ['']],
    ['a phrase across a line break', 'قوات\nسوريا الديمقراطية', 'قوات سوريا', ['قوات\nسوريا'], ['']],
    ['English, case-insensitive, before an apostrophe', "the SDF's fighters", 'sdf', ['SDF'], ['']],
  ])('%s', (_, text, phrase, covered, proclitics) => {
    const found = findOccurrences(text, phrase);
    expect(slices(text, found)).toEqual(covered);
    expect(found.map((o) => o.proclitic)).toEqual(proclitics);
  });

  it.each([
    ['inside a longer word', 'القسدي', 'قسد'],
    ['a letter before that is no proclitic', 'مقسد', 'قسد'],
    ['a letter after', 'قسدي', 'قسد'],
    ['ل before a phrase that has its own article (that is لل)', 'لالحسكة', 'الحسكة'],
    ['English inside a word', 'SDFs', 'SDF'],
    ['an empty phrase', 'قسد', ''],
    ['a phrase of white space', 'قسد', '  '],
  ])('finds nothing: %s', (_, text, phrase) => {
    expect(findOccurrences(text, phrase)).toEqual([]);
  });

  it('marks the لل case as article-assimilated, and only it', () => {
    const found = findOccurrences('للحسكة والحسكة', 'الحسكة');
    expect(found.map((o) => o.articleAssimilated)).toEqual([true, false]);
  });

  it('options: without proclitics, and without word boundaries', () => {
    expect(findOccurrences('وقسد قسد', 'قسد', { proclitics: false }).map((o) => o.start)).toEqual([5]);
    expect(slices('القسدي', findOccurrences('القسدي', 'قسد', { wholeWord: false }))).toEqual(['قسد']);
  });

  it('never splits one original character (a lam-alef ligature) between a match and its neighbour', () => {
    expect(findOccurrences('ﻻ', 'ا', { wholeWord: false })).toEqual([]);
    expect(slices('ﻻ', findOccurrences('ﻻ', 'لا'))).toEqual(['ﻻ']);
  });
});

/** Pieces that can stand around a planted phrase: none of them contains قسد or الحسكة, none ends in a letter a
 * proclitic could be read from. */
const FILLERS = ['في', 'مدينة', 'عن', 'بيان', 'ريف', 'شرق', 'SY24', '٣٤', 'قوات', 'سوريا'];
const SEPARATORS = [' ', '، ', ' (', ') ', '\n', ' “', '” ', ' - ', '\u00A0'];

interface Planted {
  readonly text: string;
  readonly expected: Array<{ start: number; end: number }>;
}

/**
 * An article made of fillers and planted variants of the phrase, each variant between separators, with the
 * UTF-16 offsets of the phrase itself (not of its proclitic or quotes) recorded as it is built.
 */
function plantedArticle(variants: ReadonlyArray<{ before: string; phrase: string; after: string }>) {
  return fc
    .array(
      fc.oneof(
        fc.constantFrom(...FILLERS).map((filler) => ({ filler })),
        fc.constantFrom(...variants).map((variant) => ({ variant })),
      ),
      { maxLength: 14 },
    )
    .chain((parts) =>
      fc
        .array(fc.constantFrom(...SEPARATORS), { minLength: parts.length, maxLength: parts.length })
        .map((seps) => {
          let text = '';
          const expected: Array<{ start: number; end: number }> = [];
          parts.forEach((part, index) => {
            text += seps[index] ?? ' ';
            if ('filler' in part) text += part.filler;
            else {
              text += part.variant.before;
              expected.push({ start: text.length, end: text.length + part.variant.phrase.length });
              text += part.variant.phrase + part.variant.after;
            }
          });
          return { text: `${text} `, expected } satisfies Planted;
        }),
    );
}

const QASAD_VARIANTS = [
  { before: '', phrase: 'قسد', after: '' },
  { before: 'و', phrase: 'قسد', after: '' },
  { before: 'ل', phrase: 'قسد', after: '' },
  { before: 'لـ”', phrase: 'قسد', after: '”' },
  { before: 'لـ"', phrase: 'قسد', after: '"' },
  { before: '“', phrase: 'قسد', after: '”' },
  { before: 'ب', phrase: 'قـسد', after: '' },
  { before: '', phrase: 'قَسَدٌ', after: '' },
  { before: 'وب', phrase: 'قسد', after: '' },
];

const HASAKA_VARIANTS = [
  { before: '', phrase: 'الحسكة', after: '' },
  { before: 'ب', phrase: 'الحسكة', after: '' },
  { before: 'و', phrase: 'الحسكه', after: '' },
  { before: 'وب', phrase: 'الحَسَكَةِ', after: '' },
  { before: '“', phrase: 'ٱلحسكة', after: '”' },
];

describe('findOccurrences: generated articles', () => {
  it.each([
    ['قسد', QASAD_VARIANTS],
    ['الحسكة', HASAKA_VARIANTS],
  ] as const)('finds exactly the planted occurrences of %s, covering the phrase only', (phrase, variants) => {
    fc.assert(
      fc.property(plantedArticle(variants), ({ text, expected }) => {
        expect(findOccurrences(text, phrase).map(({ start, end }) => ({ start, end }))).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('every match, on any text, covers an original slice that normalizes to the phrase', () => {
    const phrases = ['قسد', 'الحسكة', 'التحالف الدولي', 'إدلب', 'SDF', 'ا', 'لا'];
    const text = fc.oneof(
      anyText({ wellFormed: true }),
      plantedArticle(QASAD_VARIANTS).map((planted) => planted.text),
      plantedArticle(HASAKA_VARIANTS).map((planted) => planted.text),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(...phrases), fc.boolean(), (article, phrase, wholeWord) => {
        const key = normalizeForMatch(phrase);
        const found = findOccurrences(article, phrase, { wholeWord });
        let previousEnd = 0;
        for (const occurrence of found) {
          const covered = normalizeForMatch(article.slice(occurrence.start, occurrence.end));
          // للحسكة: the covered letters are the phrase without its article's alef.
          expect(covered).toBe(occurrence.articleAssimilated ? `ل${key.slice(2)}` : key);
          expect(occurrence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(insideSurrogatePair(article, occurrence.start)).toBe(false);
          expect(insideSurrogatePair(article, occurrence.end)).toBe(false);
          previousEnd = occurrence.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

const SEED = fileURLToPath(
  new URL('../../../../shared/corpus/seed/ar-sy24-sdf-security-operations.txt', import.meta.url),
);

describe('findOccurrences: the seed article (SY24)', () => {
  it.skipIf(!existsSync(SEED))(
    existsSync(SEED)
      ? 'tags all 11 occurrences of قسد, with و, ل, لـ” and inside quotes and parentheses'
      : `skipped: ${SEED} is absent (../shared/corpus beside the checkout)`,
    () => {
      const text = readFileSync(SEED, 'utf8');
      const found = findOccurrences(text, 'قسد');
      // Counted by hand, reading the file line by line (blank lines counted):
      //   line 1  title       "التحالف الدولي وقسد"          1  (و attached)
      //   line 9  paragraph   "قوات سوريا الديمقراطية “قسد”"  2
      //   line 11             "المركز الإعلامي لـ”قسد”"      3  (لـ then a quote)
      //   line 13             "تمكنت قوات “قسد”"             4
      //   line 15             "الصادر عن “قسد”"              5
      //   line 19             "حسب بيان “قسد”"               6
      //   line 21             "أكد بيان “قسد”"               7
      //   line 23             "تحت سيطرة “قسد”"              8
      //   line 29             "الديمقراطية (قسد)"            9
      //   line 31             "التابع لقسد"                 10  (ل attached)
      //   line 33             "الديمقراطية (قسد)"           11
      expect(found).toHaveLength(11);
      expect(slices(text, found)).toEqual(Array(11).fill('قسد'));
      expect(found.map((o) => o.proclitic)).toEqual(['و', '', 'ل', '', '', '', '', '', '', 'ل', '']);
      const lines = found.map((o) => text.slice(0, o.start).split('\n').length);
      expect(lines).toEqual([1, 9, 11, 13, 15, 19, 21, 23, 29, 31, 33]);
      const third = found[2]?.start ?? 0;
      expect(text.slice(third - 3, third)).toBe('لـ”');
    },
  );

  it.skipIf(!existsSync(SEED))(
    existsSync(SEED)
      ? 'finds places and actors: الحسكة ×3 (one والحسكة), التحالف الدولي ×5'
      : `skipped: ${SEED} is absent`,
    () => {
      const text = readFileSync(SEED, 'utf8');
      // Counted by hand: "في الحسكة" (line 21), "القامشلي والحسكة" (line 23), "مدينة الحسكة" (line 29).
      const hasaka = findOccurrences(text, 'الحسكة');
      expect(hasaka.map((o) => [text.slice(0, o.start).split('\n').length, o.proclitic])).toEqual([
        [21, ''],
        [23, 'و'],
        [29, ''],
      ]);
      // Counted by hand: lines 1, 9, 13, 29, 33.
      const coalition = findOccurrences(text, 'التحالف الدولي');
      expect(coalition.map((o) => text.slice(0, o.start).split('\n').length)).toEqual([1, 9, 13, 29, 33]);
      expect(slices(text, coalition)).toEqual(Array(5).fill('التحالف الدولي'));
    },
  );
});
