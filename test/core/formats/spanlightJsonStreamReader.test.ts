/**
 * The streamed import reads a Spanlight JSON file in chunks cut anywhere (inside strings, escapes, surrogate
 * pairs, numbers): its outcome must be the whole-file import's, for valid files, for files with wrong fields and
 * for any JSON value; and a text that is not JSON must be refused, never half read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonObjectScanner, JsonScanError } from '../../../src/core/formats/jsonObjectScanner';
import { importSpanlightJson } from '../../../src/core/formats/spanlightJson';
import { readSpanlightJsonStream } from '../../../src/core/formats/spanlightJsonStreamReader';
import { spanlightJsonChunks } from '../../../src/core/formats/spanlightJsonWriter';
import type { FormatAnnotation, FormatDocument } from '../../../src/core/formats/types';
import { normalizeText } from '../../../src/core/text/normalizeText';
import { anyText, rawArticleText, referenceBoundaries } from '../arbitraries';

const documentArb = (index: number): fc.Arbitrary<FormatDocument> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 3, arbitrary: rawArticleText(20) },
        { weight: 1, arbitrary: anyText({ wellFormed: true }) },
      ),
      fc.string({ maxLength: 8 }),
    )
    .chain(([raw, title]) => {
      const text = normalizeText(raw);
      const boundaries = [...referenceBoundaries(text)].sort((a, b) => a - b);
      const span =
        boundaries.length < 2
          ? fc.constant(null)
          : fc
              .tuple(
                fc.constantFrom(...boundaries),
                fc.constantFrom(...boundaries),
                fc.constantFrom('actor', 'place'),
              )
              .map(([a, b, label]): FormatAnnotation | null =>
                a === b
                  ? null
                  : {
                      start: Math.min(a, b),
                      end: Math.max(a, b),
                      label,
                      text: text.slice(Math.min(a, b), Math.max(a, b)),
                    },
              );
      return fc.array(span, { maxLength: 4 }).map((spans) => ({
        id: `doc-${index}`,
        title,
        text,
        annotations: spans.filter((s): s is FormatAnnotation => s !== null),
      }));
    });

const fileArb = fc
  .tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom(0, 2))
  .chain(([n, indent]) =>
    fc
      .tuple(...Array.from({ length: n }, (_, i) => documentArb(i)))
      .map((docs) => [...spanlightJsonChunks(docs, { exportedAt: new Date(0), indent })].join('')),
  );

/** Cuts a text at the given fractions of its length. */
function cut(text: string, points: readonly number[]): string[] {
  const offsets = [...new Set(points.map((p) => Math.floor(p * text.length)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let at = 0;
  for (const offset of offsets) {
    pieces.push(text.slice(at, offset));
    at = offset;
  }
  pieces.push(text.slice(at));
  return pieces;
}

async function* stream(pieces: readonly string[]): AsyncGenerator<string> {
  for (const piece of pieces) yield piece;
}

const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });

describe('readSpanlightJsonStream', () => {
  it('gives the whole-file outcome for written files cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, cuts, async (file, points) => {
        const streamed = await readSpanlightJsonStream(stream(cut(file, points)));
        expect(streamed).toEqual(importSpanlightJson(file));
        expect(streamed.ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same refusals as the whole-file import for wrong fields', async () => {
    const breakers: Array<(dataset: Record<string, unknown>) => void> = [
      (d) => {
        d.format = 'other';
      },
      (d) => {
        d.version = 2;
      },
      (d) => {
        d.labels = 'none';
      },
      (d) => {
        d.documents = {};
      },
      (d) => {
        delete d.documents;
      },
      (d) => {
        d.extra_top = [1, 2];
      },
      (d) => {
        const [doc] = d.documents as Array<Record<string, unknown>>;
        if (doc) doc.text = 7;
      },
      (d) => {
        const [doc] = d.documents as Array<Record<string, unknown>>;
        const [annotation] = (doc?.annotations ?? []) as Array<Record<string, unknown>>;
        if (annotation) annotation.start = -1;
      },
      (d) => {
        const [doc] = d.documents as Array<Record<string, unknown>>;
        const [annotation] = (doc?.annotations ?? []) as Array<Record<string, unknown>>;
        if (annotation) annotation.text = 'not the slice';
      },
      (d) => {
        const [doc] = d.documents as Array<Record<string, unknown>>;
        if (doc) doc.sha256 = '0'.repeat(64);
      },
    ];
    await fc.assert(
      fc.asyncProperty(fileArb, fc.constantFrom(...breakers), cuts, async (file, breaker, points) => {
        const dataset = JSON.parse(file);
        breaker(dataset);
        const text = JSON.stringify(dataset, null, 2);
        expect(await readSpanlightJsonStream(stream(cut(text, points)))).toEqual(importSpanlightJson(text));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses any JSON value the whole-file import refuses, and accepts none it refuses', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), cuts, async (value, points) => {
        const text = JSON.stringify(value);
        const whole = importSpanlightJson(text);
        const streamed = await readSpanlightJsonStream(stream(cut(text, points)));
        expect(streamed.ok).toBe(whole.ok);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses truncated files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fileArb,
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        cuts,
        async (file, keep, points) => {
          const truncated = file.trimEnd().slice(0, Math.floor(keep * file.trimEnd().length));
          const streamed = await readSpanlightJsonStream(stream(cut(truncated, points)));
          expect(streamed.ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('JsonObjectScanner', () => {
  it('gives each field and each element of a streamed array, as JSON.parse reads them', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })),
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }),
        cuts,
        (fields, items, points) => {
          const { documents: _ignored, ...rest } = fields;
          const text = JSON.stringify({ ...rest, documents: items }, null, 1);
          const scanner = new JsonObjectScanner(new Set(['documents']));
          const events = cut(text, points).flatMap((piece) => scanner.push(piece));
          events.push(...scanner.end());
          const parsed = JSON.parse(text);
          expect(events.filter((e) => e.kind === 'item').map((e) => e.value)).toEqual(parsed.documents);
          const seen = Object.fromEntries(
            events
              .filter((e) => e.kind === 'field' && e.key !== 'documents')
              .map((e) => [e.key, e.value] as const),
          );
          const { documents: _d, ...expected } = parsed;
          expect(seen).toEqual(expected);
          // An empty streamed array still says it was there.
          if (items.length === 0)
            expect(events).toContainEqual({ kind: 'field', key: 'documents', value: [] });
        },
      ),
      { numRuns: 300 },
    );
  });

  // Indented elements end where a newline, their indentation and their bracket first follow (the scanner's fast
  // way): any layout, even one where that guess is wrong, must give what JSON.parse gives.
  it('reads the same values whatever the layout: indentation, newlines and tabs anywhere between tokens', () => {
    const layout = fc.array(fc.constantFrom('', ' ', '\n', '\n ', '\n  ', '\n\t', '\t', '\n  \n '), {
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 6 }),
        layout,
        cuts,
        (items, spaces, points) => {
          let turn = 0;
          const space = () => spaces[turn++ % spaces.length] as string;
          const lay = (value: unknown): string => {
            if (Array.isArray(value))
              return `[${space()}${value.map(lay).join(`${space()},${space()}`)}${space()}]`;
            if (value && typeof value === 'object') {
              const fields = Object.entries(value).map(
                ([key, item]) => `${JSON.stringify(key)}${space()}:${space()}${lay(item)}`,
              );
              return `{${space()}${fields.join(`${space()},${space()}`)}${space()}}`;
            }
            return JSON.stringify(value);
          };
          const text = `{${space()}"documents"${space()}:${space()}${lay(items)}${space()},"n":${space()}${lay(items)}${space()}}`;
          const scanner = new JsonObjectScanner(new Set(['documents']));
          const events = cut(text, points).flatMap((piece) => scanner.push(piece));
          events.push(...scanner.end());
          const parsed = JSON.parse(text);
          expect(events.filter((e) => e.kind === 'item').map((e) => e.value)).toEqual(parsed.documents);
          expect(events.find((e) => e.kind === 'field' && e.key === 'n')?.value).toEqual(parsed.n);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('an indented element that does not parse is refused where it stops being JSON, as before', () => {
    const text = '{\n "documents": [\n  {"a": 1,\n  "b": [2,\n  }\n ]\n}';
    const scanner = new JsonObjectScanner(new Set(['documents']));
    expect(() => [...scanner.push(text), ...scanner.end()]).toThrow(
      /documents\[0\] is not valid JSON|ends before/,
    );
  });

  it('names where the text stops being JSON', () => {
    const scanner = new JsonObjectScanner(new Set(['documents']));
    expect(() => scanner.push('{"a": 1 "b": 2}')).toThrow(JsonScanError);
    expect(() => new JsonObjectScanner(new Set()).push('[1]')).toThrow(
      /expected "\{" but found "\[" at character 0/,
    );
    const open = new JsonObjectScanner(new Set(['documents']));
    open.push('{"documents": [{"a": "x\\"');
    expect(() => open.end()).toThrow(/ends before the object is complete/);
  });
});
