/**
 * Inter-annotator agreement between two annotators, A (the reference) and B, on the same documents.
 *
 * Span agreement, per label and overall (micro-averaged: counts summed over labels):
 * - exact: a B span matches an A span with the same start, end and label, one to one (a duplicate in B does not
 *   match the same A span twice). precision = matches / B spans, recall = matches / A spans.
 * - overlap: precision = B spans that share at least one character with an A span of the same label / B spans;
 *   recall = A spans that share at least one character with a B span of the same label / A spans (not one to one:
 *   one long span may cover two short ones).
 * - F1 = 2PR / (P + R). A ratio with nothing to count (no B spans for precision, no A spans for recall) is null,
 *   and F1 is then null; F1 is 0 when P + R is 0.
 *
 * Cohen's kappa on tokens: every document is tokenized with the CoNLL tokenizer (tokenize.ts; a document imported
 * from CoNLL keeps its own tokens); a token's label for
 * an annotator is the label of that annotator's span touching it, the outermost one if several do (earliest
 * start, then longest), else "O". κ = (pₒ − pₑ) / (1 − pₑ) over all tokens of all documents, pₒ the share of tokens
 * with the same label, pₑ = Σ over labels of (share of A's tokens with it) × (share of B's). It is null when there
 * are no tokens or when pₑ = 1 (both annotators gave every token the same single label: chance explains everything).
 */
import { documentTokens } from './conll';
import { type Token, tokenize } from './tokenize';
import type { FormatAnnotation, FormatDocument } from './types';

type SpanLike = Pick<FormatAnnotation, 'start' | 'end' | 'label'>;

export interface AgreementDocument {
  id?: string;
  text: string;
  /** The tokens to count on; default tokenize(text). */
  tokens?: readonly Token[];
  a: readonly SpanLike[];
  b: readonly SpanLike[];
}

