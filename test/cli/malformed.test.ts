/**
 * Bad input on the command line, every format: a valid file (written by the converter itself) is broken in one
 * way — truncated, an offset out of range, a value of the wrong type, the text missing — and `convert` must exit 1,
 * say on standard error which file and which line or record, and write nothing (neither an output file nor a brat
 * folder); `validate` must find the same record. The valid file converts, so each case fails for its one break.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './cliHarness';

// Two documents, so that "line 2" / "document 2" tells which record is named; the second has Arabic and an emoji.
const DOCCANO = [
  '{"text": "Ali met Sara in Raqqa.", "label": [[0, 3, "actor"], [16, 21, "place"]]}',
  '{"text": "قسد في الرقة 😀", "label": [[0, 3, "actor"], [7, 12, "place"]]}',
  '',
].join('\n');

type Key = string | number;
/** The object at a path of keys in a parsed file, to edit it. */
function at(value: unknown, keys: readonly Key[]): Record<Key, unknown> {
  let here = value;
  for (const key of keys) here = (here as Record<Key, unknown>)[key];
  return here as Record<Key, unknown>;
}
type Break = 'truncated' | 'offset out of range' | 'wrong type' | 'missing text';

interface Case {
  /** The CLI's format name. */
  format: string;
  /** CSV of spans and W3C hold no texts: they are read with the documents' texts (--texts). */
  texts?: boolean;
  /** The valid file broken one way; the expected locator (a regular expression on standard error). */
  breaks: Partial<
    Record<Break, { edit: (valid: string) => string; names: RegExp | ((valid: string) => RegExp) }>
  >;
}

/** Parses, edits and writes back JSON with the converter's indentation, so lines stay lines. */
const json =
  (edit: (value: unknown) => void, indent = 2) =>
  (text: string) => {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    edit(value);
    return `${JSON.stringify(value, null, indent)}\n`;
  };
/** The second JSON line edited. */
const line2 = (edit: (value: unknown) => void) => (text: string) => {
  const [first, second] = text.split('\n');
  return `${first}\n${json(edit, 0)(second as string)}`;
};
/** The text cut a few characters into its last occurrence of `needle`. */
const cutAt = (needle: string, keep: number) => (text: string) =>
  text.slice(0, text.lastIndexOf(needle) + keep);
/** A JSON file cut inside a string: named at its last line, where the parser runs out of input. */
const truncatedJson = (needle: string, keep: number) => {
  const edit = cutAt(needle, keep);
  return {
    edit,
    names: (valid: string) =>
      new RegExp(
        `line ${edit(valid).split('\n').length}, column \\d+: not valid JSON \\(Unterminated string`,
      ),
  };
};

