/**
 * The one Spanlight JSON serializer writes a file as chunks so no whole-library string exists. Joined, the chunks
 * must be exactly the one-shot JSON (JSON.stringify of the same dataset, any indentation, any chunk size, sync or
 * from async batches), and importing the file then writing it again must give the same bytes and documents.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document';
import { buildDataset } from '../../../src/core/export/spanlightDataset';
import { toFormatDocuments } from '../../../src/core/export/toFormatDocuments';
import { exportSpanlightJson, importSpanlightJson } from '../../../src/core/formats/spanlightJson';
import {
  SpanlightJsonWriter,
  spanlightJsonChunks,
  spanlightJsonChunksFrom,
  spanlightJsonHeader,
} from '../../../src/core/formats/spanlightJsonWriter';
import {
  createRecordContext,
  defaultLabelTable,
  spanlightDocumentRecord,
} from '../../../src/core/formats/spanlightRecord';
import type { FormatAnnotation, FormatDocument } from '../../../src/core/formats/types';
import { type Span, sortSpans } from '../../../src/core/spans/span';
import { normalizeText } from '../../../src/core/text/normalizeText';
import { anyText, rawArticleText, referenceBoundaries } from '../arbitraries';

const LABELS = ['actor', 'place', 'casualty_count'];
const EXPORTED_AT = new Date('2026-12-01T10:00:00.000Z');

const documentArb = (index: number): fc.Arbitrary<FormatDocument> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 3, arbitrary: rawArticleText(30) },
        { weight: 1, arbitrary: anyText({ wellFormed: true }) },
      ),
      fc.string({ maxLength: 10 }),
      fc.option(fc.constantFrom('ar', 'en'), { nil: undefined }),
      fc.option(fc.dictionary(fc.constantFrom('x_note', 'x_rank'), fc.jsonValue({ maxDepth: 2 })), {
        nil: undefined,
      }),
    )
    .chain(([raw, title, lang, unknown]) => {
      const text = normalizeText(raw);
      const boundaries = [...referenceBoundaries(text)].sort((a, b) => a - b);
      const span =
        boundaries.length < 2
          ? fc.constant(null)
          : fc
              .tuple(
                fc.constantFrom(...boundaries),
                fc.constantFrom(...boundaries),
                fc.constantFrom(...LABELS),
                fc.option(fc.constantFrom('Huda', 'سارة'), { nil: undefined }),
              )
              .map(([a, b, label, annotator]): FormatAnnotation | null => {
                if (a === b) return null;
                const [start, end] = [Math.min(a, b), Math.max(a, b)];
                return {
                  id: `a-${index}-${start}-${end}-${label}`,
                  start,
                  end,
                  label,
                  text: text.slice(start, end),
                  ...(annotator ? { annotator } : {}),
                };
              });
      return fc.array(span, { maxLength: 5 }).map((spans) => {
        const doc: FormatDocument = {
          id: `doc-${index + 1}`,
          title,
          text,
          annotations: spans.filter((s): s is FormatAnnotation => s !== null),
        };
        if (lang) doc.lang = lang;
        if (unknown && Object.keys(unknown).length > 0) {
          doc.meta = { spanlight: { importedAt: '2026-01-01T00:00:00.000Z', unknown } };
        }
        return doc;
      });
    });

const documentsArb = fc
  .integer({ min: 0, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => documentArb(i))));

/** The one-shot reference: the dataset object built from the same records, stringified whole. */
function oneShot(documents: readonly FormatDocument[], indent: number): string {
  const header = spanlightJsonHeader(documents[0], { exportedAt: EXPORTED_AT });
  const context = createRecordContext(header.exportedAt);
  const dataset = {
    format: 'spanlight.dataset',
    version: 1,
    exported_at: header.exportedAt,
    labels: header.labels,
    documents: documents.map((doc, index) => spanlightDocumentRecord(doc, index, context)),
  };
  return `${JSON.stringify(dataset, null, indent)}\n`;
}

/** Splits a list into consecutive batches of the given sizes (cycled). */
function inBatches<T>(items: readonly T[], sizes: readonly number[]): T[][] {
  const batches: T[][] = [];
  let at = 0;
  for (let n = 0; at < items.length; n++) {
    const size = sizes[n % sizes.length] as number;
    batches.push(items.slice(at, at + size));
    at += size;
  }
  return batches;
}

