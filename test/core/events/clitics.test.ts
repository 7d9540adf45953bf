/** Proclitic stripping: the candidates listed by hand, and the invariants on any word. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatch, stripClitics } from '../../../src/core/events';
import { PROCLITIC_FORMS, procliticSplits } from '../../../src/core/events/clitics';

describe('stripClitics', () => {
  it.each([
    ['ب + ال', 'بالحسكة', ['بالحسكة', 'الحسكة', 'حسكة']],
    ['و + ال', 'والحسكة', ['والحسكة', 'الحسكة', 'حسكة']],
    ['ف + ال', 'فالحسكة', ['فالحسكة', 'الحسكة', 'حسكة']],
    ['ك + ال', 'كالعادة', ['كالعادة', 'العادة', 'عادة']],
    ['و + ب + ال', 'وبالرقة', ['وبالرقة', 'بالرقة', 'الرقة', 'رقة']],
    ['ل + ال written لل: the article is restored', 'للحسكة', ['للحسكة', 'لحسكة', 'الحسكة', 'حسكة']],
    ['ل + tatweel', 'لـقسد', ['لـقسد', 'قسد']],
    ['و', 'وقسد', ['وقسد', 'قسد']],
    ['marks stay with the stem', 'بِالْحَسَكَةِ', ['بِالْحَسَكَةِ', 'الْحَسَكَةِ', 'حَسَكَةِ']],
    ['never fewer than two letters left', 'بل', ['بل']],
    ['two letters left is enough', 'وال', ['وال', 'ال']],
    ['a word whose first letter looks like a clitic keeps itself first', 'بيروت', ['بيروت', 'يروت']],
    ['Latin: nothing to strip', 'SDF', ['SDF']],
    ['no proclitic', 'قسد', ['قسد']],
  ])('%s: %s', (_, word, expected) => {
    expect(stripClitics(word)).toEqual(expected);
  });

  it('lists the 23 proclitic sequences Arabic allows: (و|ف)? (ب|ك|ل)? (ال)?', () => {
    const written = PROCLITIC_FORMS.map((form) => form.written).sort();
    expect(written).toEqual(
      [
        'ال',
        'ب',
        'بال',
        'ف',
        'فال',
        'فب',
        'فبال',
        'فك',
        'فكال',
        'فل',
        'فلل',
        'ك',
        'كال',
        'ل',
        'لل',
        'و',
        'وال',
        'وب',
        'وبال',
        'وك',
        'وكال',
        'ول',
        'ولل',
      ].sort(),
    );
  });

  it('on any word: the word first, every stem a suffix of it (or the restored article + a suffix), two letters at least', () => {
    const letters = fc.constantFrom(...'والبكفلقسدحرةـ'.split(''), '\u064E', '\u0650');
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 9 }), (pieces) => {
        const word = pieces.join('');
        const candidates = stripClitics(word);
        expect(candidates[0]).toBe(word);
        for (const candidate of candidates.slice(1)) {
          const stem =
            candidate.startsWith('ال') && !word.endsWith(candidate) ? candidate.slice(2) : candidate;
          expect(word.endsWith(stem)).toBe(true);
          expect(normalizeForMatch(stem).length).toBeGreaterThanOrEqual(2);
        }
        expect(new Set(candidates).size).toBe(candidates.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('procliticSplits', () => {
  it('reads folded words, fewest letters first', () => {
    expect(procliticSplits('وبالرقه').map((split) => [split.form.written, split.stem])).toEqual([
      ['و', 'بالرقه'],
      ['وب', 'الرقه'],
      ['وبال', 'رقه'],
    ]);
  });

  it('gives what a check of every form would give, for any word of proclitic and other letters', () => {
    const letters = fc.constantFrom('و', 'ف', 'ب', 'ك', 'ل', 'ا', 'س', 'ر', 'ق', 'ه', 'x');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 8 }), (chars) => {
        const word = chars.join('');
        const everyForm = PROCLITIC_FORMS.filter(
          (form) => word.startsWith(form.written) && word.length - form.written.length >= 2,
        )
          .map((form) => ({ form, stem: word.slice(form.written.length), length: form.written.length }))
          .sort((a, b) => a.length - b.length);
        expect(procliticSplits(word)).toEqual(everyForm);
      }),
    );
  });
});
