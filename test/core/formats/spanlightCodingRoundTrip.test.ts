/**
 * Spanlight JSON carries event coding losslessly: annotations with their figures and actor / place links, the
 * actor registry and the linked places. Property: for any library, export → import (whole file and streamed) →
 * export gives the same file, the file fits the JSON Schema, and the imported coding, registry and places are
 * the library's.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document';
import { buildDataset } from '../../../src/core/export/spanlightDataset';
import { toFormatDocuments } from '../../../src/core/export/toFormatDocuments';
import { codingOfExtra, spanCodingOf } from '../../../src/core/formats/spanlightCoding';
import { exportSpanlightJson, importSpanlightJson } from '../../../src/core/formats/spanlightJson';
import { readSpanlightJsonStream } from '../../../src/core/formats/spanlightJsonStreamReader';
import { LABELS } from '../../../src/core/labels';
import type { Span } from '../../../src/core/spans/span';
import { anyActor, anyAttributes, anyPlace } from '../coding/codingArbitraries';

const TEXT = '🔴 أفادت مصادر بسقوط خمسة قتلى في قصف على الحسكة. وقالت قسد إن SDF ردت.';

const anySpan = (id: number): fc.Arbitrary<Span> =>
  fc
    .record({
      start: fc.integer({ min: 2, max: TEXT.length - 2 }),
      length: fc.integer({ min: 1, max: 8 }),
      label: fc.constantFrom(...LABELS.map((label) => label.key)),
      attributes: anyAttributes,
      actorId: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
      placeId: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
      geoPrecision: fc.option(fc.constantFrom('exact', 'near', 'region' as const), { nil: undefined }),
    })
    .map(({ start, length, label, attributes, actorId, placeId, geoPrecision }) => {
      // After the emoji (never inside its surrogate pair), so code point and UTF-16 offsets differ.
      const from = start;
      const end = Math.min(TEXT.length, from + length);
      const span: Span = {
        id: `s${id}`,
        docId: 'd',
        start: from,
        end,
        label,
        text: TEXT.slice(from, end),
        createdAt: 1_700_000_000_000 + id,
        updatedAt: 1_700_000_000_500 + id,
      };
      if (label === 'casualty_count') span.attributes = attributes;
      if (label === 'actor' && actorId) span.actorId = actorId;
      if (label === 'place' && placeId) span.placeId = placeId;
      if (label === 'place' && geoPrecision) span.geoPrecision = geoPrecision;
      return span;
    });

const anyLibrary = fc.record({
  spans: fc.array(fc.nat(), { maxLength: 8 }).chain((ids) => fc.tuple(...ids.map((_, i) => anySpan(i)))),
  actors: fc.uniqueArray(anyActor, { selector: (actor) => actor.id, maxLength: 4 }),
  places: fc.uniqueArray(anyPlace, { selector: (place) => place.id, maxLength: 4 }),
});

const schema = JSON.parse(
  readFileSync(new URL('../../../resources/spanlight-dataset.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const document = createDocument({ title: 'الحسكة', text: TEXT, lang: 'ar' }, 'd', 1_700_000_000_000);
const exportedAt = new Date('2026-12-01T10:00:00.000Z');

async function* chunksOf(text: string, size: number) {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

describe('Spanlight JSON with event coding', () => {
  it('writes the coding on the annotations and the registry after the documents', () => {
    const span: Span = {
      id: 's1',
      docId: 'd',
      start: TEXT.indexOf('خمسة'),
      end: TEXT.indexOf('خمسة') + 4,
      label: 'casualty_count',
      text: 'خمسة',
      attributes: { value: 5, precision: 'exact', category: 'killed', proposed: true },
      createdAt: 0,
      updatedAt: 0,
    };
    const actor = {
      id: 'a1',
      name: 'قسد',
      aliases: ['SDF'],
      type: 'rebel_group' as const,
      createdAt: 0,
      updatedAt: 0,
    };
    const dataset = buildDataset([{ document, spans: [span] }], exportedAt, [actor]);
    expect(dataset.documents[0]?.annotations[0]?.attributes).toEqual(span.attributes);
    expect(Object.keys(dataset)).toEqual([
      'format',
      'version',
      'exported_at',
      'labels',
      'documents',
      'actors',
    ]);
    expect(dataset.actors).toEqual([
      {
        id: 'a1',
        name: 'قسد',
        aliases: ['SDF'],
        type: 'rebel_group',
        notes: null,
        created_at: '1970-01-01T00:00:00.000Z',
        updated_at: '1970-01-01T00:00:00.000Z',
      },
    ]);
    // No registry, no section: a library without actors exports as before.
    expect(buildDataset([{ document, spans: [] }], exportedAt)).not.toHaveProperty('actors');
  });

  it('refuses a file whose annotation has impossible figures, naming it', () => {
    const dataset = buildDataset([{ document, spans: [] }], exportedAt);
    const start = TEXT.indexOf('خمسة');
    (dataset.documents[0]?.annotations ?? ([] as unknown[])).push({
      id: 'x',
      label: 'casualty_count',
      start: start - 1,
      end: start + 3,
      start_utf16: start,
      end_utf16: start + 4,
      text: 'خمسة',
      created_at: exportedAt.toISOString(),
      updated_at: exportedAt.toISOString(),
      annotator: null,
      attributes: { low: 9, best: 5, high: 10, precision: 'exact', proposed: false },
    });
    const outcome = importSpanlightJson(JSON.stringify(dataset));
    expect(outcome.ok === false && outcome.reason).toMatch(
      /document 1 .*annotation 1 \(id "x"\): "attributes": The best figure \(5\) is below the low figure \(9\)/,
    );
  });

  it('property: export → import → export is the identity, whole-file and streamed, coding, registry and places included', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyLibrary,
        fc.integer({ min: 7, max: 400 }),
        async ({ spans, actors, places }, chunkSize) => {
          const dataset = buildDataset([{ document, spans }], exportedAt, actors, places);
          expect(validate(dataset), JSON.stringify(validate.errors)).toBe(true);
          const content = `${JSON.stringify(dataset, null, 2)}\n`;
          // The one writer gives the same file as the object.
          expect(
            exportSpanlightJson(toFormatDocuments([{ document, spans }]), { exportedAt, actors, places })
              .content,
          ).toBe(content);
          for (const outcome of [
            importSpanlightJson(content),
            await readSpanlightJsonStream(chunksOf(content, chunkSize)),
          ]) {
            if (!outcome.ok) throw new Error(outcome.reason);
            expect(outcome.actors ?? []).toEqual(actors);
            expect(outcome.places ?? []).toEqual(places);
            const imported = outcome.documents[0]?.annotations ?? [];
            const byId = new Map(spans.map((span) => [span.id, span]));
            for (const annotation of imported) {
              expect(codingOfExtra(annotation.extra)).toEqual(
                spanCodingOf(byId.get(annotation.id ?? '') as Span),
              );
            }
            const again = exportSpanlightJson(outcome.documents, {
              actors: outcome.actors ?? [],
              places: outcome.places ?? [],
            });
            expect(again.content).toBe(content);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
