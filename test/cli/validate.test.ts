/**
 * `spanlight validate`: each problem printed with its file and line or record; exit 0 valid, 1 not, 2 usage.
 */
import { describe, expect, it } from 'vitest';
import { cli, lineOf, writeFiles } from './cliHarness';

const DOCCANO = [
  '{"text": "🔴 قسد في الرقة", "label": [[2, 5, "actor"], [9, 14, "place"]]}',
  '{"text": "Ali met Sara.", "label": [[0, 3, "actor"]]}',
  '',
].join('\n');

function spanlightJson(): string {
  const { doccano } = writeFiles({ doccano: DOCCANO });
  const converted = cli('convert', doccano as string, '--from', 'jsonl', '--to', 'spanlight');
  expect(converted.code).toBe(0);
  return `${converted.out}\n`;
}

describe('spanlight validate', () => {
  it('accepts a valid file, guessing its format from the extension and content', () => {
    const { 'a.jsonl': file } = writeFiles({ 'a.jsonl': DOCCANO });
    const result = cli('validate', file as string);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`${file}: valid doccano JSONL: 2 documents, 3 annotations`);
  });

  it('accepts the Spanlight JSON the converter writes, schema included', () => {
    const { 'a.json': file } = writeFiles({ 'a.json': spanlightJson() });
    expect(cli('validate', file as string)).toMatchObject({
      code: 0,
      out: `${file}: valid Spanlight JSON: 2 documents, 3 annotations`,
    });
  });

  it('names the line of a truncated JSONL record', () => {
    const { 'bad.jsonl': file } = writeFiles({
      'bad.jsonl': `${DOCCANO.split('\n')[0]}\n{"text": "x", "lab`,
    });
    const result = cli('validate', file as string);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(new RegExp(`^${file}: line 2\\b.*not valid JSON`));
    expect(result.err).toContain('not valid doccano JSONL (1 problem)');
  });

  it('names the line of offsets outside the text', () => {
    const { 'bad.jsonl': file } = writeFiles({
      'bad.jsonl': '{"text": "abc", "label": []}\n{"text": "abc", "label": [[1, 9, "x"]]}\n',
    });
    const result = cli('validate', file as string);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`${file}: line 2`);
    expect(result.out).toContain('outside the text');
  });

  it('reports a span whose text does not match the document as a problem (it would not be imported)', () => {
    const prodigy =
      '{"text": "Ali met Sara.", "spans": [{"start": 0, "end": 3, "label": "PER", "text": "Bob"}], "_input_hash": 1}\n';
    const { 'p.jsonl': file } = writeFiles({ 'p.jsonl': prodigy });
    const result = cli('validate', file as string, '--format', 'prodigy');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/line 1.*"Bob" does not match the document.*not imported/);
  });

  it('checks Spanlight JSON against its schema, naming the line and the JSON Pointer of each problem', () => {
    const good = spanlightJson();
    // A foreign label (not a key, and not one the file's labels declare), a negative offset, a field the schema
    // does not define.
    const bad = good
      .replace('"label": "place"', '"label": "PLACE"')
      .replace('"start": 0,', '"start": -1,')
      .replace('"lang": null,', '"lang": null,\n      "extra": 1,');
    const { 'bad.json': file } = writeFiles({ 'bad.json': bad });
    const result = cli('validate', file as string);
    expect(result.code).toBe(1);
    const problems = result.out.split('\n');
    expect(problems).toContain(
      `${file}: schema: line ${lineOf(bad, '"PLACE"')}, /documents/0/annotations/1/label: must be one of the keys of "labels": "actor", "place", "casualty_count"`,
    );
    expect(problems).toContain(
      `${file}: schema: line ${lineOf(bad, '"PLACE"')}, /documents/0/annotations/1/label: must match pattern "^[a-z0-9_]{1,40}$"`,
    );
    expect(problems).toContain(
      `${file}: schema: line ${lineOf(bad, '"start": -1')}, /documents/1/annotations/0/start: must be >= 0`,
    );
    expect(problems).toContain(
      `${file}: schema: line ${lineOf(bad, '"id": "document-1"') - 1}, /documents/0: has a field the schema does not define: "extra"`,
    );
    // The importer's own check names the record.
    expect(problems).toContain(
      `${file}: document 2 (id "document-2"), annotation 1 (id "document-2-1"): "start" is the number -1, not a whole number ≥ 0`,
    );
  });

  it('names the line of a JSON syntax error in Spanlight JSON', () => {
    const truncated = spanlightJson().slice(0, 300);
    const { 'cut.json': file } = writeFiles({ 'cut.json': truncated });
    const result = cli('validate', file as string, '--format', 'spanlight');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(new RegExp(`^${file}: line \\d+, column \\d+: not valid JSON`));
  });

  it('names the .ann file and line of a brat span outside its text', () => {
    const files = writeFiles({
      'doc.txt': 'Ali met Sara.\n',
      'doc.ann': 'T1\tPER 0 3\tAli\nT2\tPER 8 40\tSara\n',
    });
    const result = cli('validate', files['doc.txt'] as string, files['doc.ann'] as string);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/doc\.ann line 2/);
  });

  it('names the line of a malformed CoNLL file', () => {
    const { 'x.conll': file } = writeFiles({ 'x.conll': 'Ali\tB-PER\nmet\tO\nSara B-PER O O\n' });
    const result = cli('validate', file as string);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/line 3/);
  });

  it('checks a CSV of spans against the texts given with --texts', () => {
    const { 'a.json': texts } = writeFiles({ 'a.json': spanlightJson() });
    const header = 'document_id,title,label,text,start,end,start_utf16,end_utf16,annotator\r\n';
    const goodCsv = `\uFEFF${header}document-2,,actor,Ali,0,3,0,3,\r\n`;
    const badCsv = `\uFEFF${header}document-2,,actor,Bob,0,3,0,3,\r\n`;
    const files = writeFiles({ 'good.csv': goodCsv, 'bad.csv': badCsv });
    const alone = cli('validate', files['good.csv'] as string);
    expect(alone.code).toBe(0);
    expect(alone.err).toContain('1 span could not be checked against document texts');
    expect(cli('validate', files['good.csv'] as string, '--texts', texts as string).code).toBe(0);
    const bad = cli('validate', files['bad.csv'] as string, '--texts', texts as string);
    expect(bad.code).toBe(1);
    // The record: the row, the document it names and the span's place among its spans.
    expect(bad.out).toBe(
      `${files['bad.csv']}: row 1 (line 2), document "document-2", span 1: its quote "Bob" is not in the text (the offsets, in code points, slice "Ali"); not imported`,
    );
  });

  it.each([
    [['validate'], 'no input file'],
    [['validate', 'x.json', '--format', 'nope'], 'unknown format "nope"'],
    [['validate', 'x.json', '--bogus'], "Unknown option '--bogus'"],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const result = cli(...args);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });

  it('asks for --format when the format cannot be told (exit 2)', () => {
    const { 'notes.txt': file } = writeFiles({ 'notes.txt': 'just some prose\n' });
    const result = cli('validate', file as string);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`cannot tell the format of ${file}: give it with --format`);
  });

  it('a missing file is bad input (exit 1)', () => {
    expect(cli('validate', '/nonexistent/x.jsonl')).toMatchObject({
      code: 1,
      err: expect.stringContaining('no such file'),
    });
  });
});
