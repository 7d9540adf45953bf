import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BatchedTextFormat, createBatchedTextExport } from '../../../src/core/formats/batchedTextExport';
import { exportConll, importConll } from '../../../src/core/formats/conll';
import { exportCsvSpans } from '../../../src/core/formats/csvSpans';
import { exportLabelStudio } from '../../../src/core/formats/labelStudio';
import type { FormatAnnotation, FormatDocument } from '../../../src/core/formats/types';
import { exportW3c } from '../../../src/core/formats/w3c';
import { normalizeText } from '../../../src/core/text/normalizeText';
import { anyText } from '../arbitraries';

/**
 * A streamed export (batch by batch) writes the same bytes as the one-shot exporter, however the documents are cut
 * into batches: random stored texts (any Unicode), spans on code point boundaries with annotators and attributes, and
 * documents that came from a single-task Label Studio file.
 */
const documentArb = (index: number): fc.Arbitrary<FormatDocument> =>
  fc
    .tuple(anyText({ wellFormed: true }), fc.string({ maxLength: 8 }), fc.boolean())
    .chain(([raw, title, single]) => {
      // A stored text, as every library document's.
      const text = normalizeText(raw);
      const points = [...text];
      const offsets = [0];
      for (const point of points) offsets.push((offsets.at(-1) as number) + point.length);
      const span =
        points.length === 0
          ? fc.constant(null)
          : fc
              .tuple(
                fc.nat(points.length),
                fc.nat(points.length),
                fc.constantFrom('actor', 'place', 'مكان'),
                fc.option(fc.constantFrom('alice', 'بسام'), { nil: undefined }),
                fc.option(fc.dictionary(fc.string({ maxLength: 4 }), fc.integer()), { nil: undefined }),
              )
              .map(([a, b, label, annotator, attributes]): FormatAnnotation | null => {
                if (a === b) return null;
                const start = offsets[Math.min(a, b)] as number;
                const end = offsets[Math.max(a, b)] as number;
                const annotation: FormatAnnotation = { start, end, label, text: text.slice(start, end) };
                if (annotator !== undefined) annotation.annotator = annotator;
                if (attributes !== undefined) annotation.attributes = attributes;
                return annotation;
              });
      return fc.array(span, { maxLength: 5 }).map((spans) => {
        const doc: FormatDocument = {
          id: `doc-${index + 1}`,
          title,
          text,
          annotations: spans.filter((s): s is FormatAnnotation => s !== null),
        };
        if (single) doc.meta = { labelstudio: { task: { data: { text } }, textField: 'text', single: true } };
        return doc;
      });
    });

const libraryArb = fc
  .integer({ min: 0, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => documentArb(i))))
  .chain((documents) =>
    fc.tuple(fc.constant(documents as FormatDocument[]), fc.array(fc.nat(4), { maxLength: 8 })),
  );

/** The documents cut into consecutive batches of the given sizes (the rest in one last batch). */
function batches(documents: readonly FormatDocument[], sizes: readonly number[]): FormatDocument[][] {
  const result: FormatDocument[][] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= documents.length) break;
    result.push(documents.slice(at, at + size));
    at += size;
  }
  if (at < documents.length) result.push(documents.slice(at));
  return result;
}

const oneShot: Record<BatchedTextFormat, (documents: readonly FormatDocument[]) => string> = {
  'csv-spans': (documents) => exportCsvSpans(documents).content,
  'label-studio': (documents) => exportLabelStudio(documents).content,
  conll: (documents) => exportConll(documents).content,
  w3c: (documents) => exportW3c(documents).content,
};

function streamed(format: BatchedTextFormat, documents: readonly FormatDocument[], sizes: readonly number[]) {
  const writer = createBatchedTextExport(format, documents.length);
  const chunks = [writer.start()];
  for (const batch of batches(documents, sizes)) chunks.push(writer.documents(batch));
  chunks.push(writer.end());
  return { content: chunks.join(''), warnings: writer.warnings };
}

describe('batched text exports', () => {
  for (const format of ['csv-spans', 'label-studio', 'conll', 'w3c'] as const) {
    it(`${format}: the chunks joined are the one-shot export, for any cut into batches`, () => {
      fc.assert(
        fc.property(libraryArb, ([documents, sizes]) => {
          const { content } = streamed(format, documents, sizes);
          expect(content).toBe(oneShot[format](documents));
          // What a reader gets: JSON exactly as JSON.stringify indents it (W3C writes its parts by hand).
          if (format === 'w3c') expect(content).toBe(`${JSON.stringify(JSON.parse(content), null, 2)}\n`);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('conll: documents read from a CoNLL file (BOM, CRLF, tabs, -DOCSTART-) stream to the same bytes', () => {
    const file =
      '\uFEFF-DOCSTART-\tO\r\n\r\nقسد\tB-ORG\r\nفي\tO\r\nالرقة\tB-LOC\r\n\r\n' +
      '-DOCSTART-\tO\r\n\r\nThe\tO\r\nSDF\tB-ORG\r\n\r\n-DOCSTART-\tO\r\n\r\nRaqqa\tI-LOC\r\n';
    const outcome = importConll(file, { name: 'sample' });
    if (!outcome.ok) throw new Error(outcome.reason);
    const documents = outcome.documents;
    expect(documents.length).toBe(3);
    const whole = exportConll(documents);
    for (const sizes of [[1, 1, 1], [2], [1], [3], [0, 2]]) {
      const result = streamed('conll', documents, sizes);
      expect(result.content).toBe(whole.content);
      expect(result.warnings).toEqual(whole.warnings);
    }
  });

  it('an empty export is the header row (CSV) or an empty array (Label Studio)', () => {
    const csv = createBatchedTextExport('csv-spans', 0);
    expect(csv.start() + csv.end()).toBe(exportCsvSpans([]).content);
    const tasks = createBatchedTextExport('label-studio', 0);
    expect(tasks.start() + tasks.end()).toBe('[]\n');
    const w3c = createBatchedTextExport('w3c', 0);
    expect(JSON.parse(w3c.start() + w3c.end())).toMatchObject({ first: { items: [] }, total: 0 });
  });

  it('w3c: spans that are not a range of their text are left out of the items and of the total, with a warning', () => {
    const documents: FormatDocument[] = [
      {
        id: 'a',
        title: '',
        text: 'قسد 😀',
        annotations: [{ start: 0, end: 3, label: 'actor', text: 'قسد' }],
      },
      // Cuts the emoji in half, and runs past the end: neither can be written.
      {
        id: 'b',
        title: '',
        text: '😀 x',
        annotations: [
          { start: 1, end: 4, label: 'actor', text: '' },
          { start: 3, end: 9, label: 'place', text: '' },
          { start: 3, end: 4, label: 'place', text: 'x' },
        ],
      },
    ];
    const result = streamed('w3c', documents, [1, 1]);
    const file = JSON.parse(result.content);
    expect(file.total).toBe(2);
    expect(file.first.items).toHaveLength(2);
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings.join('\n')).toMatch(/^b: annotation \(actor, 1\.\.4\) not exported/);
  });
});
