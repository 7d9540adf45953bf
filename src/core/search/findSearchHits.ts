/**
 * The hits of a search query in one text: every occurrence of every part of the query (see searchQuery),
 * found the way tag-all-occurrences finds them (events/arabicMatch: folded comparison, whole words, Arabic
 * proclitics allowed in front), reported as UTF-16 ranges of the ORIGINAL text with their context.
 *
 * A text has hits only when every part of the query occurs in it (the parts are ANDed). A hit never starts or
 * ends inside a grapheme. It is widened over what folding ignores (a ZWNJ or ZWJ written after the last
 * letter belongs to its grapheme); where widening would take in more (a skin-tone modifier searched on its
 * own), the occurrence is dropped, so selecting a hit selects exactly what was searched for.
 */
import { findOccurrences } from '../events/arabicMatch';
import { normalizeForMatch } from '../events/matchFold';
import { snapOutward } from './graphemeEdges';
import type { SearchQuery } from './searchQuery';
import { type Snippet, snippetAround } from './snippet';

export interface SearchHit {
  /** UTF-16 code units into the original text, half-open: `text.slice(start, end)` is the hit as written. */
  readonly start: number;
  readonly end: number;
  /** Index of the query part this hit is an occurrence of. */
  readonly part: number;
  readonly snippet: Snippet;
}

export interface HitOptions {
  /** Code units of context on each side of a hit (default 40). */
  readonly context?: number;
  /** Stop after this many hits (default: all). */
  readonly limit?: number;
}

/** Every hit of `query` in `text`, in text order (overlapping hits of different parts are all kept). */
export function findSearchHits(text: string, query: SearchQuery, options: HitOptions = {}): SearchHit[] {
  if (query.parts.length === 0) return [];
  const ranges: Array<{ start: number; end: number; part: number }> = [];
  for (const [part, { text: phrase }] of query.parts.entries()) {
    const found = findOccurrences(text, phrase).flatMap((occurrence) => {
      const whole = wholeGraphemes(text, occurrence.start, occurrence.end);
      return whole ? [whole] : [];
    });
    if (found.length === 0) return [];
    for (const { start, end } of found) ranges.push({ start, end, part });
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end || a.part - b.part);
  const unique = ranges.filter(
    (range, index) =>
      index === 0 || range.start !== ranges[index - 1]?.start || range.end !== ranges[index - 1]?.end,
  );
  const limited = options.limit === undefined ? unique : unique.slice(0, options.limit);
  return limited.map((range) => ({
    ...range,
    snippet: snippetAround(text, range.start, range.end, options.context),
  }));
}

/** [start, end) widened to whole graphemes when only folded-away characters are added; otherwise null. */
function wholeGraphemes(text: string, start: number, end: number): { start: number; end: number } | null {
  const snapped = snapOutward(text, start, end);
  if (snapped.start === start && snapped.end === end) return snapped;
  const added = text.slice(snapped.start, start) + text.slice(end, snapped.end);
  return normalizeForMatch(added) === '' ? snapped : null;
}
