/**
 * Fuzz: valid files of each format, truncated and byte-mutated, through every importer. Each case must end in
 * {ok: true, …} or {ok: false, reason: non-empty string}; no exception, no malformed result. The seed is fixed
 * so a failure reproduces; NIGHTLY_FUZZ_RUNS=100000 scales the runs per format up (default 1,000).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftsFromCsvText, parseCsv } from '../../../src/core/intake/csv';
import { decodeText, TEXT_ENCODING_CHOICES } from '../../../src/core/intake/decodeText';
import { detectFileKind } from '../../../src/core/intake/detectKind';
import { draftsFromJsonl } from '../../../src/core/intake/jsonl';
import { draftFromMarkdown, markdownToText } from '../../../src/core/intake/markdown';
import type { FileKind } from '../../../src/core/intake/types';
import {
  assertIntakeShape,
  assertReason,
  encodeSingleByte,
  encodeUtf16,
  ISO_8859_6,
  utf8,
  WINDOWS_1256,
} from './support';

const RUNS = Number(process.env.NIGHTLY_FUZZ_RUNS) || 1000;
const SEED = 20261201;
/** vitest's per-test limit, not a timing assertion: ~3 ms per case on a laptop, with a wide margin for CI. */
const TIMEOUT_MS = 60_000 + RUNS * 50;

const KINDS: readonly FileKind[] = ['text', 'html', 'pdf', 'docx', 'markdown', 'csv', 'jsonl'];
const AR = 'قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف على مدينة الحسكة، بحسب المرصد السوري لحقوق الإنسان.';
const EN = 'Three civilians were killed in Hasakah, the Syrian Observatory for Human Rights said.';
const FR = 'Trois civils ont été tués à Hassaké, selon l’Observatoire syrien des droits de l’homme.';

const SEEDS: Record<string, { name: string; bytes: Uint8Array }[]> = {
  text: [
    { name: 'a.txt', bytes: utf8(`${AR}\r\n${EN}\n${FR}`) },
    { name: 'a.txt', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(`${AR} 😀\n`)]) },
    { name: 'a.txt', bytes: encodeUtf16(`${AR}\r\n${FR}`, true, true) },
    { name: 'a.txt', bytes: encodeUtf16(`${EN}\n${AR}`, false, true) },
    { name: 'a.txt', bytes: encodeSingleByte(`${AR}\r\n${AR}`, WINDOWS_1256) },
    { name: 'a.txt', bytes: encodeSingleByte(`${AR}\n${EN}`, ISO_8859_6) },
  ],
  csv: [
    {
      name: 'a.csv',
      bytes: utf8(
        `\uFEFFtitle,text,source,date,url\r\nالحسكة,"${AR}\r\n""quoted"", more",SANA,4/16/2017,https://example.org\r\nAlep,"${FR}",AFP,4/5/2017,\r\n`,
      ),
    },
    {
      name: 'a.csv',
      bytes: utf8(`titre;texte;date\n"Alep; Syrie";"${FR}\n${FR}";2017-03-12\n;;\nx;y;12/03/2017\n`),
    },
    { name: 'a.csv', bytes: utf8(`headline\tbody\tlang\n${EN}\t"${EN}"\ten\n`) },
  ],
  jsonl: [
    {
      name: 'a.jsonl',
      bytes: utf8(
        [
          JSON.stringify({
            text: `${AR}\r\n${AR}`,
            title: 'الحسكة',
            meta: { source: 'SANA', date: '2017-04-05' },
          }),
          '',
          JSON.stringify({
            text: FR,
            meta: { url: 'https://example.org', lang: 'fr' },
            label: [[0, 5, 'PLACE']],
          }),
          JSON.stringify({ text: `${EN} \u2028 \ud83d\ude00`, published_at: '2017-04-05T08:00:00Z' }),
        ].join('\n'),
      ),
    },
    { name: 'a.ndjson', bytes: utf8('{"text":"a"}\r\n{"text":"b","meta":{"title":"t"}}\r\n') },
  ],
  markdown: [
    {
      name: 'a.md',
      bytes: utf8(
        `---\ntitle: x\n---\n# ${AR}\n\n${EN} **strong** *em* [link](https://x.org) ![alt](a.png) \`code\` <span>in</span>\n\n` +
          `> ${FR}\n>\n> - nested\n\n1. one\n2. two\n\n| a | b |\n|---|:-:|\n| ${AR} | c \\| d |\n\n\`\`\`\ncode\n\`\`\`\n\n` +
          `<div>\nhtml\n</div>\n\n---\n\n[ref]: https://x.org\n\nSee [it][ref]. &amp; \\*\n`,
      ),
    },
    { name: 'a.markdown', bytes: utf8(`Title\n=====\n\n    indented\n\n* a\n* b\n  continued  \n  hard\n`) },
  ],
};