const CASES: Case[] = [
  {
    format: 'spanlight',
    breaks: {
      truncated: truncatedJson('"قسد في', 6),
      'offset out of range': {
        edit: json((d) =>
          Object.assign(at(d, ['documents', 1, 'annotations', 1]), { end: 99, end_utf16: 99 }),
        ),
        names:
          /document 2 \(id "document-2"\), annotation 2 \(id "document-2-2"\): offsets are outside the text/,
      },
      'wrong type': {
        edit: json((d) => Object.assign(at(d, ['documents', 1, 'annotations', 1]), { start: '7' })),
        names:
          /document 2 \(id "document-2"\), annotation 2 \(id "document-2-2"\): "start" is the string "7"/,
      },
      'missing text': {
        edit: json((d) => delete at(d, ['documents', 1]).text),
        names: /document 2 \(id "document-2"\): "text" is missing/,
      },
    },
  },
  {
    format: 'jsonl',
    breaks: {
      truncated: { edit: cutAt('الرقة', 2), names: /line 2: column \d+: not valid JSON/ },
      'offset out of range': {
        edit: line2((d) => Object.assign(at(d, ['label']), { 1: [7, 99, 'place'] })),
        names: /line 2, label\[1\]: offsets 7\.\.99 are outside the text/,
      },
      'wrong type': {
        edit: line2((d) => Object.assign(at(d, ['label']), { 1: ['7', 12, 'place'] })),
        names: /line 2, label\[1\]: expected \[start, end, "LABEL"\]/,
      },
      'missing text': { edit: line2((d) => delete at(d, []).text), names: /line 2: no "text"/ },
    },
  },
  {
    format: 'labelstudio',
    breaks: {
      truncated: truncatedJson('"قسد في', 6),
      'offset out of range': {
        edit: json((d) => Object.assign(at(d, [1, 'annotations', 0, 'result', 1, 'value']), { end: 99 })),
        names: /task 2, annotation 1, result 2: offsets 7\.\.99 are outside the text/,
      },
      'wrong type': {
        edit: json((d) => Object.assign(at(d, [1, 'annotations', 0, 'result', 1, 'value']), { start: '7' })),
        names: /task 2, annotation 1, result 2: value\.start and value\.end must be whole numbers/,
      },
      'missing text': {
        edit: json((d) => delete at(d, [1, 'data']).text),
        names: /task 2: data has no "text"/,
      },
    },
  },
  {
    format: 'prodigy',
    breaks: {
      truncated: { edit: cutAt('الرقة', 2), names: /line 2: column \d+: not valid JSON/ },
      'offset out of range': {
        edit: line2((d) => Object.assign(at(d, ['spans', 1]), { end: 99 })),
        names: /line 2, span 2: offsets 7\.\.99 are outside the text/,
      },
      'wrong type': {
        edit: line2((d) => Object.assign(at(d, ['spans', 1]), { start: '7' })),
        names: /line 2, span 2: start and end must be whole numbers/,
      },
      'missing text': { edit: line2((d) => delete at(d, []).text), names: /line 2: no "text"/ },
    },
  },
  {
    // A folder: the break is made in document-1.ann (or, for the text, by removing document-2.txt).
    format: 'brat',
    breaks: {
      truncated: { edit: cutAt('place 16', 8), names: /document-1\.ann line 2: T2: "16" is not "START END"/ },
      'offset out of range': {
        edit: (ann) => ann.replace('place 16 21', 'place 16 99'),
        names: /document-1\.ann line 2: T2 offsets 16\.\.99 are outside the text/,
      },
      'wrong type': {
        edit: (ann) => ann.replace('place 16 21', 'place x 21'),
        names: /document-1\.ann line 2: T2: "x 21" is not "START END"/,
      },
      'missing text': { edit: (ann) => ann, names: /document-2\.ann: there is no document-2\.txt/ },
    },
  },
  {
    // CoNLL has no offsets (a token's place is its line), so nothing can be out of range; a tag is its typed value.
    format: 'conll',
    breaks: {
      truncated: {
        edit: cutAt('Raqqa', 4),
        names: /line 7: expected a token and a tag separated by a space, found "Raqq"/,
      },
      'wrong type': {
        edit: (text) => text.replace('الرقة B-place', 'الرقة X-place'),
        names: /line 14: "X-place" is not an IOB2 tag/,
      },
    },
  },
  {
    format: 'w3c',
    texts: true,
    breaks: {
      truncated: truncatedJson('"قسد', 3),
      'offset out of range': {
        edit: json((d) => Object.assign(at(d, ['first', 'items', 3, 'target', 'selector', 0]), { end: 99 })),
        names:
          /annotation 4 \(urn:spanlight:annotation:document-2:2\) on urn:spanlight:document:document-2: offsets 7\.\.99 are outside the text/,
      },
      'wrong type': {
        edit: json((d) =>
          Object.assign(at(d, ['first', 'items', 3, 'target', 'selector', 0]), { start: '7' }),
        ),
        names:
          /annotation 4 \(urn:spanlight:annotation:document-2:2\): its TextPositionSelector's start and end must be whole numbers/,
      },
    },
  },
  {
    format: 'csv',
    texts: true,
    breaks: {
      truncated: { edit: cutAt('الرقة', 2), names: /row 4 \(line 5\): 4 fields, but the header has 11/ },
      'offset out of range': {
        edit: (text) => text.replace('الرقة,7,12,7,12', 'الرقة,7,99,7,99'),
        names: /row 4 \(line 5\), document "document-2", span 2: offsets 7\.\.99 are outside the text/,
      },
      'wrong type': {
        edit: (text) => text.replace('الرقة,7,12,7,12', 'الرقة,seven,12,7,12'),
        names: /row 4 \(line 5\): start "seven" is not a whole number/,
      },
      'missing text': {
        edit: (text) => text.replace('الرقة,7,12,7,12', ',,,,'),
        names: /row 4 \(line 5\): no offsets and no text/,
      },
    },
  },
];

