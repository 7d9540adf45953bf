/**
 * The inner edges of words, in UTF-16 offsets of the stored text: where the next word starts and where the
 * previous word ends. caretMoves.ts has the outer ones (end of the next word, start of the previous one); a
 * span's edge that moves back by a word lands here, on the end of the word before, not on its trailing space.
 * Words come from Intl.Segmenter (UAX #29), one line (paragraph) at a time: no word crosses a line feed.
 */
const words = new Intl.Segmenter('und', { granularity: 'word' });

/** The start of the line holding `offset` (lastIndexOf with a negative start would still look at index 0). */
function lineStartOf(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

function wordRangesOfLine(text: string, lineStart: number): Array<{ start: number; end: number }> {
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const ranges: Array<{ start: number; end: number }> = [];
  for (const segment of words.segment(line)) {
    if (!segment.isWordLike) continue;
    ranges.push({
      start: lineStart + segment.index,
      end: lineStart + segment.index + segment.segment.length,
    });
  }
  return ranges;
}

/** The start of the first word that starts after `offset`, or null when no word follows. */
export function nextWordStart(text: string, offset: number): number | null {
  let lineStart = lineStartOf(text, offset);
  while (lineStart <= text.length) {
    const found = wordRangesOfLine(text, lineStart).find((word) => word.start > offset);
    if (found) return found.start;
    const lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) return null;
    lineStart = lineEnd + 1;
  }
  return null;
}

/** The end of the last word that ends before `offset`, or null when no word precedes. */
export function previousWordEnd(text: string, offset: number): number | null {
  let lineStart = lineStartOf(text, offset);
  for (;;) {
    const ranges = wordRangesOfLine(text, lineStart).filter((word) => word.end < offset);
    const found = ranges[ranges.length - 1];
    if (found) return found.end;
    if (lineStart === 0) return null;
    // The line before ends at lineStart - 1 (its line feed): strictly earlier, so this ends.
    lineStart = lineStartOf(text, lineStart - 1);
  }
}
