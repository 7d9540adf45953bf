/**
 * The context shown around a search hit: a few words before and after it, within its own line (paragraph),
 * cut at white space where possible and never inside a grapheme. The pieces are slices of the original text;
 * the interface emphasises `match` and isolates the whole for bidi (an Arabic hit in an English list).
 */
import { endAtOrAfter, startAtOrBefore } from './graphemeEdges';

export interface Snippet {
  readonly before: string;
  readonly match: string;
  readonly after: string;
  /** True when text of the line was left out before / after the snippet (show an ellipsis). */
  readonly clippedBefore: boolean;
  readonly clippedAfter: boolean;
}

/** Context around [start, end) (UTF-16 code units): about `context` code units each side. */
export function snippetAround(text: string, start: number, end: number, context = 40): Snippet {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;

  let from = Math.max(lineStart, start - context);
  if (from > lineStart) {
    // Start after the first white space in reach, so the snippet opens on a whole word.
    const space = text.slice(from, start).search(/\s/);
    if (space !== -1) from += space + 1;
    from = startAtOrBefore(text, from);
  }
  let to = Math.min(lineEnd, end + context);
  if (to < lineEnd) {
    const tail = text.slice(end, to);
    const lastSpace = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\t'));
    if (lastSpace > 0) to = end + lastSpace;
    to = endAtOrAfter(text, to);
  }
  return {
    before: text.slice(from, start).trimStart(),
    match: text.slice(start, end),
    after: text.slice(end, to).trimEnd(),
    clippedBefore: from > lineStart,
    clippedAfter: to < lineEnd,
  };
}
