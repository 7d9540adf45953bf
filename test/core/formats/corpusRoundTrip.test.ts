import { existsSync } from 'node:fs';
/**
 * Round trips on the peers' own files (../shared/corpus, never copied here): import then export gives the same
 * content — brat .ann line-sorted equal and .txt byte-identical, JSON equal ignoring key order, CoNLL the same
 * tokens and tags. Counts in the assertions come from each folder's PROVENANCE.txt.
 */
import { describe, expect, it } from 'vitest';
import { exportBrat, importBrat } from '../../../src/core/formats/brat';
import { exportConll, importConll } from '../../../src/core/formats/conll';
import { exportDoccano, importDoccano } from '../../../src/core/formats/doccano';
import { exportLabelStudio, importLabelStudio } from '../../../src/core/formats/labelStudio';
import { exportProdigy, importProdigy } from '../../../src/core/formats/prodigy';
import type { FormatDocument, FormatFile, ImportOutcome } from '../../../src/core/formats/types';
import { importW3c } from '../../../src/core/formats/w3c';
import { corpusDir, listCorpus, readCorpusText } from './corpus';

function ok(outcome: ImportOutcome): Extract<ImportOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

const jsonLines = (text: string) =>
  text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));

const sortedLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .sort();

function bratFiles(dir: string): FormatFile[] {
  // Collected even when its describe is skipped: an absent corpus gives no files rather than a crash.
  if (!existsSync(dir)) return [];
  const names = [
    ...listCorpus(dir, '.txt').filter((name) => name !== 'PROVENANCE.txt'),
    ...listCorpus(dir, '.ann'),
    'annotation.conf',
  ];
  return names.map((path) => ({ path, content: readCorpusText(dir, path) }));
}

for (const [folder, tLines, documents] of [
  ['formats/brat-tutorial-news', 119, 13],
  ['formats/brat-conll2002-es', 205, 3],
] as const) {
  const corpus = corpusDir(folder);
  describe.skipIf(!corpus.present)(corpus.title(`brat round trip: ${folder}`), () => {
    const files = corpus.present ? bratFiles(corpus.dir) : [];
    const outcome = corpus.present ? ok(importBrat(files)) : null;

    it(`imports ${documents} documents and all ${tLines} T lines as spans, in code points`, () => {
      expect(outcome?.documents).toHaveLength(documents);
      expect(outcome?.documents.reduce((sum, doc) => sum + doc.annotations.length, 0)).toBe(tLines);
      expect(outcome?.offsetUnit).toBe('code-point');
      for (const doc of outcome?.documents ?? []) {
        for (const annotation of doc.annotations)
          expect(doc.text.slice(annotation.start, annotation.end)).toBe(annotation.text);
      }
    });

    it('exports every .ann with the same lines (sorted) and every .txt byte-identical', () => {
      const exported = exportBrat(outcome?.documents ?? []);
      expect(exported.warnings).toEqual([]);
      const encoder = new TextEncoder();
      for (const file of files.filter((f) => f.path.endsWith('.txt') || f.path.endsWith('.ann'))) {
        const written = exported.files.find((candidate) => candidate.path === file.path);
        expect(written, file.path).toBeDefined();
        if (file.path.endsWith('.ann'))
          expect(sortedLines(written?.content ?? ''), file.path).toEqual(sortedLines(file.content));
        else expect(encoder.encode(written?.content), file.path).toEqual(encoder.encode(file.content));
      }
      // The collection's annotation.conf declares every type in use, so it is written back as it was.
      expect(exported.files.find((f) => f.path === 'annotation.conf')?.content).toBe(
        files.find((f) => f.path === 'annotation.conf')?.content,
      );
    });
  });
}

