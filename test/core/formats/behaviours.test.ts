/**
 * The documented choices of each format, one by one: discontinuous brat spans, CoNLL overlaps and spans inside
 * tokens, the CSV formula guard, Label Studio multi-label results, Prodigy annotators, W3C anchoring, the
 * Spanlight JSON schema, and the registry.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { exportBrat, importBrat } from '../../../src/core/formats/brat';
import { exportConll, importConll } from '../../../src/core/formats/conll';
import { exportCsvSpans, importCsvSpans } from '../../../src/core/formats/csvSpans';
import { exportDoccano, importDoccano } from '../../../src/core/formats/doccano';
import { detectFormat, FORMATS, formatByName } from '../../../src/core/formats/index';
import { exportLabelStudio, importLabelStudio } from '../../../src/core/formats/labelStudio';
import { exportProdigy, importProdigy } from '../../../src/core/formats/prodigy';
import { exportSpanlightJson, importSpanlightJson } from '../../../src/core/formats/spanlightJson';
import type { FormatDocument, ImportOutcome } from '../../../src/core/formats/types';
import { exportW3c, importW3c } from '../../../src/core/formats/w3c';

function ok(outcome: ImportOutcome): Extract<ImportOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

const ann = (files: { path: string; content: string }[], path = 'doc.ann') =>
  files.find((f) => f.path === path)?.content;

describe('brat', () => {
  const pair = (annText: string, txt = 'Ali went home') => [
    { path: 'doc.txt', content: txt },
    { path: 'doc.ann', content: annText },
  ];

  it('a discontinuous T line becomes one annotation per fragment, and one T line again on export', () => {
    // "Ali went home": Ali 0..3, home 9..13; brat joins fragment texts with one space.
    const outcome = ok(importBrat(pair('T1\tORG 0 3;9 13\tAli home\n')));
    expect(
      outcome.documents[0]?.annotations.map(({ id, start, end, label, text }) => ({
        id,
        start,
        end,
        label,
        text,
      })),
    ).toEqual([
      { id: 'T1.1', start: 0, end: 3, label: 'ORG', text: 'Ali' },
      { id: 'T1.2', start: 9, end: 13, label: 'ORG', text: 'home' },
    ]);
    expect(outcome.warnings).toEqual([
      'doc.ann line 1: T1 is discontinuous (2 fragments): imported as 2 ORG annotations, written back as one T line',
    ]);
    expect(ann(exportBrat(outcome.documents).files)).toBe('T1\tORG 0 3;9 13\tAli home\n');
    // Relabel one fragment: the two can no longer share a line.
    const doc = outcome.documents[0] as FormatDocument;
    const relabelled = {
      ...doc,
      annotations: doc.annotations.map((a, i) => (i === 1 ? { ...a, label: 'LOC' } : a)),
    };
    expect(ann(exportBrat([relabelled]).files)).toBe('T1\tORG 0 3\tAli\nT2\tLOC 9 13\thome\n');
  });

  it('a span across a line break is written as fragments around it, and read back as one span', () => {
    const doc: FormatDocument = {
      id: 'doc',
      title: '',
      text: 'New\nYork',
      annotations: [{ start: 0, end: 8, label: 'LOC', text: 'New\nYork' }],
    };
    const { files } = exportBrat([doc]);
    expect(ann(files)).toBe('T1\tLOC 0 3;4 8\tNew York\n');
    expect(ok(importBrat(files)).documents[0]?.annotations).toMatchObject([
      { start: 0, end: 8, text: 'New\nYork' },
    ]);
  });

  it('a .txt with a BOM and CRLF: stored normalized, offsets moved, written back byte for byte', () => {
    // Raw "\uFEFFAli\r\nHoms": Homs is code points 6..10 on disk, 4..8 in the stored "Ali\nHoms".
    const raw = '\uFEFFAli\r\nHoms';
    const outcome = ok(importBrat(pair('T1\tLOC 6 10\tHoms\n', raw)));
    expect(outcome.documents[0]).toMatchObject({
      text: 'Ali\nHoms',
      annotations: [{ start: 4, end: 8, text: 'Homs' }],
    });
    expect(outcome.warnings[0]).toMatch(/^1 document had CRLF\/CR line endings or a byte order mark/);
    const { files } = exportBrat(outcome.documents);
    expect(files.find((f) => f.path === 'doc.txt')?.content).toBe(raw);
    expect(ann(files)).toBe('T1\tLOC 6 10\tHoms\n');
  });

  it('writes attributes as A lines and an annotation.conf for the labels', () => {
    const doc: FormatDocument = {
      id: 'a/b',
      title: 'x',
      text: 'Ali went',
      annotations: [
        {
          start: 0,
          end: 3,
          label: 'Casualty count',
          text: 'Ali',
          attributes: { negated: true, certainty: 'high' },
        },
      ],
    };
    const { files, warnings } = exportBrat([doc]);
    expect(files.map((f) => f.path)).toEqual(['a_b.txt', 'a_b.ann', 'annotation.conf']);
    expect(ann(files, 'a_b.ann')).toBe(
      'T1\tCasualty_count 0 3\tAli\nA1\tnegated T1\nA2\tcertainty T1 high\n',
    );
    expect(warnings).toEqual([
      'label "Casualty count" is written as "Casualty_count" (brat types have no spaces)',
    ]);
    expect(ann(files, 'annotation.conf')).toContain('[entities]\nCasualty_count\n');
    expect(ann(files, 'annotation.conf')).toContain('certainty\tArg:<ENTITY>, Value:high');
    // Reading it back gives the attributes again.
    expect(ok(importBrat(files)).documents[0]?.annotations[0]?.attributes).toEqual({
      negated: true,
      certainty: 'high',
    });
  });

  it('keeps R/E/A/#/N/* lines in place and warns when their T is gone', () => {
    const outcome = ok(
      importBrat(
        pair(
          'T1\tPER 0 3\tAli\nT2\tLOC 9 13\thome\nR1\tLocated Arg1:T1 Arg2:T2\t\n#1\tAnnotatorNotes T1\tcheck\n',
        ),
      ),
    );
    expect(outcome.unsupported).toEqual([
      'doc.ann line 3: a relation, kept for export: R1\tLocated Arg1:T1 Arg2:T2\t',
      'doc.ann line 4: a note, kept for export: #1\tAnnotatorNotes T1\tcheck',
    ]);
    const doc = outcome.documents[0] as FormatDocument;
    const exported = exportBrat([{ ...doc, annotations: doc.annotations.slice(0, 1) }]);
    expect(ann(exported.files)).toBe(
      'T1\tPER 0 3\tAli\nR1\tLocated Arg1:T1 Arg2:T2\t\n#1\tAnnotatorNotes T1\tcheck\n',
    );
    expect(exported.warnings).toEqual([
      'doc.ann: "R1\\tLocated Arg1:T1 Arg2:T2\\t" refers to T2, whose span is no longer there',
    ]);
  });
});

describe('CoNLL export', () => {
  // "قتل ٣ بالحسكة": بالحسكة is one token (clitics are not split); الحسكة is 7..13 inside it (8..13? see below).
  // ق0 ت1 ل2 ␠3 ٣4 ␠5 ب6 ا7 ل8 ح9 س10 ك11 ة12 → بالحسكة 6..13, الحسكة 7..13.
  const doc: FormatDocument = {
    title: '',
    text: 'قتل ٣ بالحسكة',
    annotations: [
      { start: 4, end: 5, label: 'casualty_count', text: '٣' },
      { start: 7, end: 13, label: 'place', text: 'الحسكة' },
    ],
  };

  it('reports a span inside a token instead of moving it', () => {
    const { content, warnings } = exportConll([doc]);
    expect(content).toBe('قتل O\n٣ B-casualty_count\nبالحسكة O\n');
    expect(warnings).toEqual([
      'document 1: span "الحسكة" (place, 7..13) is not aligned to tokens (inside "بالحسكة"); not exported',
    ]);
  });

  it("widens it to its token with misaligned: 'expand', saying so", () => {
    const { content, warnings } = exportConll([doc], { misaligned: 'expand' });
    expect(content).toBe('قتل O\n٣ B-casualty_count\nبالحسكة B-place\n');
    expect(warnings[0]).toMatch(/exported widened to those tokens$/);
  });

  it('writes overlapping spans in extra tag columns, outermost first, and reads them back', () => {
    // "منظمة التعاون الإسلامي في جدة": ORG over the first three tokens, LOC on "الإسلامي" (nested), GPE on جدة.
    const text = 'منظمة التعاون الإسلامي في جدة';
    const nested: FormatDocument = {
      title: '',
      text,
      annotations: [
        { start: 14, end: 22, label: 'LOC', text: 'الإسلامي' },
        { start: 0, end: 22, label: 'ORG', text: 'منظمة التعاون الإسلامي' },
        { start: 26, end: 29, label: 'GPE', text: 'جدة' },
      ],
    };
    const { content, warnings } = exportConll([nested]);
    expect(content).toBe('منظمة B-ORG\nالتعاون I-ORG\nالإسلامي I-ORG B-LOC\nفي O\nجدة B-GPE\n');
    expect(warnings).toEqual([
      'document 1: 1 span overlap others and are written in extra tag columns (nested IOB2, one column per level)',
    ]);
    const back = ok(importConll(content)).documents[0] as FormatDocument;
    expect(back.annotations.map((a) => [a.label, a.text])).toEqual([
      ['ORG', 'منظمة التعاون الإسلامي'],
      ['GPE', 'جدة'],
      ['LOC', 'الإسلامي'],
    ]);
    const flat = exportConll([nested], { nested: 'first-column' });
    expect(flat.content).toBe('منظمة B-ORG\nالتعاون I-ORG\nالإسلامي I-ORG\nفي O\nجدة B-GPE\n');
    expect(flat.warnings).toEqual([
      'document 1: span "الإسلامي" (LOC, 14..22) overlaps another; not exported (nested: first-column)',
    ]);
  });

  it('ends a sentence at each line break and warns about a span across one', () => {
    const across: FormatDocument = {
      title: 'x',
      text: 'Deir\nez-Zor',
      annotations: [{ start: 0, end: 11, label: 'LOC', text: 'Deir\nez-Zor' }],
    };
    const { content, warnings } = exportConll([across]);
    expect(content).toBe('Deir B-LOC\n\nez-Zor B-LOC\n');
    expect(warnings).toEqual([
      'x: span "Deir\\nez-Zor" (LOC, 0..11) crosses a line break; it is written as one entity per sentence',
    ]);
  });

  it("reads CoNLL-2003 POS and chunk columns with columns: 'last' and writes them back", () => {
    const text = '-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n';
    const outcome = ok(importConll(text, { columns: 'last' }));
    expect(outcome.documents[0]?.annotations.map((a) => [a.label, a.text])).toEqual([['ORG', 'EU']]);
    expect(exportConll(outcome.documents).content).toBe(text);
  });
});

describe('CSV of spans', () => {
  const doc: FormatDocument = {
    id: '=cmd',
    title: '=HYPERLINK("http://x","click")',
    text: '-5 killed, "Ali" said',
    annotations: [
      {
        start: 0,
        end: 9,
        label: 'casualty_count',
        text: '-5 killed',
        annotator: '@amal',
        attributes: { certain: false, n: 5 },
      },
      { start: 11, end: 16, label: 'actor', text: '"Ali"' },
    ],
  };

  it('guards formula cells with an apostrophe and quotes per RFC 4180', () => {
    const { content } = exportCsvSpans([doc]);
    expect(content.split('\r\n')[1]).toBe(
      `'=cmd,"'=HYPERLINK(""http://x"",""click"")",casualty_count,'-5 killed,0,9,0,9,'@amal,"{""certain"":false,""n"":5}",todo`,
    );
    expect(content.split('\r\n')[2]).toBe(
      `'=cmd,"'=HYPERLINK(""http://x"",""click"")",actor,"""Ali""",11,16,11,16,,,todo`,
    );
  });

  it('reads it back: detached without the documents, attached with them, values unguarded', () => {
    const { content } = exportCsvSpans([doc]);
    const detached = ok(importCsvSpans(content));
    expect(detached.documents).toEqual([]);
    expect(detached.detached).toEqual([
      {
        id: '=cmd',
        title: '=HYPERLINK("http://x","click")',
        // A document without a status is "to do", and the CSV says so.
        status: 'todo',
        annotations: [
          {
            // The row in the file, for the messages of a later attachment.
            where: 'row 1 (line 2)',
            label: 'casualty_count',
            text: '-5 killed',
            start: 0,
            end: 9,
            startUtf16: 0,
            endUtf16: 9,
            annotator: '@amal',
            attributes: { certain: false, n: 5 },
          },
          {
            where: 'row 2 (line 3)',
            label: 'actor',
            text: '"Ali"',
            start: 11,
            end: 16,
            startUtf16: 11,
            endUtf16: 16,
          },
        ],
      },
    ]);
    const attached = ok(importCsvSpans(content, { documents: [doc] }));
    expect(attached.documents[0]?.annotations).toEqual(doc.annotations);
  });

  it('places a span by its text when a spreadsheet user edited the offsets, with a warning', () => {
    const csv = 'document_id,label,text,start,end\r\nd1,actor,Ali,0,3\r\n';
    const outcome = ok(importCsvSpans(csv, { documents: [{ id: 'd1', text: 'Yes, Ali said' }] }));
    expect(outcome.documents[0]?.annotations).toMatchObject([{ start: 5, end: 8, text: 'Ali' }]);
    expect(outcome.warnings).toEqual([
      'row 1 (line 2), document "d1", span 1: its offsets do not slice its text "Ali"; anchored by the quote instead',
    ]);
  });
});

describe('Label Studio', () => {
  it('a result with two labels gives two annotations and is written back as one result', () => {
    const task = [
      {
        data: { text: 'Ali' },
        annotations: [
          {
            id: 7,
            result: [
              {
                id: 'r1',
                from_name: 'label',
                to_name: 'text',
                type: 'labels',
                value: { start: 0, end: 3, text: 'Ali', labels: ['PER', 'actor'] },
              },
            ],
          },
        ],
      },
    ];
    const outcome = ok(importLabelStudio(JSON.stringify(task)));
    expect(outcome.documents[0]?.annotations.map((a) => [a.id, a.label])).toEqual([
      ['r1', 'PER'],
      ['r1#2', 'actor'],
    ]);
    expect(JSON.parse(exportLabelStudio(outcome.documents).content)).toEqual(task);
  });

  it('new annotations go to a new annotation object, with the document id and metadata in data', () => {
    const doc: FormatDocument = {
      id: 'x1',
      title: 'Raid',
      text: 'Ali',
      source: 'SY24',
      annotations: [{ start: 0, end: 3, label: 'actor', text: 'Ali', id: 'a1' }],
    };
    expect(JSON.parse(exportLabelStudio([doc]).content)).toEqual([
      {
        data: { text: 'Ali', title: 'Raid', source: 'SY24', document_id: 'x1' },
        annotations: [
          {
            result: [
              {
                id: 'a1',
                from_name: 'label',
                to_name: 'text',
                type: 'labels',
                value: { start: 0, end: 3, text: 'Ali', labels: ['actor'] },
              },
            ],
          },
        ],
      },
    ]);
  });
});

describe('Prodigy', () => {
  it('writes one task per annotator, as Prodigy stores them', () => {
    const doc: FormatDocument = {
      title: '',
      text: 'Ali went',
      annotations: [
        { start: 0, end: 3, label: 'PER', text: 'Ali', annotator: 'amal' },
        { start: 0, end: 3, label: 'ORG', text: 'Ali', annotator: 'omar' },
      ],
    };
    const { content, warnings } = exportProdigy([doc]);
    expect(
      content
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      {
        text: 'Ali went',
        spans: [{ start: 0, end: 3, label: 'PER' }],
        _annotator_id: 'amal',
        _session_id: 'amal',
      },
      {
        text: 'Ali went',
        spans: [{ start: 0, end: 3, label: 'ORG' }],
        _annotator_id: 'omar',
        _session_id: 'omar',
      },
    ]);
    expect(warnings).toEqual(['document 1: written as 2 tasks, one per annotator']);
    expect(ok(importProdigy(content)).documents.map((d) => d.annotations[0]?.annotator)).toEqual([
      'amal',
      'omar',
    ]);
  });

  it('omits token indices for a span not aligned to the tokens, with a warning', () => {
    const doc: FormatDocument = {
      title: '',
      text: 'في بالحسكة',
      annotations: [{ start: 4, end: 10, label: 'LOC', text: 'الحسكة' }],
    };
    const { content, warnings } = exportProdigy([doc], { tokens: true });
    expect(JSON.parse(content).spans).toEqual([{ start: 4, end: 10, label: 'LOC' }]);
    expect(warnings).toEqual([
      'document 1: span "الحسكة" (LOC) is not aligned to the tokens; written without token_start/token_end',
    ]);
  });
});

describe('doccano', () => {
  it('states its unit only where code points and UTF-16 differ, and can write UTF-16 for old doccano', () => {
    const plain = JSON.parse(exportDoccano([{ title: '', text: 'Ali', annotations: [] }]).content);
    expect(plain).toEqual({ text: 'Ali', label: [] });
    const emoji: FormatDocument = {
      title: '',
      text: '😀 Ali',
      annotations: [{ start: 3, end: 6, label: 'PER', text: 'Ali' }],
    };
    expect(JSON.parse(exportDoccano([emoji]).content)).toEqual({
      text: '😀 Ali',
      label: [[2, 5, 'PER']],
      spanlight_offset_unit: 'code-point',
    });
    const old = exportDoccano([emoji], { offsetUnit: 'utf16' }).content;
    expect(JSON.parse(old)).toEqual({
      text: '😀 Ali',
      label: [[3, 6, 'PER']],
      spanlight_offset_unit: 'utf16',
    });
    expect(ok(importDoccano(old)).documents[0]?.annotations).toMatchObject([
      { start: 3, end: 6, text: 'Ali' },
    ]);
  });
});

describe('W3C', () => {
  it('anchors a quote-only annotation; ambiguous quotes are warned about', () => {
    const annotation = (exact: string, prefix?: string) =>
      JSON.stringify({
        type: 'Annotation',
        body: { type: 'TextualBody', purpose: 'tagging', value: 'place' },
        target: {
          source: 'urn:spanlight:document:d1',
          selector: { type: 'TextQuoteSelector', exact, ...(prefix ? { prefix } : {}) },
        },
      });
    const documents = [{ id: 'd1', text: 'Homs and Hama; near Homs' }];
    expect(ok(importW3c(annotation('Homs', 'near '), { documents })).documents[0]?.annotations).toMatchObject(
      [{ start: 20, end: 24 }],
    );
    const ambiguous = ok(importW3c(annotation('Homs'), { documents }));
    expect(ambiguous.documents[0]?.annotations).toMatchObject([{ start: 0, end: 4 }]);
    expect(ambiguous.warnings).toEqual([
      'annotation 1 on urn:spanlight:document:d1: the quote "Homs" fits 2 places equally well; the first was taken',
    ]);
  });

  it('without the texts, returns the spans detached by document', () => {
    const doc: FormatDocument = {
      id: 'd 1',
      title: '',
      text: 'Ali',
      annotations: [{ id: 'a1', start: 0, end: 3, label: 'actor', text: 'Ali', annotator: 'amal' }],
    };
    const outcome = ok(importW3c(exportW3c([doc]).content));
    expect(outcome.detached).toEqual([
      {
        id: 'd 1',
        annotations: [
          {
            id: 'a1',
            where: 'annotation 1 (urn:spanlight:annotation:d%201:a1)',
            label: 'actor',
            text: 'Ali',
            start: 0,
            end: 3,
            quote: { exact: 'Ali', prefix: '', suffix: '' },
            annotator: 'amal',
          },
        ],
      },
    ]);
  });
});

describe('Spanlight JSON', () => {
  const schema = JSON.parse(
    readFileSync(new URL('../../../resources/spanlight-dataset.schema.json', import.meta.url), 'utf8'),
  );
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('validates against the schema when the labels are Spanlight labels', () => {
    const doc: FormatDocument = {
      id: 'd1',
      title: 'x',
      text: '😀 قتل',
      annotations: [{ start: 3, end: 6, label: 'actor', text: 'قتل' }],
    };
    const { content, warnings } = exportSpanlightJson([doc], {
      exportedAt: new Date('2026-02-03T04:05:06Z'),
    });
    expect(warnings).toEqual([]);
    expect(validate(JSON.parse(content)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('warns when labels from a peer are not mapped yet', () => {
    const doc: FormatDocument = {
      id: 'd1',
      title: 'x',
      text: 'Ali',
      annotations: [{ start: 0, end: 3, label: 'PER', text: 'Ali' }],
    };
    const { content, warnings } = exportSpanlightJson([doc]);
    expect(warnings).toEqual([
      'labels PER are not Spanlight labels (actor, place, casualty_count): the file will not validate against the schema until they are mapped',
    ]);
    expect(ok(importSpanlightJson(content)).labels).toEqual(['PER']);
  });
});

describe('registry', () => {
  it('lists the eight formats with their command-line names', () => {
    expect(FORMATS.map((format) => [format.id, format.cliName, format.lossless])).toEqual([
      ['spanlight-json', 'spanlight', true],
      ['doccano-jsonl', 'jsonl', true],
      ['label-studio', 'labelstudio', true],
      ['prodigy-jsonl', 'prodigy', true],
      ['brat', 'brat', true],
      ['conll', 'conll', false],
      ['w3c', 'w3c', false],
      ['csv-spans', 'csv', false],
    ]);
    expect(formatByName('jsonl')?.id).toBe('doccano-jsonl');
    expect(formatByName('Label-Studio')?.id).toBe('label-studio');
    expect(formatByName('xml')).toBeUndefined();
  });

  it('guesses a format from extensions and content', () => {
    const guess = (path: string, content: string) => detectFormat([{ path, content }])?.id ?? null;
    expect(guess('a.json', '{"format":"spanlight.dataset","version":1}')).toBe('spanlight-json');
    expect(guess('a.json', '[{"data":{"text":"x"}}]')).toBe('label-studio');
    expect(guess('a.json', '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation"}')).toBe(
      'w3c',
    );
    expect(guess('a.jsonl', '{"text":"x","spans":[]}')).toBe('prodigy-jsonl');
    expect(guess('a.jsonl', '{"text":"x","label":[]}')).toBe('doccano-jsonl');
    expect(guess('a.txt', 'Ali B-PER\nwent O\n')).toBe('conll');
    expect(guess('a.txt', 'An article.')).toBeNull();
    expect(
      detectFormat([
        { path: 'x.txt', content: '' },
        { path: 'x.ann', content: '' },
      ])?.id,
    ).toBe('brat');
  });

  it('single-file formats import several files and name the one that fails', () => {
    const doccano = formatByName('jsonl');
    const outcome = doccano?.importFiles([
      { path: 'a.jsonl', content: '{"text":"Ali","label":[[0,3,"PER"]]}' },
      { path: 'b.jsonl', content: '{"text":"Bob"}\n{"txt":1}' },
    ]);
    expect(outcome).toEqual({
      ok: false,
      reason: 'b.jsonl: line 2: no "text" (its keys: txt; another name can be given as textField)',
    });
  });
});
