/**
 * draftsFromJsonl: one object per line, metadata at top level or in "meta", blank lines skipped, a broken line
 * refusing the file with its 1-based line number; doccano's own fixtures; a serializer → importer round trip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { decodeText } from '../../../src/core/intake/decodeText';
import { draftsFromJsonl } from '../../../src/core/intake/jsonl';
import { anyText } from '../arbitraries';
import { assertReason } from './support';

// Property tests run hundreds of cases: a wide per-test limit keeps a loaded CI machine from timing out.
vi.setConfig({ testTimeout: 120_000 });

describe('draftsFromJsonl', () => {
  it('reads text exactly and metadata from the object or its meta, the object first', () => {
    const jsonl = [
      JSON.stringify({
        text: '  قتل ثلاثة مدنيين\r\nفي الحسكة ',
        title: 'الحسكة',
        lang: 'ar',
        meta: { title: 'ignored', source: 'SANA' },
      }),
      '',
      JSON.stringify({
        text: 'Trois civils ont été tués.',
        meta: {
          title: ' Alep ',
          url: 'https://example.org/a',
          published_at: '2017-04-05',
          language: 'fr',
          author: 'AFP',
        },
      }),
      '   ',
      JSON.stringify({ text: 'Three killed.', date: '4/5/2017', source: 42, label: [[0, 5, 'ACTOR']] }),
    ].join('\n');
    expect(draftsFromJsonl(jsonl)).toEqual({
      ok: true,
      drafts: [
        { title: 'الحسكة', text: '  قتل ثلاثة مدنيين\r\nفي الحسكة ', lang: 'ar', source: 'SANA' },
        {
          title: 'Alep',
          text: 'Trois civils ont été tués.',
          url: 'https://example.org/a',
          publishedAt: '2017-04-05',
          lang: 'fr',
          byline: 'AFP',
        },
        // source 42 is not a string: ignored; the date is kept as written.
        { title: '', text: 'Three killed.', publishedAt: '4/5/2017' },
      ],
      warnings: [],
    });
  });

  it('accepts CRLF line endings, a BOM and a final newline', () => {
    const result = draftsFromJsonl('\uFEFF{"text":"a"}\r\n{"text":"b"}\r\n');
    expect(result.ok && result.drafts.map((d) => d.text)).toEqual(['a', 'b']);
  });

  it('skips lines with an empty text, counting them in a warning', () => {
    expect(draftsFromJsonl('{"text":""}\n{"text":"x"}\n{"text":"  "}\n')).toEqual({
      ok: true,
      drafts: [{ title: '', text: 'x' }],
      warnings: ['2 lines with an empty text were skipped (lines 1, 3)'],
    });
  });

  it.each([
    ['a broken line', '{"text":"a"}\n\n{"text": "b"\n', 'line 3 is not valid JSON'],
    ['a truncated first line', '{"text":"قتل', 'line 1 is not valid JSON'],
    ['a line without text', '{"text":"a"}\n{"title":"b"}\n', 'line 2 has no text'],
    ['a text that is not a string', '{"text":["a"]}', 'line 1 has no text'],
    ['a text only in meta', '{"meta":{"text":"a"}}', 'line 1 has no text'],
    ['an array line', '["text"]', 'line 1 is not a JSON object'],
    ['a null line', 'null', 'line 1 is not a JSON object'],
    [
      'a lone surrogate',
      '{"text":"a\\ud800b"}',
      'line 1 has a text with an unpaired surrogate (\\ud800 at character 1), which is not Unicode text',
    ],
    ['an empty file', '', 'it has no lines'],
    ['only blank lines', '\n \r\n\t\n', 'it has no lines'],
    ['only empty texts', '{"text":""}', 'every line has an empty text'],
    [
      'pretty-printed JSON',
      '{\n  "text": "a"\n}\n',
      'line 1 is not valid JSON (the file is one pretty-printed JSON value; JSON Lines needs one object per line)',
    ],
  ])('refuses %s', (_name, jsonl, reason) => {
    expect(draftsFromJsonl(jsonl)).toEqual({ ok: false, reason });
    assertReason(reason);
  });

  it('counts line numbers over CR-only line endings too', () => {
    expect(draftsFromJsonl('{"text":"a"}\r{"text":1}')).toEqual({ ok: false, reason: 'line 2 has no text' });
  });

  it('does not split inside a text on U+2028 / U+2029 (JSON.stringify writes them raw)', () => {
    const text = 'a\u2028b\u2029c';
    expect(draftsFromJsonl(JSON.stringify({ text }))).toEqual({
      ok: true,
      drafts: [{ title: '', text }],
      warnings: [],
    });
  });
});

describe('JSONL round trip', () => {
  const metadata = fc.option(anyText({ wellFormed: true }), { nil: undefined });
  const article = fc.record(
    {
      text: anyText({ wellFormed: true }),
      title: metadata,
      source: metadata,
      url: metadata,
      date: metadata,
      lang: metadata,
    },
    { requiredKeys: ['text'] },
  );

  it('reads back what JSON.stringify wrote, line by line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(article, fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        (articles, newline) => {
          const jsonl = articles
            .map(([a, inMeta, blankAfter]) => {
              const { text, ...meta } = a;
              const line = JSON.stringify(inMeta ? { text, meta } : a);
              return blankAfter ? line + newline : line;
            })
            .join(newline);
          const kept = articles.map(([a]) => a).filter((a) => a.text.trim() !== '');
          const expected = kept.map((a) => {
            const draft: Record<string, string> = { title: a.title?.trim() ?? '', text: a.text };
            for (const [from, to] of [
              ['source', 'source'],
              ['url', 'url'],
              ['date', 'publishedAt'],
              ['lang', 'lang'],
            ] as const) {
              const value = a[from]?.trim();
              if (value) draft[to] = value;
            }
            return draft;
          });
          const result = draftsFromJsonl(jsonl);
          if (kept.length === 0) {
            expect(result).toEqual({ ok: false, reason: 'every line has an empty text' });
          } else {
            expect(result.ok && result.drafts).toEqual(expected);
            expect(result.ok && result.warnings.length).toBe(kept.length === articles.length ? 0 : 1);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

const DOCCANO = fileURLToPath(new URL('../../../../shared/corpus/formats/doccano-fixtures', import.meta.url));
const doccanoFile = (name: string) => {
  const decoded = decodeText(new Uint8Array(readFileSync(join(DOCCANO, name))));
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.text;
};

describe('real data: doccano fixtures', () => {
  const present = existsSync(DOCCANO);
  const title = (name: string) => (present ? name : `${name} (skipped: ${DOCCANO} is absent)`);

  it.skipIf(!present)(title('sequence labeling export: three documents, labels ignored'), () => {
    expect(
      draftsFromJsonl(doccanoFile('data_export__pipeline__examples__sequence_labeling__example.jsonl')),
    ).toEqual({
      ok: true,
      drafts: [
        { title: '', text: 'EU rejects German call to boycott British lamb.' },
        { title: '', text: 'Peter Blackburn' },
        { title: '', text: 'President Obama' },
      ],
      warnings: [],
    });
  });

  it.skipIf(!present)(title('overlapping-spans example: one document'), () => {
    expect(
      draftsFromJsonl(doccanoFile('data_import__tests__data__sequence_labeling__example_overlapping.jsonl')),
    ).toEqual({
      ok: true,
      drafts: [{ title: '', text: 'exampleA' }],
      warnings: [],
    });
  });

  it.skipIf(!present)(title('relation examples (one object per line): the text imports'), () => {
    for (const name of [
      'data_import__pipeline__examples__relation_extraction__example.jsonl',
      'data_import__tests__data__relation_extraction__example.jsonl',
    ]) {
      expect(draftsFromJsonl(doccanoFile(name))).toEqual({
        ok: true,
        drafts: [
          { title: '', text: 'Google was founded on September 4, 1998, by Larry Page and Sergey Brin.' },
        ],
        warnings: [],
      });
    }
  });

  // doccano's fixture has a line without "text" on purpose: nothing partial is imported, and the line is named.
  it.skipIf(!present)(title('the fixture with a text-less line is refused, naming line 3'), () => {
    expect(
      draftsFromJsonl(doccanoFile('data_import__tests__data__sequence_labeling__example.jsonl')),
    ).toEqual({
      ok: false,
      reason: 'line 3 has no text',
    });
  });

  it.skipIf(!present)(title('custom column names ("column_data") are not "text": refused at line 1'), () => {
    expect(
      draftsFromJsonl(doccanoFile('data_import__pipeline__examples__sequence_labeling__example.jsonl')),
    ).toEqual({
      ok: false,
      reason: 'line 1 has no text',
    });
  });

  it.skipIf(!present)(title('the pretty-printed relation export is refused with a hint'), () => {
    const result = draftsFromJsonl(
      doccanoFile('data_export__pipeline__examples__relation_extraction__example.jsonl'),
    );
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/^line 1 is not valid JSON \(.*pretty-printed/),
    });
  });

  it.skipIf(!present)(title('every .jsonl fixture ends in drafts or a reason, never an exception'), () => {
    const files = readdirSync(DOCCANO).filter((name) => name.endsWith('.jsonl'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const name of files) {
      const result = draftsFromJsonl(doccanoFile(name));
      if (!result.ok) assertReason(result.reason);
    }
  });
});
