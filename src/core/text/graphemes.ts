/**
 * Grapheme boundaries (Intl.Segmenter, UAX #29 extended clusters): a base letter with its marks, an emoji
 * sequence, a CRLF never get split by a selection. Clusters never cross a line feed, so only the line around
 * an offset is segmented — snapping stays cheap on book-length texts.
 */
const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * The line holding a UTF-16 offset, with its terminating line feed included: that LF is a cluster of its own
 * (or the end of a CRLF cluster in raw, unnormalized text), so every offset in 0..text.length-1 falls in it.
 */
function lineAround(text: string, offset: number): { lineStart: number; line: string } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nextBreak = text.indexOf('\n', offset);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak + 1;
  return { lineStart, line: text.slice(lineStart, lineEnd) };
}

/** The grapheme boundary at or before a UTF-16 offset. */
export function graphemeStartAtOrBefore(text: string, utf16Offset: number): number {
  if (utf16Offset <= 0) return 0;
  if (utf16Offset >= text.length) return text.length;
  const { lineStart, line } = lineAround(text, utf16Offset);
  const local = utf16Offset - lineStart;
  const segment = segmenter.segment(line).containing(local);
  return lineStart + (segment ? segment.index : local);
}

/** The grapheme boundary at or after a UTF-16 offset. */
export function graphemeEndAtOrAfter(text: string, utf16Offset: number): number {
  if (utf16Offset <= 0) return 0;
  if (utf16Offset >= text.length) return text.length;
  const start = graphemeStartAtOrBefore(text, utf16Offset);
  if (start === utf16Offset) return utf16Offset;
  const { lineStart, line } = lineAround(text, utf16Offset);
  const segment = segmenter.segment(line).containing(utf16Offset - lineStart);
  return segment ? lineStart + segment.index + segment.segment.length : utf16Offset;
}

export function isGraphemeBoundary(text: string, utf16Offset: number): boolean {
  return graphemeStartAtOrBefore(text, utf16Offset) === utf16Offset;
}

/** Widens [start, end) (UTF-16) outward to the nearest grapheme boundaries; never narrows it. */
export function snapToGraphemes(text: string, start: number, end: number): { start: number; end: number } {
  const lo = Math.min(start, end);
  const hi = Math.max(start, end);
  return { start: graphemeStartAtOrBefore(text, lo), end: graphemeEndAtOrAfter(text, hi) };
}

const WHITESPACE_ONLY = /^\s+$/u;

/**
 * Drops whole whitespace graphemes from both ends of [start, end) (UTF-16, already on grapheme
 * boundaries): a drag that overshoots into the next space should not tag the space. A space that carries
 * a combining mark is a grapheme of its own and is kept, so no cluster is ever split.
 */
export function trimWhitespaceGraphemes(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const slice = text.slice(start, end);
  const clusters = [...segmenter.segment(slice)];
  let first = 0;
  let last = clusters.length - 1;
  while (first <= last && WHITESPACE_ONLY.test((clusters[first] as Intl.SegmentData).segment)) first++;
  while (last >= first && WHITESPACE_ONLY.test((clusters[last] as Intl.SegmentData).segment)) last--;
  if (first > last) return { start, end: start };
  const head = clusters[first] as Intl.SegmentData;
  const tail = clusters[last] as Intl.SegmentData;
  return { start: start + head.index, end: start + tail.index + tail.segment.length };
}
