import { byCountThenName, type StatsSpan } from './statisticsInput';

export interface AnnotatorCount {
  /** The annotator as recorded, or null for annotations made before a name was set. */
  annotator: string | null;
  /** What the interface shows: the name, or "No name". */
  name: string;
  key: string;
  count: number;
  documents: number;
  /** Annotations per label key. */
  byLabel: Record<string, number>;
}

export const NO_ANNOTATOR_NAME = 'No name';

/** Annotations per annotator (most first), with how many documents each worked on and their labels. */
export function countByAnnotator(spans: readonly StatsSpan[]): AnnotatorCount[] {
  const rows = new Map<
    string,
    { annotator: string | null; count: number; docs: Set<string>; byLabel: Record<string, number> }
  >();
  for (const span of spans) {
    const annotator = span.annotator?.trim() ? span.annotator : null;
    // A key no name can take: the empty name and "no name at all" are one row.
    const key = annotator === null ? '' : `@${annotator}`;
    let row = rows.get(key);
    if (!row) {
      row = { annotator, count: 0, docs: new Set(), byLabel: {} };
      rows.set(key, row);
    }
    row.count++;
    row.docs.add(span.docId);
    row.byLabel[span.label] = (row.byLabel[span.label] ?? 0) + 1;
  }
  return [...rows]
    .map(([key, row]) => ({
      annotator: row.annotator,
      name: row.annotator ?? NO_ANNOTATOR_NAME,
      key,
      count: row.count,
      documents: row.docs.size,
      byLabel: row.byLabel,
    }))
    .sort(byCountThenName);
}
