/** Validation of casualty attributes: each rule with its message, and a property that valid ones stay valid. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASUALTY_CATEGORIES,
  CASUALTY_PRECISIONS,
  CASUALTY_VICTIMS,
  type CasualtyAttributes,
  isValidCasualtyAttributes,
  validateCasualtyAttributes,
} from '../../../src/core/coding';

const fields = (attributes: unknown) =>
  validateCasualtyAttributes(attributes).map((problem) => problem.field);

describe('validateCasualtyAttributes', () => {
  it('accepts one value, a full range, or no figure at all', () => {
    expect(validateCasualtyAttributes({ value: 5, precision: 'exact', proposed: true })).toEqual([]);
    expect(
      validateCasualtyAttributes({
        low: 10,
        best: 12,
        high: 15,
        precision: 'approximate',
        category: 'killed',
        victims: 'civilians',
        proposed: false,
      }),
    ).toEqual([]);
    expect(validateCasualtyAttributes({ precision: 'at_least', proposed: false })).toEqual([]);
    expect(validateCasualtyAttributes({ value: 0, precision: 'exact', proposed: false })).toEqual([]);
  });

  it.each([
    [
      'a negative value',
      { value: -1, precision: 'exact', proposed: false },
      ['value'],
      'whole number, 0 or more',
    ],
    ['a fraction', { value: 2.5, precision: 'exact', proposed: false }, ['value'], 'whole number'],
    ['a string', { value: '5', precision: 'exact', proposed: false }, ['value'], 'whole number'],
    [
      'both a value and a range',
      { value: 5, low: 1, best: 2, high: 3, precision: 'exact', proposed: false },
      ['value'],
      'not both',
    ],
    [
      'half a range',
      { low: 1, high: 3, precision: 'approximate', proposed: false },
      ['best'],
      'needs low, best and high',
    ],
    [
      'best below low',
      { low: 5, best: 4, high: 9, precision: 'approximate', proposed: false },
      ['best'],
      'below the low',
    ],
    [
      'best above high',
      { low: 1, best: 10, high: 9, precision: 'approximate', proposed: false },
      ['best'],
      'above the high',
    ],
    [
      'an unknown precision',
      { value: 1, precision: 'roughly', proposed: false },
      ['precision'],
      'exact, at_least',
    ],
    [
      'an unknown category',
      { value: 1, precision: 'exact', category: 'dead', proposed: false },
      ['category'],
      'killed',
    ],
    [
      'unknown victims',
      { value: 1, precision: 'exact', victims: 'soldiers', proposed: false },
      ['victims'],
      'civilians',
    ],
    ['no proposed flag', { value: 1, precision: 'exact' }, ['proposed'], 'true or false'],
    ['an unknown field', { value: 1, precision: 'exact', proposed: false, deaths: 3 }, ['value'], 'deaths'],
  ])('refuses %s, saying why', (_, attributes, expectedFields, words) => {
    const problems = validateCasualtyAttributes(attributes);
    expect(problems.map((problem) => problem.field)).toEqual(expectedFields);
    expect(problems.map((problem) => problem.message).join(' ')).toContain(words);
  });

  it('refuses what is not an object', () => {
    expect(fields(null)).toEqual(['value']);
    expect(fields([1])).toEqual(['value']);
    expect(isValidCasualtyAttributes('5')).toBe(false);
  });

  it('any value or ordered range with known keys is valid, and survives a JSON round trip unchanged', () => {
    const figure = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    const figures = fc.oneof(
      fc.record({ value: figure }),
      fc
        .tuple(figure, figure, figure)
        .map((three) => three.sort((a, b) => a - b))
        .map(([low, best, high]) => ({ low, best, high })),
      fc.constant({}),
    );
    const attributes: fc.Arbitrary<CasualtyAttributes> = fc
      .tuple(
        figures,
        fc.record(
          {
            precision: fc.constantFrom(...CASUALTY_PRECISIONS.map((entry) => entry.key)),
            category: fc.constantFrom(...CASUALTY_CATEGORIES.map((entry) => entry.key)),
            victims: fc.constantFrom(...CASUALTY_VICTIMS.map((entry) => entry.key)),
            proposed: fc.boolean(),
          },
          { requiredKeys: ['precision', 'proposed'] },
        ),
      )
      .map(([figures, rest]) => ({ ...figures, ...rest }));
    fc.assert(
      fc.property(attributes, (value) => {
        expect(validateCasualtyAttributes(value)).toEqual([]);
        expect(JSON.parse(JSON.stringify(value))).toEqual(value);
      }),
    );
  });
});
