/**
 * Agreement figures against values computed by hand (the working is in the comments).
 */
import { describe, expect, it } from 'vitest';
import {
  agreementBetweenAnnotators,
  agreementCsv,
  computeAgreement,
} from '../../../src/core/formats/agreement';
import { importConll } from '../../../src/core/formats/conll';
import type { FormatDocument } from '../../../src/core/formats/types';

// Tokens: Ali 0-3, met 4-7, Bob 8-11, in 12-14, Homs 15-19, today 20-25.
const TEXT = 'Ali met Bob in Homs today';
const A = [
  { start: 0, end: 3, label: 'PER' },
  { start: 8, end: 11, label: 'PER' },
  { start: 15, end: 19, label: 'LOC' },
];
const B = [
  { start: 0, end: 3, label: 'PER' }, // exact match
  { start: 8, end: 14, label: 'PER' }, // "Bob in": overlaps Bob
  { start: 20, end: 25, label: 'LOC' }, // "today": wrong place
  { start: 4, end: 7, label: 'ORG' }, // "met": A has no ORG
];

describe('span agreement', () => {
  const report = computeAgreement([{ text: TEXT, a: A, b: B }]);
  const label = (name: string) => report.labels.find((item) => item.label === name);

  it('PER: exact 1 of 2 each way; overlap 2 of 2 each way', () => {
    expect(label('PER')).toMatchObject({
      a: 2,
      b: 2,
      exactMatches: 1,
      exact: { precision: 0.5, recall: 0.5, f1: 0.5 },
      overlap: { precision: 1, recall: 1, f1: 1 },
    });
  });

  it('LOC: nothing matches, F1 0; ORG: no reference span, so recall and F1 are null', () => {
    expect(label('LOC')).toMatchObject({
      exact: { precision: 0, recall: 0, f1: 0 },
      overlap: { precision: 0, recall: 0, f1: 0 },
    });
    expect(label('ORG')).toMatchObject({ a: 0, b: 1, exact: { precision: 0, recall: null, f1: null } });
  });

  it('overall (micro): exact P 1/4, R 1/3, F1 2/7; overlap P 2/4, R 2/3, F1 4/7', () => {
    expect(report.overall.exact.precision).toBeCloseTo(1 / 4, 12);
    expect(report.overall.exact.recall).toBeCloseTo(1 / 3, 12);
    expect(report.overall.exact.f1).toBeCloseTo(2 / 7, 12);
    expect(report.overall.overlap.precision).toBeCloseTo(1 / 2, 12);
    expect(report.overall.overlap.recall).toBeCloseTo(2 / 3, 12);
    expect(report.overall.overlap.f1).toBeCloseTo(4 / 7, 12);
  });

  it("Cohen's kappa on tokens: pₒ 2/6, pₑ 10/36, κ 1/13", () => {
    // A: PER O PER O LOC O — B: PER ORG PER PER O LOC. Same on Ali and Bob: pₒ = 2/6.
    // pₑ = PER (2/6)(3/6) + O (3/6)(1/6) + LOC (1/6)(1/6) + ORG 0 = 10/36; κ = (1/3 − 5/18) / (1 − 5/18) = 1/13.
    expect(report.kappa.tokens).toBe(6);
    expect(report.kappa.observed).toBeCloseTo(1 / 3, 12);
    expect(report.kappa.expected).toBeCloseTo(10 / 36, 12);
    expect(report.kappa.value).toBeCloseTo(1 / 13, 12);
  });

  it('a duplicate in B does not match the same A span twice', () => {
    const duplicate = computeAgreement([
      {
        text: TEXT,
        a: [A[0] as (typeof A)[number]],
        b: [A[0] as (typeof A)[number], A[0] as (typeof A)[number]],
      },
    ]);
    expect(duplicate.overall).toMatchObject({ exactMatches: 1, exact: { precision: 0.5, recall: 1 } });
  });
});

