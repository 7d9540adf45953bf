import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../../src/core/events/matchFold';
import { findSearchHits } from '../../../src/core/search/findSearchHits';
import { parseSearchQuery } from '../../../src/core/search/searchQuery';
import { searchTermsOf } from '../../../src/core/search/searchTerms';
import { isGraphemeBoundary } from '../../../src/core/text/graphemes';
import { anyText, rawArticleText } from '../arbitraries';

const STEMS = ['داعش', 'الحسكة', 'قسد', 'إدلب', 'مستشفى', 'SDF', 'Alep', 'armée', 'ليد'];
const PROCLITICS = ['', '', 'و', 'ل', 'ب', 'ف', 'وب', 'ال', 'بال', 'لل', 'ول'];
const MARKS = ['', '', '\u064E', '\u0650', '\u0651', '\u0640', '\u200C'];
const SEPARATORS = [' ', '\n', '، ', '. ', ' "', '" ', '\u00A0', ' لـ"', ' (', ') '];

/** A word as an article might write it: a proclitic, a stem with marks or tatweel after some letters. */
const writtenWord = fc
  .tuple(
    fc.constantFrom(...PROCLITICS),
    fc.constantFrom(...STEMS),
    fc.array(fc.constantFrom(...MARKS), { minLength: 8, maxLength: 8 }),
    fc.constantFrom('', '', 'ي', 'ية', 's'),
  )
  .map(([proclitic, stem, marks, suffix]) => {
    const letters = [...stem].map((letter, index) => letter + (marks[index] ?? ''));
    return proclitic + letters.join('') + suffix;
  });

const article = fc
  .array(fc.tuple(fc.oneof(writtenWord, rawArticleText(4)), fc.constantFrom(...SEPARATORS)), {
    maxLength: 12,
  })
  .map((pieces) => pieces.map(([word, separator]) => word + separator).join(''));

const query = fc.oneof(
  fc.constantFrom(...STEMS, 'دَاعِش', 'داعـش', 'الرقه', 'اسرائيل'),
  fc.constantFrom(...STEMS).chain((a) => fc.constantFrom(...STEMS).map((b) => `"${a} ${b}"`)),
  fc.constantFrom(...STEMS).chain((a) => fc.constantFrom(...STEMS).map((b) => `${a} ${b}`)),
  anyText().filter((text) => text.length < 12),
);

describe('search properties', () => {
  it('every hit, folded, is the folded part it was found for, and never splits a grapheme', () => {
    fc.assert(
      fc.property(article, query, (text, typed) => {
        const parsed = parseSearchQuery(typed);
        for (const hit of findSearchHits(text, parsed)) {
          const part = parsed.parts[hit.part];
          expect(part).toBeDefined();
          const key = normalizeForMatch(part?.text ?? '').trim();
          const found = normalizeForMatch(text.slice(hit.start, hit.end));
          // للحسكة found for الحسكة: the article's alef is not written after ل.
          expect([key, `ل${key.slice(2)}`]).toContain(found);
          if (found !== key) expect(key.startsWith('ال')).toBe(true);
          expect(isGraphemeBoundary(text, hit.start)).toBe(true);
          expect(isGraphemeBoundary(text, hit.end)).toBe(true);
          expect(hit.snippet.match).toBe(text.slice(hit.start, hit.end));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the index never misses: a text with hits holds every term of the query', () => {
    fc.assert(
      fc.property(article, query, (text, typed) => {
        const parsed = parseSearchQuery(typed);
        if (findSearchHits(text, parsed).length === 0) return;
        const terms = new Set(searchTermsOf(text));
        for (const term of parsed.terms) expect(terms).toContain(term);
      }),
      { numRuns: 2000 },
    );
  });

  it('a word of the text, searched as written, is found where it stands', () => {
    fc.assert(
      fc.property(article, fc.nat(), (text, pick) => {
        const words = [...text.matchAll(/[\p{L}\p{N}\p{M}\p{Cf}\u0640]+/gu)].filter(
          (match) => normalizeForMatch(match[0]).trim() !== '',
        );
        const chosen = words[pick % Math.max(1, words.length)];
        if (!chosen || chosen.index === undefined) return;
        const hits = findSearchHits(text, parseSearchQuery(chosen[0]));
        const end = chosen.index + chosen[0].length;
        expect(hits.some((hit) => hit.start < end && hit.end > (chosen.index ?? 0))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
