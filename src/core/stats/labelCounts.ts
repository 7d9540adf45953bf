import { LABELS } from '../labels';
import type { StatsLabel, StatsSpan } from './statisticsInput';

export interface LabelCount {
  label: string;
  name: string;
  color: string;
  /** Annotations with this label. */
  count: number;
  /** Documents with at least one such annotation. */
  documents: number;
}

/** Grey for a label the schema does not know (a dataset imported with other labels). */
export const UNKNOWN_LABEL_COLOR = '#999999';

/**
 * Annotations per label: every label of the schema in its order, zero counts included (a label nobody used is
 * worth seeing), then any other label found, by key.
 */
export function countByLabel(
  spans: readonly StatsSpan[],
  labels: readonly StatsLabel[] = LABELS,
): LabelCount[] {
  const counts = new Map<string, { count: number; docs: Set<string> }>();
  for (const span of spans) {
    let entry = counts.get(span.label);
    if (!entry) {
      entry = { count: 0, docs: new Set() };
      counts.set(span.label, entry);
    }
    entry.count++;
    entry.docs.add(span.docId);
  }
  const known = new Set(labels.map((label) => label.key));
  const others = [...counts.keys()].filter((key) => !known.has(key)).sort();
  return [
    ...labels.map((label) => ({ label: label.key, name: label.name, color: label.color })),
    ...others.map((key) => ({ label: key, name: key, color: UNKNOWN_LABEL_COLOR })),
  ].map((label) => ({
    ...label,
    count: counts.get(label.label)?.count ?? 0,
    documents: counts.get(label.label)?.docs.size ?? 0,
  }));
}
