/**
 * Grapheme checks for search hits and snippets, with a fast path. Segmenting a paragraph with
 * Intl.Segmenter for every hit dominated the time of a search; between two "plain" characters (printable
 * ASCII, a line feed, basic Arabic letters, an ordinary space) there is always a grapheme boundary (no rule of
 * UAX #29 joins them), so the segmenter is asked only next to anything else (marks, joiners, emoji, CR…).
 */
import { graphemeEndAtOrAfter, graphemeStartAtOrBefore, snapToGraphemes } from '../text/graphemes';

const PLAIN = /^[\u0020-\u007E\n\u00A0\u0621-\u063A\u0641-\u064A]$/;

function plainAround(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  return PLAIN.test(text[offset - 1] as string) && PLAIN.test(text[offset] as string);
}

export function startAtOrBefore(text: string, offset: number): number {
  return plainAround(text, offset) ? offset : graphemeStartAtOrBefore(text, offset);
}

export function endAtOrAfter(text: string, offset: number): number {
  return plainAround(text, offset) ? offset : graphemeEndAtOrAfter(text, offset);
}

/** [start, end) widened outward to grapheme boundaries. */
export function snapOutward(text: string, start: number, end: number): { start: number; end: number } {
  if (plainAround(text, start) && plainAround(text, end)) return { start, end };
  return snapToGraphemes(text, start, end);
}
