import { readCasualtyCount } from '../events/readCount';
import type { Span } from '../spans/span';
import type { CasualtyCategory } from './casualtyAttributes';

/** The figures a casualty-count span states, as a low/best/high triple (a single value fills all three). */
export interface SpanFigures {
  low: number;
  best: number;
  high: number;
  category?: CasualtyCategory;
  /** 'attributes': coded on the span (proposed or edited); 'reading': read now, the span has none yet. */
  from: 'attributes' | 'reading';
}

/** How far the number reader looks around a span for "killed", "wounded"… (it uses 400 at most). */
const CONTEXT_CHARS = 400;

/**
 * The figures of a casualty-count span: its coded attributes when it has them, otherwise what the number
 * reader reads from its text (and, when the document text is given, the words around it). A value `v` is
 * low = best = high = v; a range keeps its ends and best. Null when the span states no figure.
 */
export function figuresOfSpan(span: Span, documentText?: string): SpanFigures | null {
  const coded = span.attributes;
  const reading =
    coded ??
    readCasualtyCount(
      span.text,
      documentText === undefined
        ? undefined
        : {
            before: documentText.slice(Math.max(0, span.start - CONTEXT_CHARS), span.start),
            after: documentText.slice(span.end, span.end + CONTEXT_CHARS),
          },
    );
  if (!reading) return null;
  const best = reading.best ?? reading.value ?? reading.low ?? reading.high;
  if (best === undefined) return null;
  const figures: SpanFigures = {
    low: reading.low ?? reading.value ?? best,
    best,
    high: reading.high ?? reading.value ?? best,
    from: coded ? 'attributes' : 'reading',
  };
  if (reading.category) figures.category = reading.category;
  return figures;
}
