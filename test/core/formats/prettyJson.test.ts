/**
 * prettyJson must write exactly what JSON.stringify(value, null, indent) writes: the Spanlight JSON writer uses it
 * instead of JSON.stringify for speed, and its files must stay byte for byte the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prettyJson } from '../../../src/core/formats/prettyJson';

const indent = fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constantFrom('\t', '--', ' '));
const pad = (gap: number | string) => (typeof gap === 'number' ? ' '.repeat(gap) : gap);

/** What JSON.stringify gives, or the error it throws (compared by its type). */
function outcome(write: () => string | undefined): { text?: string; error?: string } {
  try {
    return { text: write() };
  } catch (error) {
    return { error: (error as Error).constructor.name };
  }
}

describe('prettyJson', () => {
  it('writes what JSON.stringify writes with the same indent, for any value', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withSparseArray: true,
          withTypedArray: true,
          withBigInt: true,
          withObjectString: true,
        }),
        indent,
        (value, gap) => {
          expect(outcome(() => prettyJson(value, pad(gap)))).toEqual(
            outcome(() => JSON.stringify(value, null, gap)),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes records as the export holds them: nested, empty, undefined and toJSON fields, Arabic text', () => {
    const record = {
      id: 'd1',
      text: 'قتل 3 مدنيين في "الحسكة"\n\\ \u2028',
      empty: {},
      none: [],
      skipped: undefined,
      fn: () => 1,
      at: new Date(Date.UTC(2026, 11, 1)),
      list: [1, undefined, null, Number.NaN, -0, { deep: [[]] }],
    };
    for (const gap of [1, 2, 4, '\t']) {
      expect(prettyJson(record, pad(gap))).toBe(JSON.stringify(record, null, gap));
    }
    expect(prettyJson(undefined, '  ')).toBeUndefined();
  });

  it('starts at the given depth, as the value would sit inside its file', () => {
    const record = { a: [1, { b: 'x' }], c: {} };
    const inFile = JSON.stringify({ documents: [record] }, null, 2);
    const written = prettyJson(record, '  ', '    ') as string;
    expect(inFile).toContain(`\n    ${written}\n`);
  });
});
