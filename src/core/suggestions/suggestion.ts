import type { GeoPrecision } from '../coding/place';
import type { LabelKey } from '../labels';

/**
 * A proposed annotation, not yet accepted: kept in memory only, never stored, until the researcher accepts it
 * (then it becomes an ordinary span) or rejects it. Offsets are UTF-16 code units into the document's stored
 * text, half-open, like a span's.
 */
export interface Suggestion {
  /** `${docId}:${start}:${end}:${label}`: one range and label is suggested once, whatever found it. */
  readonly id: string;
  readonly docId: string;
  readonly start: number;
  readonly end: number;
  readonly label: LabelKey;
  /** text.slice(start, end). */
  readonly text: string;
  /** Why: another occurrence of a tagged span, an actor of the registry, a place name of the gazetteer. */
  readonly source: 'occurrence' | 'actor' | 'place';
  /** The name that was looked for, as written in the span, the registry or the gazetteer. */
  readonly matched: string;
  /** Links the accepted span receives. */
  readonly actorId?: string;
  /** A stored place id, or a gazetteer id ("geonames:…", "alias:…") to copy into the library on accept. */
  readonly placeRef?: string;
  readonly geoPrecision?: GeoPrecision;
}

export function suggestionId(docId: string, start: number, end: number, label: LabelKey): string {
  return `${docId}:${start}:${end}:${label}`;
}

/** True when [aStart, aEnd) and [bStart, bEnd) share at least one code unit. */
export function rangesOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