describe.skipIf(!corpusDir('formats/brat-tutorial-news').present)(
  corpusDir('formats/brat-tutorial-news').title('brat tutorial: lines Spanlight does not model'),
  () => {
    // Read when a test runs: the body of a skipped describe still runs while tests are collected.
    let read: ReturnType<typeof ok> | undefined;
    const tutorial = () => {
      read ??= ok(importBrat(bratFiles(corpusDir('formats/brat-tutorial-news').dir)));
      return read;
    };

    it('lists every R, E, A, N, * and # line as unsupported, kept for export (PROVENANCE: 23 E, 8 R, 11 A, 4 #, 2 *, 1 N)', () => {
      const kinds = tutorial().unsupported.map(
        (item) => /: (\S)/.exec(item.split(', kept for export: ')[1] ?? '')?.[0] ?? item,
      );
      const count = (prefix: string) =>
        tutorial().unsupported.filter((item) =>
          (item.split(', kept for export: ')[1] ?? '').startsWith(prefix),
        ).length;
      expect(kinds).toHaveLength(49);
      expect([count('E'), count('R'), count('A'), count('#'), count('*'), count('N')]).toEqual([
        23, 8, 11, 4, 2, 1,
      ]);
    });

    it('turns A lines on T annotations into attributes', () => {
      const intro = tutorial().documents.find((doc) => doc.id === '000-introduction');
      const t4 = intro?.annotations.find((annotation) => annotation.id === 'T4');
      expect(t4).toMatchObject({
        label: 'Person',
        text: 'Raul Salinas de Gortari',
        attributes: { Mention: 'Name', Individual: true },
      });
    });
  },
);

describe.skipIf(!corpusDir('formats/brat-conll2002-es').present)(
  corpusDir('formats/brat-conll2002-es').title('brat Spanish news: code points, not UTF-8 bytes'),
  () => {
    it('reads accented spans at code point offsets (byte offsets would shift them)', () => {
      const { dir } = corpusDir('formats/brat-conll2002-es');
      const outcome = ok(importBrat(bratFiles(dir)));
      const doc = outcome.documents.find((d) => d.id === 'esp.train-doc-46') as FormatDocument;
      // T6 PER 327 344 "Miguel Gil Moreno": the text before it has accents ("coincidió", "país"…), so its UTF-8
      // byte offset is larger than 327.
      const t6 = doc.annotations.find((annotation) => annotation.id === 'T6');
      expect(t6?.text).toBe('Miguel Gil Moreno');
      expect(Array.from(doc.text).slice(327, 344).join('')).toBe('Miguel Gil Moreno');
      expect(new TextEncoder().encode(doc.text.slice(0, t6?.start)).length).toBeGreaterThan(327);
    });
  },
);

