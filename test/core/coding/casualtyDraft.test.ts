/** The side panel's form ↔ stored attributes: typed digits of both sets and separators, and the round trip. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attributesFromDraft,
  CASUALTY_CATEGORIES,
  CASUALTY_PRECISIONS,
  CASUALTY_VICTIMS,
  type CasualtyAttributes,
  draftFromAttributes,
  draftProblems,
  parseFigure,
} from '../../../src/core/coding';

describe('parseFigure', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['34', 34],
    ['٣٤', 34],
    ['۳۴', 34],
    ['1,046', 1046],
    ['١٬٠٤٦', 1046],
    ['1 046', 1046],
    [' 0 ', 0],
  ])('%j → %j', (typed, expected) => {
    expect(parseFigure(typed)).toBe(expected);
  });

  it.each(['-3', '2.5', 'five', '3a', '+4'])('%j is not a whole number', (typed) => {
    expect(parseFigure(typed)).toBeNaN();
  });

  it('a draft with a word in a figure says which field', () => {
    const draft = { ...draftFromAttributes(undefined), best: 'five' };
    expect(draftProblems(draft).map((problem) => problem.field)).toContain('best');
  });
});

describe('draft round trip', () => {
  it('attributes → draft → attributes is the identity (without the proposed flag)', () => {
    const figure = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    const attributes: fc.Arbitrary<CasualtyAttributes> = fc.record(
      {
        value: figure,
        low: figure,
        best: figure,
        high: figure,
        precision: fc.constantFrom(...CASUALTY_PRECISIONS.map((entry) => entry.key)),
        category: fc.constantFrom(...CASUALTY_CATEGORIES.map((entry) => entry.key)),
        victims: fc.constantFrom(...CASUALTY_VICTIMS.map((entry) => entry.key)),
        proposed: fc.boolean(),
      },
      { requiredKeys: ['precision', 'proposed'] },
    );
    fc.assert(
      fc.property(attributes, ({ proposed: _proposed, ...stored }) => {
        expect(attributesFromDraft(draftFromAttributes({ ...stored, proposed: true }))).toEqual(stored);
      }),
    );
  });

  it('any figure typed in either digit set, with or without separators, reads back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.nat(2),
        fc.boolean(),
        (n, set, sep) => {
          let typed = sep ? n.toLocaleString('en-US') : String(n);
          if (set > 0) {
            const digits = set === 1 ? '٠١٢٣٤٥٦٧٨٩' : '۰۱۲۳۴۵۶۷۸۹';
            typed = typed.replace(/\d/g, (d) => digits[Number(d)] ?? d).replace(/,/g, '٬');
          }
          expect(parseFigure(typed)).toBe(n);
        },
      ),
    );
  });
});