async function* asAsync<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('spanlightJsonChunks', () => {
  it('joined, the chunks are exactly the one-shot JSON, for any indentation and chunk size', () => {
    fc.assert(
      fc.property(
        documentsArb,
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 4 }),
        (documents, indent, perChunk) => {
          const chunks = [
            ...spanlightJsonChunks(documents, {
              exportedAt: EXPORTED_AT,
              indent,
              documentsPerChunk: perChunk,
            }),
          ];
          expect(chunks.join('')).toBe(oneShot(documents, indent));
          // Envelope, one chunk per batch, closing: never the whole file in one piece.
          expect(chunks.length).toBe(2 + Math.ceil(documents.length / perChunk));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('from async batches of any sizes, the same text as from the documents at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        documentsArb,
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 }),
        async (documents, sizes) => {
          const header = spanlightJsonHeader(documents[0], { exportedAt: EXPORTED_AT });
          let streamed = '';
          for await (const chunk of spanlightJsonChunksFrom(asAsync(inBatches(documents, sizes)), header)) {
            streamed += chunk;
          }
          expect(streamed).toBe(oneShot(documents, 2));
          expect(streamed).toBe(exportSpanlightJson(documents, { exportedAt: EXPORTED_AT }).content);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('re-import is the identity: the documents come back and writing them again gives the same file', () => {
    fc.assert(
      fc.property(documentsArb, (documents) => {
        const file = [...spanlightJsonChunks(documents, { exportedAt: EXPORTED_AT })].join('');
        const outcome = importSpanlightJson(file);
        if (!outcome.ok) throw new Error(outcome.reason);
        expect(outcome.documents.map(({ id, title, text, lang }) => ({ id, title, text, lang }))).toEqual(
          documents.map(({ id, title, text, lang }) => ({ id, title, text, lang })),
        );
        expect(
          outcome.documents.map((doc) =>
            doc.annotations.map(({ id, start, end, label, text, annotator }) => ({
              id,
              start,
              end,
              label,
              text,
              annotator,
            })),
          ),
        ).toEqual(
          documents.map((doc) =>
            sortSpans(doc.annotations).map(({ id, start, end, label, text, annotator }) => ({
              id,
              start,
              end,
              label,
              text,
              annotator,
            })),
          ),
        );
        // Unknown keys, times and the label table ride along: the second file is the first, byte for byte. (An
        // empty dataset has no document to carry its export time, so that one time is given again.)
        const again = outcome.documents.length > 0 ? {} : { exportedAt: EXPORTED_AT };
        expect([...spanlightJsonChunks(outcome.documents, again)].join('')).toBe(file);
      }),
      { numRuns: 200 },
    );
  });

  it('the library path writes what buildDataset builds (one record builder for both)', () => {
    const document = createDocument({ title: 'T', text: '😀 قُتل ٣ في بالحسكة', lang: 'ar' }, 'doc', 5);
    const span: Span = {
      id: 's',
      docId: 'doc',
      start: 14,
      end: 20,
      label: 'place',
      text: 'الحسكة',
      createdAt: 1,
      updatedAt: 2,
      annotator: 'Huda',
    };
    const entries = [{ document, spans: [span] }];
    const streamed = [
      ...spanlightJsonChunks(toFormatDocuments(entries), {
        exportedAt: EXPORTED_AT,
        invalidAnnotations: 'throw',
      }),
    ].join('');
    expect(streamed).toBe(`${JSON.stringify(buildDataset(entries, EXPORTED_AT), null, 2)}\n`);
    expect(JSON.parse(streamed).documents[0].sha256).toBe(document.sha256);
  });

  it('refuses the library export of a span that splits a surrogate pair, warns for Export…', () => {
    const doc: FormatDocument = {
      id: 'd',
      title: '',
      text: 'a😀',
      annotations: [{ id: 's', start: 0, end: 2, label: 'actor', text: 'a\uD83D' }],
    };
    expect(() => [...spanlightJsonChunks([doc], { invalidAnnotations: 'throw' })]).toThrow(RangeError);
    const warnings: string[] = [];
    const file = [...spanlightJsonChunks([doc], {}, warnings)].join('');
    expect(JSON.parse(file).documents[0].annotations).toEqual([]);
    expect(warnings.join(' ')).toMatch(/not exported/);
  });
});

describe('SpanlightJsonWriter', () => {
  const header = { exportedAt: EXPORTED_AT.toISOString(), labels: defaultLabelTable() };

  it('writes an empty dataset like JSON.stringify, compact and indented', () => {
    for (const indent of [0, 2, 4]) {
      const writer = new SpanlightJsonWriter(header, indent);
      const text = writer.start() + writer.end();
      const expected = {
        format: 'spanlight.dataset',
        version: 1,
        exported_at: header.exportedAt,
        labels: header.labels,
        documents: [],
      };
      expect(text).toBe(`${JSON.stringify(expected, null, indent)}\n`);
    }
  });

  it('refuses calls out of order', () => {
    const writer = new SpanlightJsonWriter(header);
    expect(() => writer.items([{}])).toThrow(/outside a section/);
    writer.start();
    expect(() => writer.section('documents')).toThrow(/out of order/);
    writer.end();
    expect(() => writer.end()).toThrow();
  });
});
