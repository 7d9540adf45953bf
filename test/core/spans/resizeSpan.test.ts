import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arrowIsForward,
  invalidResizeReason,
  moveSpanEdge,
  type ResizeStep,
  type SpanEdge,
} from '../../../src/core/spans/resizeSpan';
import { isGraphemeBoundary } from '../../../src/core/text/graphemes';
import { rawArticleText } from '../arbitraries';

// "قسد في الرقة والحسكة": قسد 0..3, في 4..6, الرقة 7..12, والحسكة 13..20.
const TEXT = 'قسد في الرقة والحسكة';

describe('moveSpanEdge', () => {
  it('moves the end by a grapheme, keeping a letter with its marks whole', () => {
    const marked = 'قَسَد في';
    expect(moveSpanEdge(marked, { start: 0, end: 2 }, 'end', true, 'grapheme')).toEqual({ start: 0, end: 4 });
    expect(moveSpanEdge(marked, { start: 0, end: 4 }, 'end', false, 'grapheme')).toEqual({
      start: 0,
      end: 2,
    });
  });

  it('moves the start by a grapheme both ways', () => {
    expect(moveSpanEdge(TEXT, { start: 8, end: 12 }, 'start', false, 'grapheme')).toEqual({
      start: 7,
      end: 12,
    });
    expect(moveSpanEdge(TEXT, { start: 7, end: 12 }, 'start', true, 'grapheme')).toEqual({
      start: 8,
      end: 12,
    });
  });

  it('grows by whole words and shrinks to the previous word, never resting on a space', () => {
    const span = { start: 7, end: 12 }; // الرقة
    expect(moveSpanEdge(TEXT, span, 'end', true, 'word')).toEqual({ start: 7, end: 20 });
    expect(moveSpanEdge(TEXT, span, 'start', false, 'word')).toEqual({ start: 4, end: 12 });
    expect(moveSpanEdge(TEXT, { start: 0, end: 12 }, 'end', false, 'word')).toEqual({ start: 0, end: 6 });
    expect(moveSpanEdge(TEXT, { start: 0, end: 12 }, 'start', true, 'word')).toEqual({ start: 4, end: 12 });
  });

  it('word moves cross paragraphs', () => {
    const text = 'أ ب\n\nج د';
    expect(moveSpanEdge(text, { start: 2, end: 3 }, 'end', true, 'word')).toEqual({ start: 2, end: 6 });
    expect(moveSpanEdge(text, { start: 5, end: 8 }, 'start', false, 'word')).toEqual({ start: 2, end: 8 });
  });

  it('refuses to empty the span or to move past the text', () => {
    expect(moveSpanEdge(TEXT, { start: 0, end: 1 }, 'end', false, 'grapheme')).toBeNull();
    expect(moveSpanEdge(TEXT, { start: 0, end: 1 }, 'start', true, 'grapheme')).toBeNull();
    expect(moveSpanEdge(TEXT, { start: 7, end: 12 }, 'end', false, 'word')).toBeNull();
    expect(moveSpanEdge(TEXT, { start: 13, end: 20 }, 'end', true, 'grapheme')).toBeNull();
    expect(moveSpanEdge(TEXT, { start: 0, end: 3 }, 'start', false, 'word')).toBeNull();
  });

  it('property: a moved span is non-empty, in range, on grapheme boundaries, and only the chosen edge moved', () => {
    fc.assert(
      fc.property(
        rawArticleText(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom<SpanEdge>('start', 'end'),
        fc.boolean(),
        fc.constantFrom<ResizeStep>('grapheme', 'word'),
        (text, a, b, edge, forward, step) => {
          fc.pre(text.length > 0);
          const boundaries = [...Array(text.length + 1).keys()].filter((i) => isGraphemeBoundary(text, i));
          const x = boundaries[a % boundaries.length] as number;
          const y = boundaries[b % boundaries.length] as number;
          fc.pre(x !== y);
          const range = { start: Math.min(x, y), end: Math.max(x, y) };
          const moved = moveSpanEdge(text, range, edge, forward, step);
          if (!moved) return;
          expect(invalidResizeReason(text, moved.start, moved.end)).toBeNull();
          if (edge === 'start') {
            expect(moved.end).toBe(range.end);
            expect(moved.start > range.start).toBe(forward);
          } else {
            expect(moved.start).toBe(range.start);
            expect(moved.end > range.end).toBe(forward);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: a grapheme step is undone by the opposite step', () => {
    fc.assert(
      fc.property(
        rawArticleText(),
        fc.nat(),
        fc.constantFrom<SpanEdge>('start', 'end'),
        fc.boolean(),
        (text, a, edge, forward) => {
          const boundaries = [...Array(text.length + 1).keys()].filter((i) => isGraphemeBoundary(text, i));
          fc.pre(boundaries.length >= 3);
          const i = 1 + (a % (boundaries.length - 2));
          const range = { start: boundaries[i - 1] as number, end: boundaries[i + 1] as number };
          const moved = moveSpanEdge(text, range, edge, forward, 'grapheme');
          if (!moved) return;
          expect(moveSpanEdge(text, moved, edge, !forward, 'grapheme')).toEqual(range);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('invalidResizeReason', () => {
  it('refuses empty, out of range and split-character bounds', () => {
    expect(invalidResizeReason(TEXT, 3, 3)).toMatch(/empty/);
    expect(invalidResizeReason(TEXT, 0, 99)).toMatch(/outside/);
    expect(invalidResizeReason('قَسَد', 0, 1)).toMatch(/inside a character/);
    expect(invalidResizeReason('👍🏽 ok', 0, 2)).toMatch(/inside a character/);
    expect(invalidResizeReason(TEXT, 7, 12)).toBeNull();
  });
});

describe('arrowIsForward', () => {
  it('ArrowLeft reads forward in a right-to-left paragraph, ArrowRight in a left-to-right one', () => {
    expect(arrowIsForward('ArrowLeft', true)).toBe(true);
    expect(arrowIsForward('ArrowRight', true)).toBe(false);
    expect(arrowIsForward('ArrowRight', false)).toBe(true);
    expect(arrowIsForward('ArrowLeft', false)).toBe(false);
  });
});