/** Bytes that matter to the formats' syntax, so mutations hit structure, not only letters. */
const STRUCTURAL = [
  0x22, 0x2c, 0x3b, 0x09, 0x0a, 0x0d, 0x7b, 0x7d, 0x5b, 0x5d, 0x3a, 0x5c, 0x7c, 0x2a, 0x23, 0x3c, 0x3e, 0x60,
  0x00, 0xef, 0xbb, 0xbf, 0xfe, 0xff, 0xd8,
];

type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'set'; at: number; byte: number }
  | { op: 'insert'; at: number; bytes: number[] }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number };

const anyByte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(...STRUCTURAL));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), byte: anyByte }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.array(anyByte, { minLength: 1, maxLength: 6 }),
  }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
);

function mutate(input: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = Array.from(input);
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % (bytes.length + 1);
    if (m.op === 'truncate') bytes = bytes.slice(0, at);
    else if (m.op === 'set' && at < bytes.length) bytes[at] = m.byte;
    else if (m.op === 'insert') bytes.splice(at, 0, ...m.bytes);
    else if (m.op === 'delete') bytes.splice(at, m.length);
    else if (m.op === 'duplicate') bytes.splice(at, 0, ...bytes.slice(at, at + m.length));
  }
  return Uint8Array.from(bytes);
}

/** Every importer on one input; throws (failing the property) on any exception or malformed result. */
function throughEveryImporter(name: string, bytes: Uint8Array): void {
  const kind = detectFileKind(name, bytes);
  if (kind !== null && !KINDS.includes(kind)) throw new Error(`unknown kind ${kind}`);
  const decoded = decodeText(bytes);
  if (decoded.ok) {
    if (typeof decoded.text !== 'string') throw new Error('decoded text is not a string');
  } else {
    assertReason(decoded.reason);
  }
  for (const { encoding } of TEXT_ENCODING_CHOICES) {
    const chosen = decodeText(bytes, encoding);
    if (chosen.ok) expect(chosen.certainty).toBe('chosen');
    else assertReason(chosen.reason);
  }
  // The text importers also get the text of undecodable bytes (lenient UTF-8), so they are fuzzed either way.
  const text = decoded.ok ? decoded.text : new TextDecoder().decode(bytes);
  expect(typeof markdownToText(text)).toBe('string');
  assertIntakeShape(draftFromMarkdown(text, name));
  const table = parseCsv(text);
  if (table.ok) expect(table.rows.every((row) => row.length === table.header.length)).toBe(true);
  else assertReason(table.reason);
  const csv = draftsFromCsvText(text);
  assertIntakeShape(csv);
  if (csv.ok) expect(csv.drafts.every((draft) => draft.text.trim() !== '')).toBe(true);
  const jsonl = draftsFromJsonl(text);
  assertIntakeShape(jsonl);
  if (jsonl.ok) expect(jsonl.drafts.every((draft) => draft.text.trim() !== '')).toBe(true);
}

describe(`fuzz: ${RUNS} mutated inputs per format (seed ${SEED})`, () => {
  it('the seeds themselves import cleanly in their own format', () => {
    for (const seed of SEEDS.text ?? []) expect(decodeText(seed.bytes).ok).toBe(true);
    for (const seed of SEEDS.csv ?? [])
      expect(draftsFromCsvText(new TextDecoder().decode(seed.bytes)).ok).toBe(true);
    for (const seed of SEEDS.jsonl ?? [])
      expect(draftsFromJsonl(new TextDecoder().decode(seed.bytes)).ok).toBe(true);
    for (const seed of SEEDS.markdown ?? []) {
      expect(draftFromMarkdown(new TextDecoder().decode(seed.bytes), seed.name).ok).toBe(true);
    }
  });

  it.each(Object.keys(SEEDS))(
    '%s',
    (format) => {
      const seeds = SEEDS[format] ?? [];
      fc.assert(
        fc.property(
          fc.constantFrom(...seeds),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          (seed, mutations) => {
            throughEveryImporter(seed.name, mutate(seed.bytes, mutations));
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'random bytes',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom('a.txt', 'a.csv', 'a.jsonl', 'a.md', 'a.pdf', 'a'),
          fc.uint8Array({ maxLength: 200 }),
          (name, bytes) => {
            throughEveryImporter(name, bytes);
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT_MS,
  );
});
