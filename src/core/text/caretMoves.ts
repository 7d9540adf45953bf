import { graphemeEndAtOrAfter, graphemeStartAtOrBefore } from './graphemes';

/**
 * Caret moves for keyboard-only annotation, in UTF-16 offsets of the stored text. Moves are logical (in
 * reading order); the view maps arrow keys to them according to each paragraph's direction.
 */
const words = new Intl.Segmenter('und', { granularity: 'word' });

/** The grapheme boundary after `offset` (a letter with its marks, a whole emoji). */
export function nextGraphemeBoundary(text: string, offset: number): number {
  if (offset >= text.length) return text.length;
  return graphemeEndAtOrAfter(text, offset + 1);
}

/** The grapheme boundary before `offset`. */
export function previousGraphemeBoundary(text: string, offset: number): number {
  if (offset <= 0) return 0;
  return graphemeStartAtOrBefore(text, offset - 1);
}

function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const next = text.indexOf('\n', offset);
  return { start, end: next === -1 ? text.length : next };
}

/** The end of the next word after `offset` (skipping spaces and punctuation), within the text. */
export function nextWordBoundary(text: string, offset: number): number {
  let from = offset;
  while (from < text.length) {
    const { start, end } = lineBounds(text, from);
    for (const segment of words.segment(text.slice(start, end))) {
      const segmentEnd = start + segment.index + segment.segment.length;
      if (segmentEnd > from && segment.isWordLike) return segmentEnd;
    }
    if (end >= text.length) return text.length;
    from = end + 1;
  }
  return text.length;
}

/** The start of the word before `offset`. */
export function previousWordBoundary(text: string, offset: number): number {
  let from = offset;
  while (from > 0) {
    const { start, end } = lineBounds(text, from);
    const segments = [...words.segment(text.slice(start, end))];
    for (let i = segments.length - 1; i >= 0; i--) {
      const segment = segments[i] as Intl.SegmentData;
      const segmentStart = start + segment.index;
      if (segmentStart < from && segment.isWordLike) return segmentStart;
    }
    if (start === 0) return 0;
    from = start - 1;
  }
  return 0;
}

/** Start and end of the line (paragraph) holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return lineBounds(text, offset).start;
}

export function lineEndOf(text: string, offset: number): number {
  return lineBounds(text, offset).end;
}
