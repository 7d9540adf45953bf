/**
 * The command line over every peer fixture in ../shared/corpus (never copied here; skipped, saying so, where
 * absent), both ways through Spanlight JSON (format → spanlight → format), and straight back to its own format.
 * Each output must be what the app's own code path gives — the Import dataset… dialog's readDataset and the
 * format's exporter that Export… calls — and match the original by the rules: brat .ann line-sorted equal
 * and .txt byte-identical, JSON equal ignoring key order, CoNLL the same tokens and tags.
 *
 * Through Spanlight JSON only what that format holds can come back (texts, ids, titles, spans with their labels):
 * brat relations and events, doccano's extra keys, Prodigy's hashes and Label Studio's task layout have no place
 * in it. So that route is checked on texts and spans, and the direct route (format → same format) on everything.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportSections, type FormatDescriptor, formatByName } from '../../src/core/formats';
import type { FormatDocument, FormatFile, ImportOutcome } from '../../src/core/formats/types';
import { readDataset } from '../../src/renderer/ui/datasets/prepareDataset';
import { corpusDir, listCorpus, readCorpusText } from '../core/formats/corpus';
import { cli, tempDir } from './cliHarness';

type Comparison = 'brat' | 'json' | 'jsonl' | 'conll';

interface Fixture {
  folder: string;
  /** File names in the folder that make one dataset. */
  names: () => string[];
  format: string;
  compare: Comparison;
}

const bratNames = (folder: string) => () => [
  ...listCorpus(corpusDir(folder).dir, '.txt').filter((name) => name !== 'PROVENANCE.txt'),
  ...listCorpus(corpusDir(folder).dir, '.ann'),
  'annotation.conf',
];
const one = (folder: string, name: string, format: string, compare: Comparison): Fixture => ({
  folder,
  names: () => [name],
  format,
  compare,
});

const FIXTURES: Fixture[] = [
  {
    folder: 'formats/brat-tutorial-news',
    names: bratNames('formats/brat-tutorial-news'),
    format: 'brat',
    compare: 'brat',
  },
  {
    folder: 'formats/brat-conll2002-es',
    names: bratNames('formats/brat-conll2002-es'),
    format: 'brat',
    compare: 'brat',
  },
  ...[
    'data_export__pipeline__examples__sequence_labeling__example.jsonl',
    'data_export__pipeline__examples__relation_extraction__example.jsonl',
    'data_import__pipeline__examples__relation_extraction__example.jsonl',
    'data_import__tests__data__relation_extraction__example.jsonl',
    'data_import__tests__data__sequence_labeling__example_overlapping.jsonl',
  ].map((name) => one('formats/doccano-fixtures', name, 'jsonl', 'jsonl')),
  ...[
    'data_import__tests__data__sequence_labeling__example.conll',
    'data_import__tests__data__sequence_labeling__labeling.trailing.conll',
  ].map((name) => one('formats/doccano-fixtures', name, 'conll', 'conll')),
  ...['named_entity__tasks.json', 'named_entity__annotations__1.json'].map((name) =>
    one('formats/labelstudio-fixtures', name, 'labelstudio', 'json'),
  ),
  ...['annotated_news_headlines-ORG-PERSON-LOCATION-ner.first200.jsonl', 'bio_events.first30.jsonl'].map(
    (name) => one('formats/prodigy-ner-jsonl', name, 'prodigy', 'jsonl'),
  ),
  one('ner/anercorp-ar', 'ANERCorp_CamelLab_test.first300sent.txt', 'conll', 'conll'),
  one('ner/wojood-nested-ar', 'wojood_sample_test.txt', 'conll', 'conll'),
  one('ner/newsfane-gold-ar', 'NewsFANE_Gold_2014_170K.first300sent.txt', 'conll', 'conll'),
];

// The Spanlight JSON written by the app and by the command line carries the export time: the same clock for both.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T10:00:00.000Z'));
});
afterAll(() => {
  vi.useRealTimers();
});

