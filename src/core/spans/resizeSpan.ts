/**
 * Moving one edge of an annotation (issue 8), in UTF-16 offsets of the stored text. Moves are logical (reading
 * order): `forward` moves an edge towards the end of the text, whatever the paragraph's direction; the keys map
 * arrows to it with `arrowIsForward`. Every result lies on grapheme boundaries, so a letter and its marks or an
 * emoji are never split, and is never empty.
 */
import {
  nextGraphemeBoundary,
  nextWordBoundary,
  previousGraphemeBoundary,
  previousWordBoundary,
} from '../text/caretMoves';
import { isGraphemeBoundary } from '../text/graphemes';
import { nextWordStart, previousWordEnd } from '../text/wordEdges';
import { invalidRangeReason, type SpanRange } from './span';

export type SpanEdge = 'start' | 'end';
export type ResizeStep = 'grapheme' | 'word';

/** Why [start, end) cannot be an annotation's new bounds, or null when it can. */
export function invalidResizeReason(text: string, start: number, end: number): string | null {
  const problem = invalidRangeReason(text, start, end);
  if (problem) return problem;
  if (!isGraphemeBoundary(text, start) || !isGraphemeBoundary(text, end))
    return 'an edge would fall inside a character (a letter and its marks, or an emoji)';
  return null;
}

/**
 * Where `edge` of `range` goes after one step. A word step goes to the outer edge of the next word when it
 * grows the span (start back to a word's start, end on to a word's end) and to the inner edge when it shrinks
 * it (start on to the next word's start, end back to the previous word's end), so no edge rests on a space.
 */
function movedEdge(
  text: string,
  range: SpanRange,
  edge: SpanEdge,
  forward: boolean,
  step: ResizeStep,
): number {
  const at = edge === 'start' ? range.start : range.end;
  if (step === 'grapheme')
    return forward ? nextGraphemeBoundary(text, at) : previousGraphemeBoundary(text, at);
  if (edge === 'end') return forward ? nextWordBoundary(text, at) : (previousWordEnd(text, at) ?? at);
  return forward ? (nextWordStart(text, at) ?? at) : previousWordBoundary(text, at);
}

/**
 * `range` with one edge moved one step, or null when that is not possible: the edge is already at the text's
 * end, or the span would become empty (an edge never passes the other one).
 */
export function moveSpanEdge(
  text: string,
  range: SpanRange,
  edge: SpanEdge,
  forward: boolean,
  step: ResizeStep,
): SpanRange | null {
  const moved = movedEdge(text, range, edge, forward, step);
  const next = edge === 'start' ? { start: moved, end: range.end } : { start: range.start, end: moved };
  if (next.start === range.start && next.end === range.end) return null;
  if (next.start >= next.end) return null;
  return next;
}

/** Whether an arrow key moves forward in reading order: ArrowRight in a left-to-right paragraph, ArrowLeft in a right-to-left one. */
export function arrowIsForward(key: 'ArrowLeft' | 'ArrowRight', paragraphIsRtl: boolean): boolean {
  return (key === 'ArrowLeft') === paragraphIsRtl;
}
