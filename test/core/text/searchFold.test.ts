import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchFold } from '../../../src/core/text/searchFold';

describe('searchFold', () => {
  it.each([
    ['الرقّة', 'الرقه'],
    ['الرقة', 'الرقه'],
    ['أعلنت', 'اعلنت'],
    ['إدلب', 'ادلب'],
    ['آلاف', 'الاف'],
    ['مستشفى', 'مستشفي'],
    ['قـــسد', 'قسد'],
    ['خَمْسَةُ', 'خمسه'],
    ['Deir ez-Zôr', 'deir ez-zor'],
    ['ÉTAT', 'etat'],
  ])('%s → %s', (input, expected) => {
    expect(searchFold(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = searchFold(text);
        expect(searchFold(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
