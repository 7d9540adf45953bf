// Spans as W3C Web Annotations for the peers, with TextQuote and TextPosition selectors.

/** Offsets of each line's first character in `text`. */
export function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The line holding `offset` (binary search). */
export function lineOf(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The peers render one <p> per line with nothing in between, so their character offsets (over the text
 * nodes) skip the line breaks of the stored text: a position there is the stored offset minus its line.
 */
export function toW3C(span, starts) {
  const line = lineOf(starts, span.start);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: `#${span.id}`,
    body: [{ type: 'TextualBody', purpose: 'tagging', value: span.label }],
    target: {
      selector: [
        { type: 'TextQuoteSelector', exact: span.text },
        { type: 'TextPositionSelector', start: span.start - line, end: span.end - line },
      ],
    },
  };
}
