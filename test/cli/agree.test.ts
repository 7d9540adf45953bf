/**
 * `spanlight agree A B`: figures checked against values computed by hand on two small files.
 *
 * Document 1, "Ali met Sara in Homs." — tokens Ali | met | Sara | in | Homs | .
 *   A: actor Ali 0-3, actor Sara 8-12, place Homs 16-20
 *   B: actor Ali 0-3, actor "Sara in" 8-15, actor Homs 16-20
 * Document 2, "قتل ٣ في حلب" — tokens قتل | ٣ | في | حلب
 *   A and B: casualty_count ٣ 4-5, place حلب 9-12
 * actor: A 2, B 3, exact 1 → P 1/3, R 1/2, F1 0.4; overlap: B 2 of 3 touch an A actor, A 2 of 2 → P 2/3, R 1, F1 0.8
 * place: A 2, B 1, exact 1 → P 1, R 1/2, F1 2/3; overlap the same
 * casualty_count: all 1
 * all labels: exact 3 of 5 both ways → 0.6; overlap 4 of 5 both ways → 0.8
 * kappa: 10 tokens, 8 agree → pₒ 0.8; A: actor 2, O 5, place 2, cc 1; B: actor 4, O 4, place 1, cc 1
 *   pₑ = (2·4 + 5·4 + 2·1 + 1·1) / 100 = 0.31; κ = (0.8 − 0.31) / 0.69 = 0.710145
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir, writeFiles } from './cliHarness';

const A = [
  '{"id": 1, "text": "Ali met Sara in Homs.", "label": [[0, 3, "actor"], [8, 12, "actor"], [16, 20, "place"]]}',
  '{"id": 2, "text": "قتل ٣ في حلب", "label": [[4, 5, "casualty_count"], [9, 12, "place"]]}',
  '',
].join('\n');
// The same documents in another order and another format: they pair by text, not by position or id.
const B = [
  '{"text": "قتل ٣ في حلب", "spans": [{"start": 4, "end": 5, "label": "casualty_count"}, {"start": 9, "end": 12, "label": "place"}], "_input_hash": 7}',
  '{"text": "Ali met Sara in Homs.", "spans": [{"start": 0, "end": 3, "label": "actor"}, {"start": 8, "end": 15, "label": "actor"}, {"start": 16, "end": 20, "label": "actor"}], "_input_hash": 8}',
  '',
].join('\n');

const files = () => writeFiles({ 'a.jsonl': A, 'b.jsonl': B }) as { 'a.jsonl': string; 'b.jsonl': string };

describe('spanlight agree', () => {
  it('reports per-label P/R/F1 (exact and overlap) and token kappa as computed by hand', () => {
    const paths = files();
    const result = cli('agree', paths['a.jsonl'], paths['b.jsonl'], '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.documents).toBe(2);
    const row = (label: string) =>
      label === 'all'
        ? report.overall
        : report.labels.find((item: { label: string }) => item.label === label);
    const expected: Record<string, [number, number, number[], number[]]> = {
      actor: [2, 3, [1 / 3, 1 / 2, 0.4], [2 / 3, 1, 0.8]],
      place: [2, 1, [1, 1 / 2, 2 / 3], [1, 1 / 2, 2 / 3]],
      casualty_count: [1, 1, [1, 1, 1], [1, 1, 1]],
      all: [5, 5, [0.6, 0.6, 0.6], [0.8, 0.8, 0.8]],
    };
    for (const [label, [a, b, exact, overlap]] of Object.entries(expected)) {
      const item = row(label);
      expect([item.a, item.b], label).toEqual([a, b]);
      expect([item.exact.precision, item.exact.recall, item.exact.f1], label).toEqual(
        exact.map((value) => expect.closeTo(value, 9)),
      );
      expect([item.overlap.precision, item.overlap.recall, item.overlap.f1], label).toEqual(
        overlap.map((value) => expect.closeTo(value, 9)),
      );
    }
    expect(report.kappa.tokens).toBe(10);
    expect(report.kappa.observed).toBeCloseTo(0.8, 9);
    expect(report.kappa.expected).toBeCloseTo(0.31, 9);
    expect(report.kappa.value).toBeCloseTo(0.49 / 0.69, 9);
  });

  it('prints a table by default and writes the CSV report with --csv --out', () => {
    const paths = files();
    const table = cli('agree', paths['a.jsonl'], paths['b.jsonl']);
    expect(table.code).toBe(0);
    expect(table.out).toContain('2 documents in both, matched by text');
    expect(table.out).toMatch(/^actor\s+2\s+3\s+0\.333\s+0\.500\s+0\.400\s+0\.667\s+1\.000\s+0\.800$/m);
    expect(table.out).toContain("Cohen's kappa on tokens: 0.710 (10 tokens; observed 0.800, expected 0.310)");

    const out = path.join(tempDir(), 'agreement.csv');
    expect(cli('agree', paths['a.jsonl'], paths['b.jsonl'], '--csv', '--out', out).code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFlabel,spans_a,spans_b,exact_matches')).toBe(true);
    expect(csv).toContain('\r\nplace,2,1,1,1,0.5,0.666667,1,0.5,0.666667\r\n');
    expect(csv).toContain('\r\ntoken_kappa,10,,,0.710145,0.8,0.31,,,\r\n');
  });

  it('refuses files whose documents do not match, naming them; --common compares the shared ones', () => {
    const extra = '{"id": 3, "text": "Only in A.", "label": []}\n';
    const paths = writeFiles({ 'a.jsonl': A + extra, 'b.jsonl': B });
    const refused = cli('agree', paths['a.jsonl'] as string, paths['b.jsonl'] as string);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      `${paths['a.jsonl']}: document "3" has no document with the same text in ${paths['b.jsonl']}`,
    );
    expect(refused.err).toContain('the documents do not match (1 document in one file only); give --common');
    const common = cli('agree', paths['a.jsonl'] as string, paths['b.jsonl'] as string, '--common', '--json');
    expect(common.code).toBe(0);
    expect(JSON.parse(common.out).documents).toBe(2);
  });

  it('refuses two files with no document in common', () => {
    const paths = writeFiles({ 'a.jsonl': A, 'c.jsonl': '{"text": "Something else.", "label": []}\n' });
    const result = cli('agree', paths['a.jsonl'] as string, paths['c.jsonl'] as string);
    expect(result.code).toBe(1);
    expect(result.err).toContain('have no document in common (documents are matched by their text)');
  });

  it('names the file and line of a malformed input', () => {
    const paths = writeFiles({ 'a.jsonl': A, 'bad.jsonl': `${A}{"text": 5}\n` });
    const result = cli('agree', paths['a.jsonl'] as string, paths['bad.jsonl'] as string);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`cannot read ${paths['bad.jsonl']} as doccano JSONL: line 3`));
  });

  it.each([
    [['agree', 'a.jsonl'], 'agree needs two files'],
    [['agree', 'a', 'b', 'c'], 'too many files: c'],
    [['agree', 'a', 'b', '--json', '--csv'], 'give --json or --csv, not both'],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const result = cli(...args);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });
});
