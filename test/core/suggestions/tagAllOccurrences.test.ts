/** Tag all occurrences: by hand, on the seed article (skipped without ../shared/corpus), and a property. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  tagAllOccurrences,
  tagAllOccurrencesInLibrary,
} from '../../../src/core/suggestions/tagAllOccurrences';

const SEED = fileURLToPath(
  new URL('../../../../shared/corpus/seed/ar-sy24-sdf-security-operations.txt', import.meta.url),
);

describe('tagAllOccurrences', () => {
  const text = 'أعلنت قسد أن “قسد” ولقسد وقسدية قالت لـ"قسد".';
  const template = { label: 'actor' as const, text: 'قسد', actorId: 'sdf' };

  it('proposes every occurrence with the label and links of the span, covering the word only', () => {
    const found = tagAllOccurrences({ id: 'd', text }, template, []);
    expect(found.map((s) => text.slice(s.start, s.end))).toEqual(['قسد', 'قسد', 'قسد', 'قسد']);
    expect(found.every((s) => s.label === 'actor' && s.actorId === 'sdf' && s.source === 'occurrence')).toBe(
      true,
    );
    expect(found.map((s) => s.id)).toEqual(found.map((s) => `d:${s.start}:${s.end}:actor`));
  });

  it('leaves out the occurrence already tagged, and ones overlapping a span of the same label', () => {
    const first = text.indexOf('قسد');
    const second = text.indexOf('“قسد”') + 1;
    const found = tagAllOccurrences({ id: 'd', text }, template, [
      { start: first, end: first + 3, label: 'actor' },
      { start: second - 1, end: second + 4, label: 'actor' },
    ]);
    expect(found).toHaveLength(2);
    // A span of another label at another range does not hide an occurrence.
    const place = tagAllOccurrences({ id: 'd', text }, template, [
      { start: second - 1, end: second + 4, label: 'place' },
    ]);
    expect(place).toHaveLength(4);
  });

  it('across the library, each document with its own spans', () => {
    const found = tagAllOccurrencesInLibrary(
      [
        { id: 'a', text: 'قسد وقسد' },
        { id: 'b', text: 'لا شيء هنا' },
        { id: 'c', text: 'بيان لـ”قسد”' },
      ],
      template,
      new Map([['a', [{ start: 0, end: 3, label: 'actor' as const }]]]),
    );
    expect(found.map((s) => [s.docId, s.start])).toEqual([
      ['a', 5],
      ['c', 8],
    ]);
  });

  it('property: every suggestion covers text that folds to the phrase, in order, without overlap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('قسد', 'وقسد', 'لـ”قسد”', '(قسد)', 'قسدية', 'في', ' ', '، ', '\n', 'قـسد'), {
          maxLength: 30,
        }),
        (pieces) => {
          const article = pieces.join(' ');
          const found = tagAllOccurrences({ id: 'x', text: article }, template, []);
          let previousEnd = 0;
          for (const suggestion of found) {
            expect(suggestion.start).toBeGreaterThanOrEqual(previousEnd);
            expect(article.slice(suggestion.start, suggestion.end).replaceAll('ـ', '')).toBe('قسد');
            previousEnd = suggestion.end;
          }
          const planted = pieces.filter((piece) => piece !== 'قسدية' && piece.includes('ق')).length;
          expect(found).toHaveLength(planted);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('tagAllOccurrences on the seed article', () => {
  it.skipIf(!existsSync(SEED))(
    existsSync(SEED)
      ? 'one tagged قسد proposes the 10 others'
      : `skipped: ${SEED} is absent (../shared/corpus)`,
    () => {
      const article = readFileSync(SEED, 'utf8');
      const first = article.indexOf('قسد');
      const found = tagAllOccurrences({ id: 'seed', text: article }, { label: 'actor', text: 'قسد' }, [
        { start: first, end: first + 3, label: 'actor' },
      ]);
      expect(found).toHaveLength(10);
      expect(found.every((s) => article.slice(s.start, s.end) === 'قسد')).toBe(true);
    },
  );
});
