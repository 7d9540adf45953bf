import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jumpTarget } from '../../../src/core/spans/jumpTarget';
import type { Span } from '../../../src/core/spans/span';

const span = (id: string, start: number, end: number): Span =>
  ({ id, docId: 'd', start, end, label: 'actor', text: '', createdAt: 0, updatedAt: 0 }) as Span;

// Text order: a [0,3), b [5,9), c [5,12), d [20,25).
const SPANS = [span('a', 0, 3), span('b', 5, 9), span('c', 5, 12), span('d', 20, 25)];

describe('jumpTarget', () => {
  it.each([
    // current, from (UTF-16), direction, expected
    [null, null, 'next', 'a'],
    [null, null, 'previous', 'd'],
    ['a', null, 'next', 'b'],
    ['b', null, 'next', 'c'],
    ['d', null, 'next', 'a'],
    ['a', null, 'previous', 'd'],
    ['c', 0, 'previous', 'b'],
    // From the caret when nothing is selected: the first annotation starting at or after it, the last before it.
    [null, 4, 'next', 'b'],
    [null, 5, 'next', 'b'],
    [null, 13, 'next', 'd'],
    [null, 21, 'next', 'a'],
    [null, 13, 'previous', 'c'],
    [null, 5, 'previous', 'a'],
    [null, 0, 'previous', 'd'],
    // An id no longer in the list (deleted meanwhile) counts as nothing selected.
    ['gone', 6, 'next', 'd'],
  ] as const)('current %s, from %s, %s → %s', (current, from, direction, expected) => {
    expect(jumpTarget(SPANS, current, from, direction)?.id).toBe(expected);
  });

  it('has nowhere to go in a document without annotations', () => {
    expect(jumpTarget([], null, 3, 'next')).toBeUndefined();
  });

  it('visits every annotation once, in text order, in either direction, before coming back', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(500), { minLength: 1, maxLength: 40 }), (starts) => {
        const spans = [...starts].sort((a, b) => a - b).map((start, i) => span(`s${i}`, start, start + 1));
        for (const direction of ['next', 'previous'] as const) {
          const seen: string[] = [];
          let current: string | null = null;
          for (let i = 0; i < spans.length; i++) {
            current = jumpTarget(spans, current, null, direction)?.id ?? null;
            seen.push(current as string);
          }
          const order = spans.map((s) => s.id);
          expect(seen).toEqual(direction === 'next' ? order : [...order].reverse());
          expect(jumpTarget(spans, current, null, direction)?.id).toBe(seen[0]);
        }
      }),
    );
  });
});
