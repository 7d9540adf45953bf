/**
 * Where two annotators differ on one document: every span of A and of B lands in exactly one row, so a curator
 * can go through the rows and take one version of each.
 *
 * Rows, found in this order (each step only sees the spans the earlier ones left):
 * - identical: a span of A and one of B with the same start, end and label (one to one);
 * - label: the same range, different labels (one to one);
 * - boundary: spans of A and B that overlap with different boundaries (or labels), grouped transitively — one
 *   long span of A against two short ones of B is one row, since accepting either version decides all three;
 * - only-a / only-b: a span that overlaps nothing on the other side.
 * Offsets are UTF-16 code units of the stored text, half-open; a row's start/end cover all its spans.
 */

export interface ComparedSpan {
  id?: string;
  start: number;
  end: number;
  label: string;
}

export type DifferenceKind = 'identical' | 'label' | 'boundary' | 'only-a' | 'only-b';

export interface SpanDifference<T extends ComparedSpan = ComparedSpan> {
  kind: DifferenceKind;
  /** The row's spans from each annotator, in text order. */
  a: T[];
  b: T[];
  /** UTF-16 extent of all the row's spans. */
  start: number;
  end: number;
}

const KIND_ORDER: Record<DifferenceKind, number> = {
  identical: 0,
  label: 1,
  boundary: 2,
  'only-a': 3,
  'only-b': 4,
};

export function spanDifferences<T extends ComparedSpan>(
  a: readonly T[],
  b: readonly T[],
): SpanDifference<T>[] {
  const rows: SpanDifference<T>[] = [];
  const restA = new Set(a);
  const restB = new Set(b);
  pairOneToOne(restA, restB, (x) => `${x.start} ${x.end} ${x.label}`, 'identical', rows);
  pairOneToOne(restA, restB, (x) => `${x.start} ${x.end}`, 'label', rows);

  // What is left: groups of spans connected by overlaps across the two sides (union-find over A then B).
  const left = [...restA, ...restB];
  const parent = left.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const sideA = restA.size;
  for (let i = 0; i < sideA; i++) {
    const x = left[i] as T;
    for (let j = sideA; j < left.length; j++) {
      const y = left[j] as T;
      if (x.start < y.end && y.start < x.end) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, { a: T[]; b: T[] }>();
  left.forEach((span, i) => {
    const root = find(i);
    const group = groups.get(root) ?? { a: [], b: [] };
    (i < sideA ? group.a : group.b).push(span);
    groups.set(root, group);
  });
  for (const group of groups.values()) {
    const kind: DifferenceKind =
      group.a.length === 0 ? 'only-b' : group.b.length === 0 ? 'only-a' : 'boundary';
    rows.push(row(kind, group.a, group.b));
  }
  return rows.sort(
    (x, y) =>
      x.start - y.start ||
      y.end - x.end ||
      KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
      compareIds(firstId(x), firstId(y)),
  );
}

function pairOneToOne<T extends ComparedSpan>(
  restA: Set<T>,
  restB: Set<T>,
  key: (span: T) => string,
  kind: DifferenceKind,
  rows: SpanDifference<T>[],
): void {
  const waiting = new Map<string, T[]>();
  for (const span of restB) {
    const list = waiting.get(key(span));
    if (list) list.push(span);
    else waiting.set(key(span), [span]);
  }
  for (const span of [...restA]) {
    const partner = waiting.get(key(span))?.shift();
    if (!partner) continue;
    restA.delete(span);
    restB.delete(partner);
    rows.push(row(kind, [span], [partner]));
  }
}

function row<T extends ComparedSpan>(kind: DifferenceKind, a: T[], b: T[]): SpanDifference<T> {
  const all = [...a, ...b];
  const byText = (x: T, y: T) => x.start - y.start || y.end - x.end;
  return {
    kind,
    a: [...a].sort(byText),
    b: [...b].sort(byText),
    start: Math.min(...all.map((span) => span.start)),
    end: Math.max(...all.map((span) => span.end)),
  };
}

/** By UTF-16 code unit, not localeCompare: the order must not depend on the machine's locale. */
function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function firstId(row: SpanDifference): string {
  return `${row.a[0]?.id ?? ''}\u0000${row.b[0]?.id ?? ''}`;
}