/** The valid file (or brat folder) of a format, written by `convert` from the doccano lines. */
function writeValid(dir: string, format: string, name = `valid.${format}`): string {
  const doccano = path.join(dir, 'in.jsonl');
  writeFileSync(doccano, DOCCANO, 'utf8');
  const file = path.join(dir, name);
  expect(cli('convert', doccano, '--from', 'jsonl', '--to', format, '--out', file).code).toBe(0);
  return file;
}

describe('convert and validate refuse a malformed file of every format', () => {
  for (const { format, texts, breaks } of CASES) {
    for (const [kind, { edit, names }] of Object.entries(breaks)) {
      it(`${format}, ${kind}: exit 1, the file and record named, nothing written`, () => {
        const dir = tempDir();
        const valid = writeValid(dir, format);
        const located = typeof names === 'function' ? names(readFileSync(valid, 'utf8')) : names;
        const textsArgs = texts ? ['--texts', writeValid(dir, 'spanlight', 'texts.json')] : [];
        const bad = path.join(dir, `bad-${format}`);
        if (format === 'brat') {
          // The folder copied, then one file broken (or the second text removed).
          mkdirSync(bad);
          for (const name of [
            'annotation.conf',
            'document-1.ann',
            'document-1.txt',
            'document-2.ann',
            'document-2.txt',
          ])
            writeFileSync(path.join(bad, name), readFileSync(path.join(valid, name)));
          const ann = path.join(bad, 'document-1.ann');
          writeFileSync(ann, edit(readFileSync(ann, 'utf8')));
          if (kind === 'missing text') rmSync(path.join(bad, 'document-2.txt'));
        } else {
          writeFileSync(bad, edit(readFileSync(valid, 'utf8')));
          expect(readFileSync(bad, 'utf8'), 'the break changed the file').not.toBe(
            readFileSync(valid, 'utf8'),
          );
        }

        // The unbroken file converts: the failure below is the break's.
        const control = path.join(dir, 'control.json');
        expect(
          cli('convert', valid, '--from', format, '--to', 'spanlight', '--out', control, ...textsArgs).code,
        ).toBe(0);

        for (const [to, out] of [
          ['spanlight', path.join(dir, 'out.json')],
          ['brat', path.join(dir, 'out-brat')],
        ] as const) {
          const result = cli('convert', bad, '--from', format, '--to', to, '--out', out, ...textsArgs);
          expect(result.code, result.err).toBe(1);
          const [message, ...rest] = result.err.split('\n').filter((line) => !line.startsWith('warning: '));
          expect(rest).toEqual([]);
          expect(message).toContain(`spanlight: cannot import ${bad} as `);
          expect(message).toMatch(located);
          expect(existsSync(out), `${out} was written`).toBe(false);
        }
        const checked = cli('validate', bad, '--format', format, ...textsArgs);
        expect(checked.code).toBe(1);
        expect(checked.out).toMatch(located);
        expect(checked.out).toContain(bad);
      });
    }
  }
});
