/**
 * Anchoring a W3C TextQuoteSelector (exact + prefix + suffix) in a text, in the spirit of Hypothesis's
 * anchoring/text-quote.ts but exact-only: every occurrence of `exact` is a candidate, scored by how many
 * characters of `prefix` match just before it (compared from the end) and of `suffix` just after it (from the
 * start), plus a small bonus for being near a position hint (a TextPositionSelector that no longer matches).
 * The best score wins; when several candidates share it the quote is ambiguous and the caller warns. No fuzzy
 * matching: a quote whose exact text is not in the document is not anchored (and the caller lists it).
 * Offsets are UTF-16 code units of `text`.
 */

export interface TextQuote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export type QuoteAnchor =
  | { ok: true; start: number; end: number; ambiguous: boolean; candidates: number }
  | { ok: false; reason: string };

export function anchorQuote(text: string, quote: TextQuote, hint?: number): QuoteAnchor {
  if (quote.exact === '') return { ok: false, reason: 'its quote is empty' };
  const starts: number[] = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) starts.push(at);
  if (starts.length === 0)
    return { ok: false, reason: `its quote ${JSON.stringify(quote.exact)} is not in the text` };
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const scored = starts.map((start) => {
    const end = start + quote.exact.length;
    let before = 0;
    while (
      before < prefix.length &&
      start - before - 1 >= 0 &&
      text[start - before - 1] === prefix[prefix.length - before - 1]
    ) {
      before++;
    }
    let after = 0;
    while (after < suffix.length && end + after < text.length && text[end + after] === suffix[after]) after++;
    // Context decides; the hint only breaks ties (it is worth less than one character of context).
    const nearness = hint === undefined ? 0 : 1 / (2 + Math.abs(start - hint));
    return { start, end, context: before + after, score: before + after + nearness };
  });
  scored.sort((a, b) => b.score - a.score || a.start - b.start);
  const best = scored[0] as (typeof scored)[number];
  const tied = scored.filter((candidate) => candidate.score === best.score).length;
  return { ok: true, start: best.start, end: best.end, ambiguous: tied > 1, candidates: starts.length };
}

/** Up to `count` code points before `start` and after `end` (UTF-16 offsets): a TextQuoteSelector's context. */
export function quoteContext(
  text: string,
  start: number,
  end: number,
  count: number,
): { prefix: string; suffix: string } {
  let from = start;
  for (let n = 0; n < count && from > 0; n++) {
    const low = text.charCodeAt(from - 1);
    const high = text.charCodeAt(from - 2);
    from -= low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
  }
  let to = end;
  for (let n = 0; n < count && to < text.length; n++) {
    const high = text.charCodeAt(to);
    const low = text.charCodeAt(to + 1);
    to += high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
  }
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}
