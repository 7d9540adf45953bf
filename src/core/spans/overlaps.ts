import type { SpanRange } from './span';

/** Two half-open UTF-16 ranges share at least one code unit. An empty range (a caret) shares none. */
export function rangesOverlap(a: SpanRange, b: SpanRange): boolean {
  return a.start < a.end && b.start < b.end && a.start < b.end && b.start < a.end;
}

/** Spans covering a UTF-16 offset (the code unit at `offset`), shortest first: a click selects the innermost. */
export function spansAt<T extends SpanRange>(spans: readonly T[], offset: number): T[] {
  return spans
    .filter((span) => span.start <= offset && offset < span.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}

/** Spans overlapping a range. */
export function spansOverlapping<T extends SpanRange>(spans: readonly T[], range: SpanRange): T[] {
  return spans.filter((span) => rangesOverlap(span, range));
}

/**
 * The maximal UTF-16 ranges covered by two or more spans, in text order. Drawn with an extra mark so
 * overlapping annotations stay visible as overlapping, whatever their colours.
 */
export function overlapRegions(spans: readonly SpanRange[]): SpanRange[] {
  const events: Array<[offset: number, delta: number]> = [];
  for (const span of spans) {
    if (span.end <= span.start) continue;
    events.push([span.start, 1], [span.end, -1]);
  }
  // Ends before starts at the same offset: touching spans do not overlap.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const regions: SpanRange[] = [];
  let depth = 0;
  let openedAt = -1;
  for (const [offset, delta] of events) {
    const before = depth;
    depth += delta;
    if (before < 2 && depth >= 2) openedAt = offset;
    else if (before >= 2 && depth < 2 && offset > openedAt) {
      const last = regions[regions.length - 1];
      if (last && last.end === openedAt) last.end = offset;
      else regions.push({ start: openedAt, end: offset });
    }
  }
  return regions;
}
