/**
 * Accepting one annotator's version of a difference into the curated set (the spans of annotator "curated"):
 * which curated spans to delete and which spans to add so that, for this row, the curated set holds exactly the
 * chosen version. Curated spans are matched to the row's spans by start, end and label, and the curated set holds
 * one span per range and label (an annotator's duplicate becomes one curated span); curated spans that match
 * neither version (a curator's own edit) are left alone.
 */
import type { ComparedSpan, SpanDifference } from './spanDifferences';

export const CURATED_ANNOTATOR = 'curated';

export type Version = 'a' | 'b';

export interface CurationChange<T extends ComparedSpan = ComparedSpan> {
  /** Ids of curated spans to delete. */
  remove: string[];
  /**
   * The chosen version's spans to copy as annotator "curated" (UTF-16 offsets), themselves: the copy keeps what
   * else they carry (a casualty count's figures, an actor or place link).
   */
  add: T[];
}

const key = (span: ComparedSpan) => `${span.start} ${span.end} ${span.label}`;

export function curationChange<T extends ComparedSpan>(
  row: SpanDifference<T>,
  version: Version,
  curated: ReadonlyArray<ComparedSpan & { id: string }>,
): CurationChange<T> {
  const chosen = version === 'a' ? row.a : row.b;
  const chosenKeys = new Set(chosen.map(key));
  const rowKeys = new Set([...row.a, ...row.b].map(key));
  const remove: string[] = [];
  const kept = new Set<string>();
  for (const span of curated) {
    const k = key(span);
    if (!rowKeys.has(k)) continue;
    // One curated span per range and label: the other version's spans and copies go.
    if (chosenKeys.has(k) && !kept.has(k)) kept.add(k);
    else remove.push(span.id);
  }
  const add: T[] = [];
  for (const span of chosen) {
    if (kept.has(key(span))) continue;
    kept.add(key(span));
    add.push(span);
  }
  return { remove, add };
}

/**
 * Which version the curated set holds for a row: the one whose spans are all there while the other version's
 * own spans are not; "both" for an identical row that is there; null when undecided. A row whose chosen version
 * is empty (B on an only-a row) cannot be told from an undecided one: null.
 */
export function acceptedVersion(
  row: SpanDifference,
  curated: readonly ComparedSpan[],
): Version | 'both' | null {
  const present = new Set(curated.map(key));
  const holds = (spans: readonly ComparedSpan[]) =>
    spans.length > 0 && spans.every((span) => present.has(key(span)));
  const without = (spans: readonly ComparedSpan[], chosen: readonly ComparedSpan[]) => {
    const shared = new Set(chosen.map(key));
    return spans.every((span) => shared.has(key(span)) || !present.has(key(span)));
  };
  if (row.kind === 'identical') return holds(row.a) ? 'both' : null;
  if (holds(row.a) && without(row.b, row.a)) return 'a';
  if (holds(row.b) && without(row.a, row.b)) return 'b';
  return null;
}