function ok(outcome: ImportOutcome | null): Extract<ImportOutcome, { ok: true }> {
  if (!outcome) throw new Error('format not recognised');
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

/** What the app does with these files: Import dataset…'s reader, then Export…'s exporter for `to`. */
function appConvert(
  files: readonly FormatFile[],
  from: FormatDescriptor,
  to: FormatDescriptor,
): FormatFile[] {
  const imported = ok(readDataset(files, [], from.id).outcome);
  // The actors and places a Spanlight JSON file has go into the library with its documents, and out again.
  return to.exportDocuments(imported.documents, { baseName: 'spanlight-export', ...exportSections(imported) })
    .files;
}

/** Runs `spanlight convert` into a fresh folder and returns what it wrote, as files. */
function cliConvert(inputs: string[], from: string, to: FormatDescriptor): FormatFile[] {
  const dir = tempDir();
  const out = to.multiFile ? path.join(dir, 'out') : path.join(dir, `out${to.extensions[0]}`);
  const result = cli('convert', ...inputs, '--from', from, '--to', to.cliName, '--out', out);
  expect(result.code, result.err).toBe(0);
  const read = (file: string) =>
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(file));
  if (!to.multiFile) return [{ path: path.basename(out), content: read(out) }];
  return readdirSync(out)
    .sort()
    .map((name) => ({ path: name, content: read(path.join(out, name)) }));
}

function writtenFiles(files: readonly FormatFile[], dir = tempDir()): string[] {
  return files.map((file) => {
    const target = path.join(dir, file.path);
    writeFileSync(target, file.content, 'utf8');
    return target;
  });
}

const sortedLines = (text: string) =>
  text
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .sort();
/** JSON Lines records; a file that is one pretty-printed value (a doccano export does that) is one record. */
function jsonRecords(text: string): unknown[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  try {
    return lines.map((line) => JSON.parse(line));
  } catch {
    return [JSON.parse(text)];
  }
}
/** Token and tag columns, sentence breaks as null (blank lines at the end of the file are not a sentence break). */
function tokensAndTags(text: string): Array<string[] | null> {
  const rows = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => (line.trim() === '' ? null : line.split(line.includes('\t') ? '\t' : / +/)));
  while (rows.length > 0 && rows[rows.length - 1] === null) rows.pop();
  return rows;
}

/** The "same content" for a format's files. */
function expectSameContent(
  written: readonly FormatFile[],
  original: readonly FormatFile[],
  compare: Comparison,
) {
  if (compare === 'brat') {
    const encoder = new TextEncoder();
    for (const file of original.filter((f) => f.path.endsWith('.txt') || f.path.endsWith('.ann'))) {
      const back = written.find((candidate) => candidate.path === file.path);
      expect(back, file.path).toBeDefined();
      if (file.path.endsWith('.ann'))
        expect(sortedLines(back?.content ?? ''), file.path).toEqual(sortedLines(file.content));
      else expect(encoder.encode(back?.content), file.path).toEqual(encoder.encode(file.content));
    }
    return;
  }
  expect(written).toHaveLength(1);
  const [back] = written as [FormatFile];
  const [first] = original as [FormatFile];
  if (compare === 'json') expect(JSON.parse(back.content)).toEqual(JSON.parse(first.content));
  else if (compare === 'jsonl') expect(jsonRecords(back.content)).toEqual(jsonRecords(first.content));
  else expect(tokensAndTags(back.content)).toEqual(tokensAndTags(first.content));
}

/** Texts and spans: what Spanlight JSON holds of any format. */
const textsAndSpans = (documents: readonly FormatDocument[]) =>
  documents.map((doc) => ({
    text: doc.text,
    spans: doc.annotations.map((a) => [a.start, a.end, a.label, a.text]).sort(),
  }));

/** Texts and entities with white space removed: what survives a change of tokenization. */
const withoutSpaces = (documents: readonly FormatDocument[]) =>
  documents.map((doc) => ({
    sentences: doc.text.split('\n').map((line) => line.replace(/\s+/g, '')),
    entities: doc.annotations.map((a) => `${a.label} ${a.text.replace(/\s+/g, '')}`).sort(),
  }));

const spanlight = formatByName('spanlight') as FormatDescriptor;

