// Generated annotations over a text: runs of 1–3 words inside one paragraph, in the app's Span row shape.

const LABELS = ['actor', 'place', 'casualty_count'];
const WORD = /[^\s.,،؛:!?()«»"]+/g;

/** Every word of `text` with its UTF-16 offsets and its paragraph (line) index. */
export function words(text) {
  const result = [];
  let line = 0;
  let lineEnd = text.indexOf('\n');
  for (const match of text.matchAll(WORD)) {
    while (lineEnd !== -1 && match.index > lineEnd) {
      line++;
      lineEnd = text.indexOf('\n', lineEnd + 1);
    }
    result.push({ start: match.index, end: match.index + match[0].length, line });
  }
  return result;
}

function row(text, docId, id, start, end, label, time) {
  return { id, docId, start, end, label, text: text.slice(start, end), createdAt: time, updatedAt: time };
}

/**
 * `count` spans that never overlap, spread at random over the text, returned in generation order (so the
 * first N of them are also spread over the whole text). `taken[i]` is set for each word i they cover.
 */
export function disjointSpans(random, text, tokens, docId, count, idPrefix) {
  const taken = new Uint8Array(tokens.length);
  const order = random.shuffle(Array.from(tokens.keys()));
  const spans = [];
  for (const first of order) {
    if (spans.length === count) break;
    let last = first + random.pick([0, 0, 0, 1, 1, 2]);
    while (last > first && (last >= tokens.length || tokens[last].line !== tokens[first].line)) last--;
    let free = true;
    for (let i = first; i <= last; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = first; i <= last; i++) taken[i] = 1;
    const id = `${idPrefix}-${String(spans.length).padStart(6, '0')}`;
    const time = 1_767_225_600_000 + spans.length;
    spans.push(row(text, docId, id, tokens[first].start, tokens[last].end, random.pick(LABELS), time));
    spans[spans.length - 1].words = [first, last];
  }
  if (spans.length < count) throw new Error(`only ${spans.length} of ${count} spans fit the text`);
  return { spans, taken };
}

/** Spans that each overlap one of `spans` partly: from its last word to the next word in the paragraph. */
export function overlappingSpans(random, text, tokens, spans, count, idPrefix) {
  const result = [];
  for (const base of random.shuffle([...spans])) {
    if (result.length === count) break;
    const [, last] = base.words;
    const next = tokens[last + 1];
    if (!next || next.line !== tokens[last].line) continue;
    const id = `${idPrefix}-${String(result.length).padStart(6, '0')}`;
    const start = tokens[last].start;
    result.push(row(text, base.docId, id, start, next.end, random.pick(LABELS), base.createdAt));
  }
  return result;
}

/** The row as stored (without the generator's bookkeeping). */
export function stored(span) {
  const { words: _words, ...rest } = span;
  return rest;
}
