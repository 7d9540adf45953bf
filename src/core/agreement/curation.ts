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

/** The ranges and labels (as curationChange keys them) one version holds over a document's rows. */
export function versionKeys(rows: readonly SpanDifference<ComparedSpan>[], version: Version): Set<string> {
  const keys = new Set<string>();
  for (const row of rows) for (const span of version === 'a' ? row.a : row.b) keys.add(key(span));
  return keys;
}

/**
 * `held`: the ranges and labels the chosen version holds over all the document's rows (versionKeys), when the
 * caller has them. Such a span stays in the curated set: an annotator's duplicate of a span both annotators share
 * is a row of its own ("only A"), and accepting B there must not delete the span they share.
 */
export function curationChange<T extends ComparedSpan>(
  row: SpanDifference<T>,
  version: Version,
  curated: ReadonlyArray<ComparedSpan & { id: string }>,
  held: ReadonlySet<string> = new Set(),
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
    if ((chosenKeys.has(k) || held.has(k)) && !kept.has(k)) kept.add(k);
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
 * is empty (B on an only-a row) cannot be told from an undecided one: null. `held` (versionKeys of each version,
 * when the caller has them): a span of the other version that the chosen one holds in another row may be there.
 */
export function acceptedVersion(
  row: SpanDifference,
  curated: readonly ComparedSpan[],
  held?: { a: ReadonlySet<string>; b: ReadonlySet<string> },
): Version | 'both' | null {
  const present = new Set(curated.map(key));
  const holds = (spans: readonly ComparedSpan[]) =>
    spans.length > 0 && spans.every((span) => present.has(key(span)));
  const without = (spans: readonly ComparedSpan[], chosen: readonly ComparedSpan[], version: Version) => {
    const shared = new Set(chosen.map(key));
    return spans.every(
      (span) => shared.has(key(span)) || held?.[version].has(key(span)) || !present.has(key(span)),
    );
  };
  if (row.kind === 'identical') return holds(row.a) ? 'both' : null;
  if (holds(row.a) && without(row.b, row.a, 'a')) return 'a';
  if (holds(row.b) && without(row.a, row.b, 'b')) return 'b';
  return null;
}