const doccano = corpusDir('formats/doccano-fixtures');
describe.skipIf(!doccano.present)(doccano.title('doccano fixtures'), () => {
  const read = (name: string) => readCorpusText(doccano.dir, name);
  for (const name of [
    'data_export__pipeline__examples__sequence_labeling__example.jsonl',
    'data_import__pipeline__examples__relation_extraction__example.jsonl',
    'data_import__tests__data__relation_extraction__example.jsonl',
    'data_import__tests__data__sequence_labeling__example_overlapping.jsonl',
  ]) {
    it(`${name}: import then export gives the same JSON (key order aside)`, () => {
      const outcome = ok(importDoccano(read(name)));
      expect(jsonLines(exportDoccano(outcome.documents).content)).toEqual(jsonLines(read(name)));
    });
  }

  it('the pretty-printed relation export is read (with a warning) and written back as the same record', () => {
    const name = 'data_export__pipeline__examples__relation_extraction__example.jsonl';
    const outcome = ok(importDoccano(read(name)));
    expect(outcome.warnings[0]).toMatch(/pretty-printed JSON value, not JSON Lines/);
    expect(outcome.unsupported).toEqual(['record 1: "relations" kept for export, not shown']);
    expect(outcome.documents[0]?.annotations.map((a) => [a.text, a.label])).toEqual([
      ['Google', 'ORG'],
      ['September 4, 1998', 'DATE'],
      ['Larry Page', 'PERSON'],
      ['Sergey Brin', 'PERSON'],
    ]);
    expect(jsonLines(exportDoccano(outcome.documents).content)).toEqual([JSON.parse(read(name))]);
  });

  it('the line without "text" is refused, naming line 3', () => {
    expect(importDoccano(read('data_import__tests__data__sequence_labeling__example.jsonl'))).toEqual({
      ok: false,
      reason: 'line 3: no "text" (its keys: label, meta; another name can be given as textField)',
    });
  });

  it('custom column names are read when named', () => {
    const name = 'data_import__pipeline__examples__sequence_labeling__example.jsonl';
    expect(importDoccano(read(name))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^line 1: no "text"/),
    });
    const outcome = ok(importDoccano(read(name), { textField: 'column_data', labelField: 'column_label' }));
    expect(outcome.documents.map((doc) => doc.annotations.map((a) => a.text))).toEqual([
      ['EU'],
      ['Peter Blackburn'],
      ['Obama'],
    ]);
    expect(jsonLines(exportDoccano(outcome.documents).content)).toEqual(jsonLines(read(name)));
  });

  it('the CoNLL fixtures: valid, trailing blank lines, and the invalid one refused at line 1', () => {
    const valid = ok(importConll(read('data_import__tests__data__sequence_labeling__example.conll')));
    expect(valid.documents[0]?.text).toBe('JAPAN GET\nNadim Ladki');
    expect(valid.documents[0]?.annotations.map((a) => [a.text, a.label])).toEqual([
      ['JAPAN', 'LOC'],
      ['Nadim Ladki', 'PER'],
    ]);
    expect(
      ok(importConll(read('data_import__tests__data__sequence_labeling__labeling.trailing.conll')))
        .documents[0]?.annotations,
    ).toHaveLength(2);
    expect(importConll(read('data_import__tests__data__sequence_labeling__labeling.invalid.conll'))).toEqual({
      ok: false,
      reason: 'line 1: expected a token and a tag separated by a tab, found "SOCCERO SOCCERO SOCCERO"',
    });
  });
});

const labelStudio = corpusDir('formats/labelstudio-fixtures');
describe.skipIf(!labelStudio.present)(labelStudio.title('Label Studio fixtures'), () => {
  for (const name of ['named_entity__tasks.json', 'named_entity__annotations__1.json']) {
    it(`${name}: import then export gives the same JSON (key order aside)`, () => {
      const text = readCorpusText(labelStudio.dir, name);
      const outcome = ok(importLabelStudio(text));
      const [annotation] = outcome.documents[0]?.annotations ?? [];
      expect(annotation).toMatchObject({
        id: 'beFiQTT1cU',
        start: 343,
        end: 354,
        label: 'Date',
        text: 'February 22',
      });
      expect(JSON.parse(exportLabelStudio(outcome.documents).content)).toEqual(JSON.parse(text));
    });
  }

  it('a prediction is attributed to its model', () => {
    const outcome = ok(importLabelStudio(readCorpusText(labelStudio.dir, 'named_entity__tasks.json')));
    expect(outcome.documents[0]?.annotations[0]?.annotator).toBe('prediction (model 1)');
  });
});

