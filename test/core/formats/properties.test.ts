/**
 * Properties over random documents (any Unicode: astral characters, combining marks, RTL, emoji sequences, BOMs
 * and line endings from the shared arbitraries) and random spans on grapheme boundaries:
 * - every lossless format: import(export(documents)) gives back each text and each span (start, end, label), plus
 *   id and title where the format has a place for them — also when the documents keep a CRLF/BOM original;
 * - W3C and CSV, given the documents back: the same spans;
 * - CoNLL, for spans on whole tokens within a line: the same labels on the same token texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STATUSES } from '../../../src/core/documentStatus';
import { exportConll, importConll } from '../../../src/core/formats/conll';
import { FORMATS, type FormatId } from '../../../src/core/formats/index';
import { tokenize } from '../../../src/core/formats/tokenize';
import type { FormatAnnotation, FormatDocument, ImportOutcome } from '../../../src/core/formats/types';
import { normalizeText } from '../../../src/core/text/normalizeText';
import { anyText, rawArticleText, referenceBoundaries } from '../arbitraries';

const LABELS = ['actor', 'place', 'casualty_count', 'PER', 'مكان', 'Org-X'];

/** A raw text and the document storing it; `keepRaw` keeps the original as an import would (meta.rawText). */
const documentArb = (index: number, keepRaw: boolean): fc.Arbitrary<FormatDocument> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 3, arbitrary: rawArticleText(50) },
        { weight: 1, arbitrary: anyText({ wellFormed: true }) },
      ),
      fc.oneof(fc.constant(''), fc.string({ maxLength: 12 })),
      fc.option(fc.constantFrom(...DOCUMENT_STATUSES.map(({ key }) => key)), { nil: undefined }),
    )
    .chain(([raw, title, status]) => {
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
      return fc.array(span, { maxLength: 6 }).map((spans) => {
        const doc: FormatDocument = {
          id: `doc-${index + 1}`,
          title,
          text,
          annotations: spans.filter((s): s is FormatAnnotation => s !== null),
        };
        if (keepRaw && raw !== text) doc.meta = { rawText: raw };
        if (status) doc.status = status;
        return doc;
      });
    });

const documentsArb = (keepRaw: boolean) =>
  fc
    .integer({ min: 1, max: 3 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => documentArb(i, keepRaw))));

const spanKeys = (doc: FormatDocument) =>
  doc.annotations.map(({ start, end, label }) => `${start} ${end} ${label}`).sort();

function ok(outcome: ImportOutcome): Extract<ImportOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

/** What each lossless format keeps besides text and spans. */
const KEEPS: Record<string, { id: boolean; title: boolean; status: boolean }> = {
  'spanlight-json': { id: true, title: true, status: true },
  'doccano-jsonl': { id: true, title: true, status: true },
  'label-studio': { id: true, title: true, status: false },
  'prodigy-jsonl': { id: true, title: true, status: true },
  brat: { id: true, title: false, status: false },
};

describe('export∘import is the identity for every lossless format', () => {
  const lossless = FORMATS.filter((format) => format.lossless);

  it('the lossless formats are the five that carry the texts', () => {
    expect(lossless.map((format) => format.id).sort()).toEqual(
      (['brat', 'doccano-jsonl', 'label-studio', 'prodigy-jsonl', 'spanlight-json'] as FormatId[]).sort(),
    );
  });

  for (const format of lossless) {
    for (const keepRaw of [false, true]) {
      it(`${format.name}${keepRaw ? ', documents keeping a CRLF/BOM original' : ''}`, () => {
        fc.assert(
          fc.property(documentsArb(keepRaw), (documents) => {
            const exported = format.exportDocuments(documents, {
              exportedAt: new Date('2026-01-01T00:00:00Z'),
            });
            const back = ok(format.importFiles(exported.files));
            expect(back.documents).toHaveLength(documents.length);
            // brat orders documents by file name; the others keep the order.
            const byId = new Map(back.documents.map((doc) => [doc.id, doc]));
            for (const original of documents) {
              const again =
                format.id === 'brat' ? byId.get(original.id) : back.documents[documents.indexOf(original)];
              expect(again?.text).toBe(original.text);
              expect(spanKeys(again as FormatDocument)).toEqual(spanKeys(original));
              const keeps = KEEPS[format.id] as { id: boolean; title: boolean; status: boolean };
              if (keeps.id) expect(again?.id).toBe(original.id);
              if (keeps.title) expect(again?.title).toBe(original.title);
              if (keeps.status) expect(again?.status).toBe(original.status);
              for (const annotation of again?.annotations ?? []) {
                expect(annotation.text).toBe(original.text.slice(annotation.start, annotation.end));
              }
            }
          }),
          { numRuns: 150 },
        );
      });
    }
  }
});

describe('W3C and CSV of spans, given the documents back', () => {
  for (const id of ['w3c', 'csv-spans'] as const) {
    it(`${id}: the same spans come back`, () => {
      const format = FORMATS.find((candidate) => candidate.id === id);
      if (!format) throw new Error(id);
      fc.assert(
        fc.property(documentsArb(false), (documents) => {
          const exported = format.exportDocuments(documents);
          const back = ok(format.importFiles(exported.files, { documents }));
          const withSpans = documents.filter((doc) => doc.annotations.length > 0);
          expect(back.documents.map((doc) => doc.id)).toEqual(withSpans.map((doc) => doc.id));
          for (const [i, doc] of back.documents.entries()) {
            expect(spanKeys(doc)).toEqual(spanKeys(withSpans[i] as FormatDocument));
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('CoNLL: spans on whole tokens keep their labels and token texts', () => {
  it('export then import gives the same labelled token sequences', () => {
    const docArb = fc
      .array(fc.oneof(rawArticleText(20), fc.string({ unit: 'grapheme', maxLength: 12 })), {
        minLength: 1,
        maxLength: 4,
      })
      .map((lines) => normalizeText(lines.join('\n')))
      .chain((text) => {
        const tokens = tokenize(text);
        const line = (offset: number) => text.slice(0, offset).split('\n').length;
        const span =
          tokens.length === 0
            ? fc.constant(null)
            : fc
                .tuple(fc.nat({ max: tokens.length - 1 }), fc.nat({ max: 3 }), fc.constantFrom(...LABELS))
                .map(([first, length, label]) => {
                  let last = Math.min(tokens.length - 1, first + length);
                  while (
                    last > first &&
                    line((tokens[last] as { start: number }).start) !==
                      line((tokens[first] as { start: number }).start)
                  )
                    last--;
                  const start = (tokens[first] as { start: number }).start;
                  const end = (tokens[last] as { end: number }).end;
                  return { start, end, label, text: text.slice(start, end) };
                });
        return fc.array(span, { maxLength: 5 }).map(
          (spans): FormatDocument => ({
            title: '',
            text,
            annotations: spans.filter((s): s is NonNullable<typeof s> => s !== null),
          }),
        );
      });
    fc.assert(
      fc.property(docArb, (doc) => {
        // A text without tokens exports to an empty file, which is no CoNLL document.
        fc.pre(tokenize(doc.text).length > 0);
        const tokensOf = (d: FormatDocument, a: FormatAnnotation) =>
          tokenize(d.text)
            .filter((token) => token.start >= a.start && token.end <= a.end)
            .map((token) => token.text)
            .join(' ');
        const expected = doc.annotations.map((a) => `${a.label}: ${tokensOf(doc, a)}`).sort();
        const exported = exportConll([doc]);
        const back = ok(importConll(exported.content)).documents[0] as FormatDocument;
        expect(back.annotations.map((a) => `${a.label}: ${a.text}`).sort()).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
