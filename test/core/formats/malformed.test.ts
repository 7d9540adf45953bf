/**
 * Malformed files of each format — truncated, wrong types, offsets out of range, missing text — are refused with
 * a reason naming the line or record, and importers never throw. The expected reasons are written out in full
 * where the wording matters to the user.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBrat } from '../../../src/core/formats/brat';
import { importConll } from '../../../src/core/formats/conll';
import { importCsvSpans } from '../../../src/core/formats/csvSpans';
import { importDoccano } from '../../../src/core/formats/doccano';
import { FORMATS } from '../../../src/core/formats/index';
import { importLabelStudio } from '../../../src/core/formats/labelStudio';
import { importProdigy } from '../../../src/core/formats/prodigy';
import { importSpanlightJson } from '../../../src/core/formats/spanlightJson';
import { importW3c } from '../../../src/core/formats/w3c';
import { utf16String } from '../arbitraries';

const dataset = (documents: unknown[]) =>
  JSON.stringify({
    format: 'spanlight.dataset',
    version: 1,
    exported_at: '2026-01-01T00:00:00.000Z',
    labels: [],
    documents,
  });
const doc = (annotations: unknown[], text = 'Ali went') => ({
  id: 'd1',
  title: 'T',
  text,
  sha256: '0'.repeat(64),
  source: null,
  byline: null,
  url: null,
  published_at: null,
  lang: null,
  imported_at: '2026-01-01T00:00:00.000Z',
  annotations,
});
const annotation = (fields: Record<string, unknown>) => ({
  id: 'a1',
  label: 'actor',
  start: 0,
  end: 3,
  start_utf16: 0,
  end_utf16: 3,
  text: 'Ali',
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  ...fields,
});

describe('Spanlight JSON', () => {
  it('truncated', () => {
    expect(importSpanlightJson('{"format": "spanlight.dataset",\n "version": 1,')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^line 2, column \d+: not valid JSON/),
    });
  });
  it('not a Spanlight dataset, or another version', () => {
    expect(importSpanlightJson('[]')).toEqual({
      ok: false,
      reason: 'the file is an array, not a Spanlight dataset object',
    });
    expect(importSpanlightJson(dataset([]).replace('"version":1', '"version":2'))).toEqual({
      ok: false,
      reason: '"version" is the number 2; this Spanlight reads version 1',
    });
  });
  it('wrong types, naming document and annotation', () => {
    expect(importSpanlightJson(dataset([doc([annotation({ start: '0' })])]))).toEqual({
      ok: false,
      reason:
        'document 1 (id "d1"), annotation 1 (id "a1"): "start" is the string "0", not a whole number ≥ 0',
    });
  });
  it('missing text', () => {
    const { text: _text, ...withoutText } = doc([]);
    expect(importSpanlightJson(dataset([withoutText]))).toEqual({
      ok: false,
      reason: 'document 1 (id "d1"): "text" is missing, not a string',
    });
  });
  it('offsets out of range', () => {
    expect(importSpanlightJson(dataset([doc([annotation({ end: 30, end_utf16: 30 })])]))).toEqual({
      ok: false,
      reason:
        'document 1 (id "d1"), annotation 1 (id "a1"): offsets are outside the text (end 30 of 8 code points, end_utf16 30 of 8 UTF-16 units)',
    });
  });
  it('text not matching both slices: each mismatch listed by document and annotation', () => {
    // "😀 Ali": Ali is code points 2..5 and UTF-16 units 3..6. The second annotation gives the UTF-16 offsets as
    // code points too, as a buggy writer would.
    const good = annotation({ start: 2, end: 5, start_utf16: 3, end_utf16: 6 });
    const bad = annotation({ id: 'a2', start: 3, end: 6, start_utf16: 3, end_utf16: 6 });
    expect(importSpanlightJson(dataset([doc([good, bad], '😀 Ali!')]))).toEqual({
      ok: false,
      reason:
        '1 annotation does not match the document text: document 1 (id "d1"), annotation 2 (id "a2"): "text" is "Ali" but text[start:end] (code points 3..6) is "li!"',
    });
  });
});

describe('doccano JSONL', () => {
  it('truncated line', () => {
    expect(importDoccano('{"text": "abc", "label": []}\n{"text": "abc", "label": [[0, 1')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^line 2: column \d+: not valid JSON/),
    });
  });
  it('wrong types', () => {
    expect(importDoccano('{"text": "abc", "label": [[0, "1", "X"]]}')).toEqual({
      ok: false,
      reason:
        'line 1, label[0]: expected [start, end, "LABEL"] (two whole numbers and a string), found [0,"1","X"]',
    });
    expect(importDoccano('{"text": 5}')).toEqual({
      ok: false,
      reason: 'line 1: "text" is the number 5, not a string',
    });
    expect(importDoccano('\n[1]')).toEqual({ ok: false, reason: 'line 2: an array, not a JSON object' });
  });
  it('offsets out of range', () => {
    expect(importDoccano('{"text": "abc", "label": [[1, 9, "X"]]}')).toEqual({
      ok: false,
      reason: 'line 1, label[0]: offsets 1..9 are outside the text (3 Unicode code points)',
    });
  });
  it('missing text', () => {
    expect(importDoccano('{"label": []}')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^line 1: no "text"/),
    });
  });
});

describe('Label Studio JSON', () => {
  const task = (value: unknown, data: unknown = { text: 'Ali went' }) =>
    JSON.stringify([{ data, annotations: [{ result: [{ type: 'labels', value }] }] }]);
  it('truncated', () => {
    expect(importLabelStudio('[{"data": {"text": "x"}')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^line 1, column \d+/),
    });
  });
  it('wrong types', () => {
    expect(importLabelStudio(task({ start: '0', end: 3, labels: ['PER'] }))).toEqual({
      ok: false,
      reason:
        'task 1, annotation 1, result 1: value.start and value.end must be whole numbers ≥ 0 (found the string "0" and the number 3)',
    });
    expect(importLabelStudio(task({ start: 0, end: 3, labels: 'PER' }))).toEqual({
      ok: false,
      reason:
        'task 1, annotation 1, result 1: value.labels is the string "PER", not a non-empty array of strings',
    });
  });
  it('offsets out of range', () => {
    expect(importLabelStudio(task({ start: 4, end: 40, labels: ['PER'] }))).toEqual({
      ok: false,
      reason: 'task 1, annotation 1, result 1: offsets 4..40 are outside the text (8 Unicode code points)',
    });
  });
  it('missing text', () => {
    expect(importLabelStudio(task({ start: 0, end: 3, labels: ['PER'] }, { body: 'x' }))).toEqual({
      ok: false,
      reason: 'task 1: data has no "text" (its keys: body; another name can be given as textField)',
    });
  });
  it('a span whose text matches no unit is listed, not guessed', () => {
    const outcome = importLabelStudio(task({ start: 0, end: 3, text: 'Bob', labels: ['PER'] }));
    expect(outcome).toMatchObject({
      ok: true,
      warnings: [
        'task 1, annotation 1, result 1: its text "Bob" does not match the document at 0..3 ("Ali", Unicode code points); not imported',
      ],
    });
    expect(outcome.ok && outcome.documents[0]?.annotations).toEqual([]);
  });
});

describe('Prodigy JSONL', () => {
  it('truncated', () => {
    expect(importProdigy('{"text": "Ali", "spans": [{"start": 0')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^line 1: column/),
    });
  });
  it('wrong types', () => {
    expect(importProdigy('{"text": "Ali", "spans": {"start": 0}}')).toEqual({
      ok: false,
      reason: 'line 1: "spans" is an object, not an array',
    });
    expect(importProdigy('{"text": "Ali", "spans": [{"start": 0, "end": null, "label": "PER"}]}')).toEqual({
      ok: false,
      reason: 'line 1, span 1: start and end must be whole numbers ≥ 0 (found the number 0 and null)',
    });
  });
  it('offsets out of range', () => {
    expect(importProdigy('{"text": "Ali", "spans": [{"start": 0, "end": 4, "label": "PER"}]}')).toEqual({
      ok: false,
      reason: 'line 1, span 1: offsets 0..4 are outside the text (3 Unicode code points)',
    });
  });
  it('missing text', () => {
    expect(importProdigy('{"text": "Ali"}\n\n{"spans": []}')).toEqual({
      ok: false,
      reason: 'line 3: no "text"',
    });
  });
});

describe('brat standoff', () => {
  const pair = (ann: string, txt = 'Ali went home') => [
    { path: 'doc.txt', content: txt },
    { path: 'doc.ann', content: ann },
  ];
  it('truncated T line', () => {
    expect(importBrat(pair('T1\tPER 0 3\tAli\nT2\tPER 4'))).toEqual({
      ok: false,
      reason: 'doc.ann line 2: T2: "4" is not "START END" (two whole numbers)',
    });
  });
  it('wrong types', () => {
    expect(importBrat(pair('T1\tPER x 3\tAli'))).toEqual({
      ok: false,
      reason: 'doc.ann line 1: T1: "x 3" is not "START END" (two whole numbers)',
    });
    expect(importBrat(pair('T1 PER 0 3 Ali'))).toEqual({
      ok: false,
      reason: 'doc.ann line 1: a T line needs a tab after its id ("T1<TAB>Type START END<TAB>text")',
    });
  });
  it('offsets out of range', () => {
    expect(importBrat(pair('T1\tPER 9 20\tx'))).toEqual({
      ok: false,
      reason: 'doc.ann line 1: T1 offsets 9..20 are outside the text (13 Unicode code points)',
    });
  });
  it('missing text: an .ann without its .txt', () => {
    expect(
      importBrat([
        { path: 'other.ann', content: '' },
        { path: 'doc.txt', content: 'x' },
      ]),
    ).toEqual({
      ok: false,
      reason: 'other.ann: there is no other.txt beside it',
    });
  });
  it('a T line whose text does not match is kept for export but not imported, with a warning', () => {
    const outcome = importBrat(pair('T1\tPER 0 3\tBob'));
    expect(outcome.ok && outcome.documents[0]?.annotations).toEqual([]);
    expect(outcome.ok && outcome.warnings).toEqual([
      'doc.ann line 1: T1\'s text "Bob" does not match the .txt at 0..3 ("Ali"); not imported, kept for export',
    ]);
  });
});

describe('CoNLL', () => {
  it('truncated (a token without its tag)', () => {
    expect(importConll('Ali B-PER\nwent O\nhome')).toEqual({
      ok: false,
      reason: 'line 3: expected a token and a tag separated by a space, found "home"',
    });
  });
  it('wrong types (not an IOB2 tag)', () => {
    expect(importConll('Ali B_PER')).toEqual({
      ok: false,
      reason:
        'line 1: "B_PER" is not an IOB2 tag (O, B-X or I-X) (for CoNLL-2003 files with POS and chunk columns, import with columns: "last")',
    });
  });
  it('missing text (no tokens)', () => {
    expect(importConll('\n\n')).toEqual({ ok: false, reason: 'it has no tokens' });
  });
});

describe('W3C Web Annotation', () => {
  const annotationJson = (selector: unknown) =>
    JSON.stringify({
      type: 'Annotation',
      motivation: 'tagging',
      bodyValue: 'PER',
      target: { source: 'urn:x', selector },
    });
  it('truncated', () => {
    expect(importW3c('{"type": "Annotation",')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^line 1, column/),
    });
  });
  it('wrong types', () => {
    expect(importW3c('{"type": "AnnotationPage", "items": {}}')).toEqual({
      ok: false,
      reason: 'the page has no "items" array',
    });
    expect(importW3c(annotationJson({ type: 'TextPositionSelector', start: 5, end: 2 }))).toEqual({
      ok: false,
      reason: 'annotation 1: TextPositionSelector start 5 is after its end 2',
    });
    // A position that is not a number refuses the file, even where a quote could place the span.
    expect(
      importW3c(
        annotationJson([
          { type: 'TextPositionSelector', start: '0', end: 3 },
          { type: 'TextQuoteSelector', exact: 'Ali' },
        ]),
      ),
    ).toEqual({
      ok: false,
      reason:
        'annotation 1: its TextPositionSelector\'s start and end must be whole numbers ≥ 0 (found the string "0" and the number 3)',
    });
  });
  it('offsets out of range, against the given text', () => {
    expect(
      importW3c(annotationJson({ type: 'TextPositionSelector', start: 0, end: 9 }), {
        documents: [{ id: 'x', url: 'urn:x', text: 'Ali' }],
      }),
    ).toEqual({
      ok: false,
      reason: 'annotation 1 on urn:x: offsets 0..9 are outside the text (3 code points)',
    });
  });
  it('missing text: a quote that is not in the document is listed', () => {
    const outcome = importW3c(annotationJson({ type: 'TextQuoteSelector', exact: 'Bob' }), {
      documents: [{ url: 'urn:x', text: 'Ali' }],
    });
    expect(outcome.ok && outcome.warnings).toEqual([
      'annotation 1 on urn:x: its quote "Bob" is not in the text; not imported',
    ]);
  });
});

describe('CSV of spans', () => {
  const header = 'document_id,title,label,text,start,end,start_utf16,end_utf16,annotator,attributes\r\n';
  it('truncated (an unclosed quote)', () => {
    expect(importCsvSpans(`${header}d1,"T,PER,Ali,0,3,0,3,,\r\n`)).toEqual({
      ok: false,
      reason: 'line 2: a quoted field is never closed',
    });
  });
  it('wrong types', () => {
    expect(importCsvSpans(`${header}d1,T,PER,Ali,zero,3,0,3,,\r\n`)).toEqual({
      ok: false,
      reason: 'row 1 (line 2): start "zero" is not a whole number ≥ 0',
    });
    expect(importCsvSpans(`${header}d1,T,PER,Ali,0,3,0,3,,[1]\r\n`)).toEqual({
      ok: false,
      reason: 'row 1 (line 2): attributes is not a JSON object ([1])',
    });
    expect(importCsvSpans('id,label\r\nx,PER\r\n')).toEqual({
      ok: false,
      reason: 'line 1: the header has no "document_id" column (columns: id, label)',
    });
  });
  it('offsets out of range, against the given documents', () => {
    expect(
      importCsvSpans(`${header}d1,T,PER,Ali,0,30,0,30,,\r\n`, { documents: [{ id: 'd1', text: 'Ali' }] }),
    ).toEqual({
      ok: false,
      reason: 'row 1 (line 2), document "d1", span 1: offsets 0..30 are outside the text (3 code points)',
    });
  });
  it('missing text and offsets', () => {
    expect(importCsvSpans(`${header}d1,T,PER,,,,,,,\r\n`)).toEqual({
      ok: false,
      reason: 'row 1 (line 2): no offsets and no text: the span cannot be placed',
    });
  });
});

describe('no importer throws, whatever the input', () => {
  it('random strings and random JSON give an outcome', () => {
    const input = fc.oneof(
      utf16String(60),
      fc.json().map(String),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc
        .jsonValue()
        .map((value) => JSON.stringify([{ data: { text: 'abc' }, annotations: [{ result: [value] }] }])),
      fc.jsonValue().map((value) => JSON.stringify({ text: 'abc', label: value, spans: value })),
    );
    fc.assert(
      fc.property(input, (content) => {
        for (const format of FORMATS) {
          const files =
            format.id === 'brat'
              ? [
                  { path: 'a.txt', content: 'abc' },
                  { path: 'a.ann', content },
                ]
              : [{ path: 'in', content }];
          const outcome = format.importFiles(files);
          expect(typeof outcome.ok).toBe('boolean');
          if (!outcome.ok) expect(outcome.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