const prodigy = corpusDir('formats/prodigy-ner-jsonl');
describe.skipIf(!prodigy.present)(prodigy.title('Prodigy db-out files'), () => {
  for (const [name, lines] of [
    ['annotated_news_headlines-ORG-PERSON-LOCATION-ner.first200.jsonl', 200],
    ['bio_events.first30.jsonl', 30],
  ] as const) {
    it(`${name}: ${lines} tasks, import then export gives the same JSON (key order aside)`, () => {
      const text = readCorpusText(prodigy.dir, name);
      const outcome = ok(importProdigy(text));
      expect(outcome.documents).toHaveLength(lines);
      expect(outcome.warnings).toEqual([]);
      const exported = exportProdigy(outcome.documents);
      expect(exported.warnings).toEqual([]);
      expect(jsonLines(exported.content)).toEqual(jsonLines(text));
    });
  }

  it('the headline with curly apostrophes keeps its offsets (code points)', () => {
    const outcome = ok(
      importProdigy(
        readCorpusText(prodigy.dir, 'annotated_news_headlines-ORG-PERSON-LOCATION-ner.first200.jsonl'),
      ),
    );
    const first = outcome.documents[0] as FormatDocument;
    expect(first.text).toBe('Uber\u2019s Lesson: Silicon Valley\u2019s Start-Up Machine Needs Fixing');
    expect(first.source).toBe('The New York Times');
    expect(first.annotations.map((a) => [a.label, a.text])).toEqual([
      ['ORG', 'Uber'],
      ['LOCATION', 'Silicon Valley'],
    ]);
    // PROVENANCE: 36 of the 200 lines have no "spans" key.
    expect(
      jsonLines(
        readCorpusText(prodigy.dir, 'annotated_news_headlines-ORG-PERSON-LOCATION-ner.first200.jsonl'),
      ).filter((task) => task.spans === undefined),
    ).toHaveLength(36);
  });
});

const w3c = corpusDir('formats/w3c-web-annotation');
describe.skipIf(!w3c.present)(w3c.title('W3C Web Annotation spec examples'), () => {
  it('every annotation is either a span or listed as unsupported with a reason; none vanishes', () => {
    for (const name of listCorpus(w3c.dir, '.json')) {
      const value = JSON.parse(readCorpusText(w3c.dir, name));
      const count = value.type === 'AnnotationCollection' ? value.first.items.length : 1;
      const outcome = ok(importW3c(readCorpusText(w3c.dir, name)));
      const spans = (outcome.detached ?? []).reduce((sum, doc) => sum + doc.annotations.length, 0);
      expect(spans + outcome.unsupported.length, name).toBe(count);
    }
  });

  it('names why the spec examples are not tagged text spans', () => {
    const reason = (name: string) => ok(importW3c(readCorpusText(w3c.dir, name))).unsupported[0];
    expect(reason('anno5.json')).toBe(
      'annotation 1 (http://example.org/anno5): its target http://example.org/photo1 is a whole resource, not a span of text',
    );
    expect(reason('anno12.json')).toBe(
      'annotation 1 (http://example.org/anno12): its target is a List of resources, not a span of text',
    );
    expect(reason('anno27.json')).toBe(
      'annotation 1 (http://example.org/anno27): it has no tag (a TextualBody with purpose "tagging", or motivation "tagging"), so no label',
    );
    expect(reason('anno31.json')).toBe(
      'annotation 1 (http://example.org/anno31): its target http://example.org/page1.html is selected by a RangeSelector, not by a TextPositionSelector or TextQuoteSelector',
    );
    expect(reason('anno41.json')).toMatch(
      /a FragmentSelector refined by TextPositionSelector \(a position inside a fragment/,
    );
    const collection = ok(importW3c(readCorpusText(w3c.dir, 'collection1.json')));
    expect(collection.unsupported).toHaveLength(41);
  });

  it('anchors the quote and position examples on a text, when told to accept untagged annotations', () => {
    // anno26: TextQuoteSelector exact "anotation", prefix "this is an ", suffix " that has some".
    const page = 'An anotation here. And this is an anotation that has some typos.';
    const quoted = ok(
      importW3c(readCorpusText(w3c.dir, 'anno26.json'), {
        documents: [{ url: 'http://example.org/page1', text: page }],
        untaggedLabel: 'comment',
      }),
    );
    // The second "anotation" (index 34) is the one with the right context, not the first (index 3).
    expect(quoted.documents[0]?.annotations).toEqual([
      { id: 'http://example.org/anno26', start: 34, end: 43, label: 'comment', text: 'anotation' },
    ]);
    // anno27: TextPositionSelector 412..795 in code points; a text of 800 "x" after one emoji shifts UTF-16 by one.
    const book = `😀${'x'.repeat(799)}`;
    const positioned = ok(
      importW3c(readCorpusText(w3c.dir, 'anno27.json'), {
        documents: [{ url: 'http://example.org/ebook1', text: book }],
        untaggedLabel: 'review',
      }),
    );
    expect(positioned.documents[0]?.annotations[0]).toMatchObject({ start: 413, end: 796, label: 'review' });
  });
});

const conllFiles = [
  ['ner/anercorp-ar', 'ANERCorp_CamelLab_test.first300sent.txt'],
  ['ner/wojood-nested-ar', 'wojood_sample_test.txt'],
  ['ner/newsfane-gold-ar', 'NewsFANE_Gold_2014_170K.first300sent.txt'],
] as const;

/** Token and tag columns of a CoNLL file, sentence breaks as null. */
function tokensAndTags(text: string): Array<string[] | null> {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => (line.trim() === '' ? null : line.split(line.includes('\t') ? '\t' : / +/)));
}