for (const fixture of FIXTURES) {
  const corpus = corpusDir(fixture.folder);
  const format = formatByName(fixture.format) as FormatDescriptor;
  const label = `${fixture.folder}: ${fixture.names().length === 1 ? fixture.names()[0] : 'the collection'}`;
  describe.skipIf(!corpus.present)(corpus.title(`CLI on ${label} (${format.name})`), () => {
    // Read when a test runs: a skipped describe's body still runs while tests are collected.
    const inputs = () => fixture.names().map((name) => path.join(corpus.dir, name));
    const originals = () =>
      fixture.names().map((name) => ({ path: name, content: readCorpusText(corpus.dir, name) }));

    it(`${format.cliName} → ${format.cliName}: the same content, and what the app writes`, () => {
      const written = cliConvert(inputs(), fixture.format, format);
      expect(comparable(written, format)).toEqual(
        comparable(appConvert(originals(), format, format), format),
      );
      expectSameContent(written, originals(), fixture.compare);
    });

    it(`${format.cliName} → spanlight → ${format.cliName}: each step what the app writes; texts and spans kept`, () => {
      const json = cliConvert(inputs(), fixture.format, spanlight);
      expect(comparable(json, spanlight)).toEqual(
        comparable(appConvert(originals(), format, spanlight), spanlight),
      );
      const [jsonPath] = writtenFiles(json);
      const back = cliConvert([jsonPath as string], 'spanlight', format);
      expect(comparable(back, format)).toEqual(comparable(appConvert(json, spanlight, format), format));
      const before = ok(format.importFiles(originals()));
      // The Spanlight JSON holds every text and span of the import.
      expect(textsAndSpans(ok(spanlight.importFiles(json)).documents)).toEqual(
        textsAndSpans(before.documents),
      );
      const after = ok(format.importFiles(back));
      if (fixture.compare !== 'conll') {
        expect(textsAndSpans(after.documents)).toEqual(textsAndSpans(before.documents));
        return;
      }
      // CoNLL: Spanlight JSON has no place for the file's tokens, so the export tokenizes the text with Spanlight's
      // tokenizer, which splits punctuation a corpus may have left attached ("لأفغانستان؛"): the same characters
      // in the same sentences and the same entities come back, on tokens that may be cut finer.
      expect(withoutSpaces(after.documents)).toEqual(withoutSpaces(before.documents));
    });

    it('validate: the fixture is valid', () => {
      const result = cli('validate', ...inputs(), '--format', fixture.format);
      expect(result.out, result.err).toMatch(/: valid /);
      expect(result.code).toBe(0);
    });
  });
}

/** Files to compare: a multi-file format's by name (sorted), a single file's content only (its name is --out's). */
function comparable(files: readonly FormatFile[], format: FormatDescriptor): Array<FormatFile | string> {
  if (!format.multiFile) return files.map((file) => file.content);
  return [...files].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

const doccano = corpusDir('formats/doccano-fixtures');
describe.skipIf(!doccano.present)(doccano.title('CLI on the malformed doccano fixtures'), () => {
  it.each([
    ['data_import__tests__data__sequence_labeling__example.jsonl', 'jsonl', 'line 3: no "text"'],
    [
      'data_import__tests__data__sequence_labeling__labeling.invalid.conll',
      'conll',
      'line 1: expected a token and a tag',
    ],
  ])('%s: refused naming the line, nothing written', (name, from, message) => {
    const out = path.join(tempDir(), 'out.json');
    const result = cli(
      'convert',
      path.join(doccano.dir, name),
      '--from',
      from,
      '--to',
      'spanlight',
      '--out',
      out,
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain(message);
    expect(existsSync(out)).toBe(false);
    const validated = cli('validate', path.join(doccano.dir, name), '--format', from);
    expect(validated.code).toBe(1);
    expect(validated.out).toContain(message);
  });
});

const w3c = corpusDir('formats/w3c-web-annotation');
describe.skipIf(!w3c.present)(w3c.title('CLI on the W3C Web Annotation examples'), () => {
  it('every example converts as the app reads it, each annotation a span or a warning naming it', () => {
    for (const name of listCorpus(w3c.dir, '.json')) {
      const original = [{ path: name, content: readCorpusText(w3c.dir, name) }];
      const w3cFormat = formatByName('w3c') as FormatDescriptor;
      const app = ok(readDataset(original, [], 'w3c').outcome);
      const result = cli('convert', path.join(w3c.dir, name), '--from', 'w3c', '--to', 'spanlight');
      expect(result.code, name).toBe(0);
      expect(JSON.parse(result.out), name).toEqual(
        JSON.parse(spanlight.exportDocuments(app.documents).files[0]?.content ?? ''),
      );
      const value = JSON.parse(original[0]?.content ?? '');
      const count = value.type === 'AnnotationCollection' ? value.first.items.length : 1;
      const warned = result.err.split('\n').filter((line) => /^warning: annotation \d+/.test(line)).length;
      const detached = (app.detached ?? []).reduce((sum, doc) => sum + doc.annotations.length, 0);
      expect(warned + detached, name).toBe(count);
      if (detached > 0) expect(result.err, name).toContain(`not converted: the file does not hold the texts`);
      expect(w3cFormat.cliName).toBe('w3c');
    }
  });
});
