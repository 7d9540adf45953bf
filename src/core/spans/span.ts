import type { CasualtyAttributes } from '../coding/casualtyAttributes';
import type { GeoPrecision } from '../coding/place';
import type { LabelKey } from '../labels';

/** An annotation. Offsets are UTF-16 code units into the document's stored text, half-open [start, end). */
export interface Span {
  id: string;
  docId: string;
  start: number;
  end: number;
  label: LabelKey;
  /** The covered text, text.slice(start, end), kept so a dataset row reads on its own. */
  text: string;
  /** Who made it (preferences' annotator name, or the annotator of an imported dataset). */
  annotator?: string;
  /** A casualty count's coded figure (label casualty_count only). */
  attributes?: CasualtyAttributes;
  /** The registry actor this span names (label actor only). */
  actorId?: string;
  /** The place this span names (label place only), and how exactly. */
  placeId?: string;
  geoPrecision?: GeoPrecision;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

export type SpanRange = Pick<Span, 'start' | 'end'>;

/**
 * Text order: by start, then the longer span first (so an enclosing span precedes what it encloses), then id.
 * Ids compare by UTF-16 code unit, not localeCompare: a collation depends on the machine's locale and ties
 * distinct strings (e.g. "a" and "a\u0000", NFC and NFD), which would make export order nondeterministic.
 */
export function compareSpans(a: SpanRange & { id?: string }, b: SpanRange & { id?: string }): number {
  const idA = a.id ?? '';
  const idB = b.id ?? '';
  return a.start - b.start || b.end - a.end || (idA < idB ? -1 : idA > idB ? 1 : 0);
}

export function sortSpans<T extends SpanRange & { id?: string }>(spans: readonly T[]): T[] {
  return [...spans].sort(compareSpans);
}

/** Why a range cannot be an annotation of this text, or null when it can. */
export function invalidRangeReason(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'offsets must be whole numbers';
  if (start < 0 || end > text.length)
    return `offsets ${start}..${end} are outside the text (0..${text.length})`;
  if (start >= end) return 'the span is empty';
  // Such a span could not be exported: its code point offsets (Python slices) would not exist.
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    return 'an offset falls inside a character (between the two halves of a surrogate pair)';
  }
  return null;
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** A copy of text-ordered `spans` with `span` inserted in order: O(n) instead of re-sorting O(n log n). */
export function insertSorted<T extends SpanRange & { id?: string }>(spans: readonly T[], span: T): T[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareSpans(spans[mid] as T, span) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return [...spans.slice(0, lo), span, ...spans.slice(lo)];
}