export interface Scores {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface LabelAgreement {
  label: string;
  /** Spans of A and of B with this label. */
  a: number;
  b: number;
  exactMatches: number;
  exact: Scores;
  /** B spans overlapping an A span, and A spans overlapping a B span (same label). */
  overlapB: number;
  overlapA: number;
  overlap: Scores;
}

export interface AgreementReport {
  labels: LabelAgreement[];
  overall: LabelAgreement;
  kappa: {
    value: number | null;
    observed: number | null;
    expected: number | null;
    tokens: number;
  };
}

export function computeAgreement(documents: readonly AgreementDocument[]): AgreementReport {
  const perLabel = new Map<string, Omit<LabelAgreement, 'exact' | 'overlap'>>();
  const entry = (label: string) => {
    let found = perLabel.get(label);
    if (!found) {
      found = { label, a: 0, b: 0, exactMatches: 0, overlapA: 0, overlapB: 0 };
      perLabel.set(label, found);
    }
    return found;
  };
  let tokens = 0;
  let agreeing = 0;
  const countsA = new Map<string, number>();
  const countsB = new Map<string, number>();
  for (const doc of documents) {
    for (const span of doc.a) entry(span.label).a++;
    for (const span of doc.b) entry(span.label).b++;
    // Exact, one to one.
    const unmatched = new Map<string, number>();
    for (const span of doc.a) {
      const key = `${span.start} ${span.end} ${span.label}`;
      unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
    }
    for (const span of doc.b) {
      const key = `${span.start} ${span.end} ${span.label}`;
      const left = unmatched.get(key) ?? 0;
      if (left > 0) {
        unmatched.set(key, left - 1);
        entry(span.label).exactMatches++;
      }
    }
    // Overlap.
    const overlapsA = overlapFinder(doc.a);
    const overlapsB = overlapFinder(doc.b);
    for (const span of doc.b) if (overlapsA(span)) entry(span.label).overlapB++;
    for (const span of doc.a) if (overlapsB(span)) entry(span.label).overlapA++;
    // Tokens.
    const docTokens = doc.tokens ?? tokenize(doc.text);
    const labelsA = tokenLabels(doc.a, docTokens);
    const labelsB = tokenLabels(doc.b, docTokens);
    for (let t = 0; t < docTokens.length; t++) {
      const la = labelsA[t] as string;
      const lb = labelsB[t] as string;
      tokens++;
      if (la === lb) agreeing++;
      countsA.set(la, (countsA.get(la) ?? 0) + 1);
      countsB.set(lb, (countsB.get(lb) ?? 0) + 1);
    }
  }
  const labels = [...perLabel.values()]
    .sort((x, y) => (x.label < y.label ? -1 : x.label > y.label ? 1 : 0))
    .map(withScores);
  const total = withScores(
    [...perLabel.values()].reduce(
      (sum, item) => ({
        label: '(all)',
        a: sum.a + item.a,
        b: sum.b + item.b,
        exactMatches: sum.exactMatches + item.exactMatches,
        overlapA: sum.overlapA + item.overlapA,
        overlapB: sum.overlapB + item.overlapB,
      }),
      { label: '(all)', a: 0, b: 0, exactMatches: 0, overlapA: 0, overlapB: 0 },
    ),
  );
  let observed: number | null = null;
  let expected: number | null = null;
  let value: number | null = null;
  if (tokens > 0) {
    observed = agreeing / tokens;
    expected = 0;
    for (const [label, count] of countsA) expected += (count / tokens) * ((countsB.get(label) ?? 0) / tokens);
    value = expected === 1 ? null : (observed - expected) / (1 - expected);
  }
  return { labels, overall: total, kappa: { value, observed, expected, tokens } };
}

/** Agreement between two annotators' annotations (by FormatAnnotation.annotator) on the same documents. */
export function agreementBetweenAnnotators(
  documents: readonly FormatDocument[],
  annotatorA: string,
  annotatorB: string,
): AgreementReport {
  return computeAgreement(
    documents.map((doc) => ({
      text: doc.text,
      // A document imported from CoNLL is counted on its own tokens.
      tokens: documentTokens(doc),
      a: doc.annotations.filter((annotation) => annotation.annotator === annotatorA),
      b: doc.annotations.filter((annotation) => annotation.annotator === annotatorB),
    })),
  );
}

/** Who was compared: file names (`spanlight agree`) or annotator names (the Agreement… dialog), A the reference. */
export interface AgreementSides {
  a: string;
  b: string;
  /** Documents compared (both sides have them). */
  documents: number;
}

/**
 * The report as JSON, the one shape of `spanlight agree --json` and the Agreement… dialog's "Export agreement
 * JSON": the sides and the number of documents, then the report's labels, overall figures and kappa (null where a
 * figure is undefined, e.g. precision without any B span).
 */
export function agreementJson(report: AgreementReport, sides: AgreementSides): string {
  return `${JSON.stringify({ a: sides.a, b: sides.b, documents: sides.documents, ...report }, null, 2)}\n`;
}

/** The report as CSV (UTF-8, CRLF): one row per label and one for all labels; empty cells for null values. */
export function agreementCsv(report: AgreementReport): string {
  const cell = (value: number | null) => (value === null ? '' : String(Number(value.toFixed(6))));
  const rows = [
    [
      'label',
      'spans_a',
      'spans_b',
      'exact_matches',
      'exact_precision',
      'exact_recall',
      'exact_f1',
      'overlap_precision',
      'overlap_recall',
      'overlap_f1',
    ],
  ];
  for (const item of [...report.labels, report.overall]) {
    rows.push([
      /[",\r\n]/.test(item.label) ? `"${item.label.replace(/"/g, '""')}"` : item.label,
      String(item.a),
      String(item.b),
      String(item.exactMatches),
      cell(item.exact.precision),
      cell(item.exact.recall),
      cell(item.exact.f1),
      cell(item.overlap.precision),
      cell(item.overlap.recall),
      cell(item.overlap.f1),
    ]);
  }
  rows.push([
    'token_kappa',
    String(report.kappa.tokens),
    '',
    '',
    cell(report.kappa.value),
    cell(report.kappa.observed),
    cell(report.kappa.expected),
    '',
    '',
    '',
  ]);
  return `\uFEFF${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
}

/**
 * Whether a span shares a character with one of `spans` of the same label, in O(log n): per label, spans sorted by
 * start with the running maximum of their ends; those starting before the span's end overlap it if the largest of
 * their ends is after its start.
 */
function overlapFinder(spans: readonly SpanLike[]): (span: SpanLike) => boolean {
  const byLabel = new Map<string, { starts: number[]; maxEnds: number[] }>();
  const sorted = [...spans].filter((span) => span.start < span.end).sort((x, y) => x.start - y.start);
  for (const span of sorted) {
    const entry = byLabel.get(span.label) ?? { starts: [], maxEnds: [] };
    entry.maxEnds.push(Math.max(span.end, entry.maxEnds[entry.maxEnds.length - 1] ?? 0));
    entry.starts.push(span.start);
    byLabel.set(span.label, entry);
  }
  return (span) => {
    const entry = byLabel.get(span.label);
    if (!entry || span.start >= span.end) return false;
    let lo = 0;
    let hi = entry.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((entry.starts[mid] as number) < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (entry.maxEnds[lo - 1] as number) > span.start;
  };
}

function withScores(item: Omit<LabelAgreement, 'exact' | 'overlap'>): LabelAgreement {
  return {
    ...item,
    exact: scores(item.exactMatches, item.b, item.exactMatches, item.a),
    overlap: scores(item.overlapB, item.b, item.overlapA, item.a),
  };
}

function scores(precisionHits: number, precisionOf: number, recallHits: number, recallOf: number): Scores {
  const precision = precisionOf === 0 ? null : precisionHits / precisionOf;
  const recall = recallOf === 0 ? null : recallHits / recallOf;
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Each token's label: that of the outermost span touching it (earliest start, then longest, then label), else "O".
 * Spans claim tokens in that order, so the first claim is the outermost.
 */
function tokenLabels(spans: readonly SpanLike[], tokens: readonly Token[]): string[] {
  const labels = new Array<string | undefined>(tokens.length);
  const ordered = [...spans].sort(
    (x, y) => x.start - y.start || y.end - x.end || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0),
  );
  for (const span of ordered) {
    // First token ending after the span's start.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as Token).end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let t = lo; t < tokens.length && (tokens[t] as Token).start < span.end; t++)
      labels[t] ??= span.label;
  }
  return Array.from(labels, (label) => label ?? 'O');
}