describe('token labels', () => {
  it('take the outermost span: κ 0 (with the innermost it would be −2/7)', () => {
    // "New York City": A has LOC over all three tokens and GPE on "York"; B has LOC on "York" only.
    // Outermost: A = LOC LOC LOC, B = O LOC O → pₒ 1/3, pₑ (3/3)(1/3) = 1/3, κ 0.
    const report = computeAgreement([
      {
        text: 'New York City',
        a: [
          { start: 0, end: 13, label: 'LOC' },
          { start: 4, end: 8, label: 'GPE' },
        ],
        b: [{ start: 4, end: 8, label: 'LOC' }],
      },
    ]);
    expect(report.kappa.observed).toBeCloseTo(1 / 3, 12);
    expect(report.kappa.value).toBeCloseTo(0, 12);
  });

  it('a span inside a token (الحسكة in بالحسكة) labels that token', () => {
    // "في بالحسكة": الحسكة is 4..10, بالحسكة 3..10. Tokens agree (O, LOC): pₒ 1, pₑ 1/2, κ 1. Exact: no match.
    const report = computeAgreement([
      {
        text: 'في بالحسكة',
        a: [{ start: 4, end: 10, label: 'LOC' }],
        b: [{ start: 3, end: 10, label: 'LOC' }],
      },
    ]);
    expect(report.kappa.value).toBe(1);
    expect(report.overall.exact.f1).toBe(0);
    expect(report.overall.overlap.f1).toBe(1);
  });

  it('is null when chance explains everything (all O for both)', () => {
    const report = computeAgreement([{ text: 'a b', a: [], b: [] }]);
    expect(report.kappa).toEqual({ value: null, observed: 1, expected: 1, tokens: 2 });
    expect(report.overall.exact).toEqual({ precision: null, recall: null, f1: null });
  });
});

describe('between two annotators of the same documents', () => {
  it('splits the annotations by annotator and pools documents', () => {
    const documents: FormatDocument[] = [
      {
        title: '',
        text: TEXT,
        annotations: [
          ...A.map((span) => ({ ...span, text: TEXT.slice(span.start, span.end), annotator: 'amal' })),
          ...B.map((span) => ({ ...span, text: TEXT.slice(span.start, span.end), annotator: 'omar' })),
          { start: 0, end: 3, label: 'PER', text: 'Ali', annotator: 'third' },
        ],
      },
      // A second document where both agree on one span: adds 1 exact match, 1 span each, 2 agreeing tokens.
      {
        title: '',
        text: 'Idlib now',
        annotations: [
          { start: 0, end: 5, label: 'LOC', text: 'Idlib', annotator: 'amal' },
          { start: 0, end: 5, label: 'LOC', text: 'Idlib', annotator: 'omar' },
        ],
      },
    ];
    const report = agreementBetweenAnnotators(documents, 'amal', 'omar');
    // Exact: 2 matches of 5 B spans and 4 A spans.
    expect(report.overall).toMatchObject({ a: 4, b: 5, exactMatches: 2 });
    expect(report.overall.exact.precision).toBeCloseTo(2 / 5, 12);
    expect(report.overall.exact.recall).toBeCloseTo(2 / 4, 12);
    // Tokens: 6 + 2, agreeing 2 + 2: pₒ 4/8.
    expect(report.kappa.observed).toBeCloseTo(1 / 2, 12);
  });

  it('counts a document imported from CoNLL on its own tokens', () => {
    // The tokenizer would split "U.S." into U . S . (5 tokens with "forces"); the file has 2 tokens.
    const imported = importConll('U.S. B-GPE\nforces O\n');
    if (!imported.ok) throw new Error(imported.reason);
    const doc = imported.documents[0] as FormatDocument;
    const annotated = { ...doc, annotations: doc.annotations.map((a) => ({ ...a, annotator: 'amal' })) };
    expect(agreementBetweenAnnotators([annotated], 'amal', 'omar').kappa).toMatchObject({
      tokens: 2,
      observed: 0.5,
    });
  });

  it('writes a CSV report', () => {
    const csv = agreementCsv(computeAgreement([{ text: TEXT, a: A, b: B }]));
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'label,spans_a,spans_b,exact_matches,exact_precision,exact_recall,exact_f1,overlap_precision,overlap_recall,overlap_f1',
    );
    expect(lines).toContain('PER,2,2,1,0.5,0.5,0.5,1,1,1');
    expect(lines).toContain('ORG,0,1,0,0,,,0,,');
    expect(lines).toContain('(all),3,4,1,0.25,0.333333,0.285714,0.5,0.666667,0.571429');
    expect(lines).toContain('token_kappa,6,,,0.076923,0.333333,0.277778,,,');
  });
});