for (const [folder, file] of conllFiles) {
  const corpus = corpusDir(folder);
  describe.skipIf(!corpus.present)(corpus.title(`CoNLL round trip: ${folder}`), () => {
    it('import then export gives the same tokens and tags (and here the same bytes)', () => {
      const text = readCorpusText(corpus.dir, file);
      const outcome = ok(importConll(text));
      const exported = exportConll(outcome.documents);
      expect(tokensAndTags(exported.content)).toEqual(tokensAndTags(text));
      expect(exported.content).toBe(text);
    });
  });
}

describe.skipIf(!corpusDir('ner/wojood-nested-ar').present)(
  corpusDir('ner/wojood-nested-ar').title('Wojood nested entities'),
  () => {
    it('keeps nested entities as overlapping annotations', () => {
      const { dir } = corpusDir('ner/wojood-nested-ar');
      const doc = ok(importConll(readCorpusText(dir, 'wojood_sample_test.txt')))
        .documents[0] as FormatDocument;
      // Lines 534-541: ونائب B-OCC / المندوب I-OCC B-OCC / الدائم I-OCC I-OCC / للمغرب I-OCC I-OCC B-GPE / لدى I-OCC I-OCC /
      // منظمة I-OCC I-OCC B-ORG / التعاون I-OCC I-OCC I-ORG / الإسلامي I-OCC I-OCC I-ORG
      const around = doc.annotations.filter(
        (a) => a.text.includes('للمغرب') || a.text === 'منظمة التعاون الإسلامي',
      );
      expect(around.map((a) => [a.label, a.text])).toEqual([
        ['OCC', 'ونائب المندوب الدائم للمغرب لدى منظمة التعاون الإسلامي'],
        ['OCC', 'المندوب الدائم للمغرب لدى منظمة التعاون الإسلامي'],
        ['GPE', 'للمغرب'],
        ['ORG', 'منظمة التعاون الإسلامي'],
      ]);
    });
  },
);

describe.skipIf(!corpusDir('ner/newsfane-gold-ar').present)(
  corpusDir('ner/newsfane-gold-ar').title('NewsFANE: BOM, CRLF and a left-to-right mark on every token'),
  () => {
    it('keeps the LRM inside the tokens and the file layout in meta', () => {
      const { dir } = corpusDir('ner/newsfane-gold-ar');
      const doc = ok(importConll(readCorpusText(dir, 'NewsFANE_Gold_2014_170K.first300sent.txt')))
        .documents[0] as FormatDocument;
      expect(doc.text.startsWith('\u200Eفرانكفورت')).toBe(true);
      expect(doc.annotations[0]).toMatchObject({ label: 'Population-Center', text: '\u200Eفرانكفورت' });
      expect(doc.meta?.conll).toMatchObject({
        separator: '\t',
        lineEnding: '\r\n',
        bom: true,
        blankLine: '\t',
      });
    });
  },
);
