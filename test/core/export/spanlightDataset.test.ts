/**
 * The exported dataset is what researchers load in Python or R, so every annotation must slice the same text
 * in both units: code points (start/end, Python's text[start:end]) and UTF-16 (start_utf16/end_utf16,
 * JavaScript's text.slice). Output is also validated against resources/spanlight-dataset.schema.json.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument, type SpanlightDocument } from '../../../src/core/document';
import { DOCUMENT_STATUSES } from '../../../src/core/documentStatus';
import { buildDataset, type DatasetV1, datasetFileName } from '../../../src/core/export/spanlightDataset';
import { LABELS, type LabelKey } from '../../../src/core/labels';
import type { Span } from '../../../src/core/spans/span';
import { anyText, rawArticleText, referenceBoundaries } from '../arbitraries';

const schema = JSON.parse(
  readFileSync(new URL('../../../resources/spanlight-dataset.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile<DatasetV1>(schema);

const LABEL_KEYS = LABELS.map((label) => label.key);
/**
 * Milliseconds since the epoch, biased to realistic ones, within years 0000..9999: outside them
 * toISOString writes 6-digit years (+010000-…), which RFC 3339 "date-time" does not allow. Spanlight's
 * timestamps come from the clock, so they never leave that range.
 */
const YEAR_0 = Date.parse('0000-01-01T00:00:00.000Z');
const YEAR_9999_END = Date.parse('9999-12-31T23:59:59.999Z');
const timestamp = fc.oneof(
  fc.integer({ min: 1_500_000_000_000, max: 2_000_000_000_000 }),
  fc.integer({ min: YEAR_0, max: YEAR_9999_END }),
);

/** A document made from raw article text (CRLF, BOM, Arabic marks, emoji…), as an import would store it. */
const documentArb = fc
  .tuple(
    fc.oneof(
      { weight: 3, arbitrary: rawArticleText(60) },
      { weight: 1, arbitrary: anyText({ wellFormed: true }) },
    ),
    fc.uuid(),
    timestamp,
    fc.option(fc.constantFrom('ar', 'en', 'ar-SY'), { nil: undefined }),
    fc.option(fc.constantFrom(...DOCUMENT_STATUSES.map(({ key }) => key)), { nil: undefined }),
  )
  .map(([raw, id, importedAt, lang, status]) => {
    const document = createDocument({ title: '', text: raw, lang }, id, importedAt);
    if (status) document.status = status;
    return document;
  });

/** Spans of a document: non-empty ranges whose ends are grapheme boundaries, as the editor would save them. */
const spansFor = (doc: SpanlightDocument): fc.Arbitrary<Span[]> => {
  const boundaries = [...referenceBoundaries(doc.text)].sort((a, b) => a - b);
  if (boundaries.length < 2) return fc.constant([]);
  const span = fc
    .tuple(
      fc.constantFrom(...boundaries),
      fc.constantFrom(...boundaries),
      fc.constantFrom(...LABEL_KEYS),
      timestamp,
      fc.nat({ max: 1_000_000 }),
    )
    .filter(([a, b]) => a !== b)
    .map(([a, b, label, createdAt, delay]): Omit<Span, 'id'> => {
      const start = Math.min(a, b);
      const end = Math.max(a, b);
      const updatedAt = Math.min(createdAt + delay, YEAR_9999_END);
      return { docId: doc.id, start, end, label, text: doc.text.slice(start, end), createdAt, updatedAt };
    });
  return fc
    .array(span, { maxLength: 10 })
    .chain((list) =>
      fc
        .uniqueArray(fc.uuid(), { minLength: list.length, maxLength: list.length })
        .map((ids) => list.map((s, i) => ({ ...s, id: ids[i] as string }))),
    );
};

const entryArb = documentArb.chain((document) => spansFor(document).map((spans) => ({ document, spans })));
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('buildDataset: offsets', () => {
  it('slices the same text by code points (Python) and by UTF-16 (JavaScript), as stored', () => {
    fc.assert(
      fc.property(entryArb, ({ document, spans }) => {
        const dataset = buildDataset([{ document, spans }], new Date(0));
        const [exported] = dataset.documents;
        expect(exported?.text).toBe(document.text);
        const codePoints = Array.from(document.text);
        const byId = new Map(spans.map((span) => [span.id, span]));
        expect(exported?.annotations).toHaveLength(spans.length);
        for (const annotation of exported?.annotations ?? []) {
          const span = byId.get(annotation.id) as Span;
          // Python: doc["text"][a["start"]:a["end"]] == a["text"]
          expect(codePoints.slice(annotation.start, annotation.end).join('')).toBe(annotation.text);
          // JavaScript: doc.text.slice(a.start_utf16, a.end_utf16) === a.text
          expect(document.text.slice(annotation.start_utf16, annotation.end_utf16)).toBe(annotation.text);
          expect([annotation.start_utf16, annotation.end_utf16]).toEqual([span.start, span.end]);
          // Code point offsets are counts of code points before the UTF-16 offset (independent reference).
          expect(annotation.start).toBe(Array.from(document.text.slice(0, span.start)).length);
          expect(annotation.end).toBe(Array.from(document.text.slice(0, span.end)).length);
          expect(annotation.label).toBe(span.label);
          expect(annotation.start).toBeLessThan(annotation.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('survives a JSON round trip unchanged (what a researcher actually loads)', () => {
    fc.assert(
      fc.property(entryArb, (entry) => {
        const dataset = buildDataset([entry], new Date(1_733_650_000_000));
        expect(JSON.parse(JSON.stringify(dataset))).toEqual(dataset);
      }),
      { numRuns: 100 },
    );
  });

  it('sorts annotations in text order: by start, enclosing before enclosed', () => {
    fc.assert(
      fc.property(entryArb, ({ document, spans }) => {
        const annotations = buildDataset([{ document, spans: [...spans].reverse() }], new Date(0))
          .documents[0]?.annotations as DatasetV1['documents'][number]['annotations'];
        for (let i = 1; i < annotations.length; i++) {
          const previous = annotations[i - 1] as (typeof annotations)[number];
          const current = annotations[i] as (typeof annotations)[number];
          expect(previous.start_utf16).toBeLessThanOrEqual(current.start_utf16);
          expect(previous.start).toBeLessThanOrEqual(current.start);
          if (previous.start_utf16 === current.start_utf16) {
            expect(previous.end_utf16).toBeGreaterThanOrEqual(current.end_utf16);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('exports a hand-checked Arabic example with emoji', () => {
    // "😀 " is 2 UTF-16 units + 1 space = 3 units but 2 code points, so every later offset differs by one.
    const document = createDocument({ title: '', text: '😀 قُتل ٣ في بالحسكة\r\n' }, 'doc', 0);
    const span = (id: string, start: number, end: number, label: LabelKey): Span => ({
      id,
      docId: 'doc',
      start,
      end,
      label,
      text: document.text.slice(start, end),
      createdAt: 0,
      updatedAt: 0,
    });
    const place = document.text.indexOf('الحسكة'); // UTF-16 offset 14
    const spans = [span('p', place, place + 6, 'place'), span('c', 8, 9, 'casualty_count')];
    const [exported] = buildDataset([{ document, spans }], new Date(0)).documents;
    expect(exported?.text).toBe('😀 قُتل ٣ في بالحسكة\n');
    expect(
      exported?.annotations.map(({ id, start, end, start_utf16, end_utf16, text }) => ({
        id,
        start,
        end,
        start_utf16,
        end_utf16,
        text,
      })),
    ).toEqual([
      { id: 'c', start: 7, end: 8, start_utf16: 8, end_utf16: 9, text: '٣' },
      { id: 'p', start: 13, end: 19, start_utf16: 14, end_utf16: 20, text: 'الحسكة' },
    ]);
  });

  it('takes the annotation text from the document, not from the stored copy on the span', () => {
    const document = createDocument({ title: '', text: 'قتل شخصان' }, 'doc', 0);
    const stale: Span = {
      id: 's',
      docId: 'doc',
      start: 0,
      end: 3,
      label: 'actor',
      text: 'stale',
      createdAt: 0,
      updatedAt: 0,
    };
    expect(buildDataset([{ document, spans: [stale] }], new Date(0)).documents[0]?.annotations[0]?.text).toBe(
      'قتل',
    );
  });

  it('refuses (throws) rather than export a span that splits a surrogate pair', () => {
    const document = createDocument({ title: '', text: 'a😀' }, 'doc', 0);
    const broken: Span = {
      id: 's',
      docId: 'doc',
      start: 0,
      end: 2,
      label: 'actor',
      text: 'a\uD83D',
      createdAt: 0,
      updatedAt: 0,
    };
    expect(() => buildDataset([{ document, spans: [broken] }], new Date(0))).toThrow(RangeError);
  });
});

describe('buildDataset: envelope and metadata', () => {
  it('writes the format, version, labels (without UI-only fields) and ISO 8601 UTC dates', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 3 }), timestamp, (entries, exportedAt) => {
        const dataset = buildDataset(entries, new Date(exportedAt));
        expect(dataset.format).toBe('spanlight.dataset');
        expect(dataset.version).toBe(1);
        expect(dataset.exported_at).toMatch(ISO_UTC);
        expect(Date.parse(dataset.exported_at)).toBe(exportedAt);
        expect(dataset.labels).toEqual(
          LABELS.map(({ key, name, shortcut, color, underline }) => ({
            key,
            name,
            shortcut,
            color,
            underline,
          })),
        );
        expect(dataset.documents.map((d) => d.id)).toEqual(entries.map((e) => e.document.id));
        for (const [i, exported] of dataset.documents.entries()) {
          const { document, spans } = entries[i] as (typeof entries)[number];
          expect(Date.parse(exported.imported_at)).toBe(document.importedAt);
          expect(exported.sha256).toBe(document.sha256);
          expect(exported.lang).toBe(document.lang ?? null);
          for (const annotation of exported.annotations) {
            const span = spans.find((s) => s.id === annotation.id) as Span;
            expect(annotation.created_at).toMatch(ISO_UTC);
            expect(Date.parse(annotation.created_at)).toBe(span.createdAt);
            expect(Date.parse(annotation.updated_at)).toBe(span.updatedAt);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('writes null for missing optional metadata, never undefined (which JSON would drop)', () => {
    const document = createDocument({ title: 'T', text: 'x' }, 'doc', 0);
    const [exported] = buildDataset([{ document, spans: [] }], new Date(0)).documents;
    expect(exported).toMatchObject({ source: null, url: null, published_at: null, lang: null });
    expect(Object.keys(JSON.parse(JSON.stringify(exported)))).toContain('published_at');
  });

  it('exports an empty library as a valid, empty dataset', () => {
    const dataset = buildDataset([], new Date(0));
    expect(dataset.documents).toEqual([]);
    expect(validate(dataset)).toBe(true);
  });
});

describe('resources/spanlight-dataset.schema.json', () => {
  it('accepts every dataset buildDataset produces', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 3 }), timestamp, (entries, exportedAt) => {
        const dataset = buildDataset(entries, new Date(exportedAt));
        const valid = validate(JSON.parse(JSON.stringify(dataset)));
        expect(validate.errors ?? []).toEqual([]);
        expect(valid).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts full metadata', () => {
    const document = createDocument(
      {
        title: 'T',
        text: 'قتل',
        source: 'SANA',
        url: 'https://example.org/a',
        publishedAt: '2024-12-08',
        lang: 'ar',
      },
      'doc',
      1_733_650_000_000,
    );
    const span: Span = {
      id: 's',
      docId: 'doc',
      start: 0,
      end: 3,
      label: 'actor',
      text: 'قتل',
      createdAt: 1,
      updatedAt: 2,
    };
    expect(validate(buildDataset([{ document, spans: [span] }], new Date()))).toBe(true);
  });

  it('accepts a project schema: a custom label with underline and description, annotations with it, a project name', () => {
    const document = createDocument({ title: 'T', text: 'a rifle' }, 'doc', 0);
    const span: Span = {
      id: 's',
      docId: 'doc',
      start: 2,
      end: 7,
      label: 'weapon',
      text: 'rifle',
      createdAt: 0,
      updatedAt: 0,
    };
    const labels = [
      ...LABELS,
      {
        key: 'weapon',
        name: 'Weapon',
        shortcut: '4',
        color: '#009E73',
        underline: 'dashed' as const,
        description: 'Arms named',
      },
    ];
    const dataset = buildDataset([{ document, spans: [span] }], new Date(0), [], [], labels);
    expect(dataset.labels[3]).toEqual(labels[3]);
    const withProject = { ...JSON.parse(JSON.stringify(dataset)), project: 'Weapons 2024' };
    expect(validate(withProject)).toBe(true);
    expect(validate({ ...withProject, project: 3 })).toBe(false);
    // A backup of several projects lists each with its schema and document ids.
    const backup = {
      ...withProject,
      projects: [{ id: 'p1', name: 'Weapons', labels: withProject.labels, documents: ['doc'] }],
    };
    expect(validate(backup)).toBe(true);
    expect(validate({ ...backup, projects: [{ id: 'p1', name: 'Weapons', labels: [] }] })).toBe(false);
  });

  /** A valid dataset with one annotation, to break in one place per case. */
  const valid = (): Record<string, unknown> => {
    const document = createDocument({ title: 'T', text: 'قتل شخصان' }, 'doc', 0);
    const span: Span = {
      id: 's',
      docId: 'doc',
      start: 0,
      end: 3,
      label: 'actor',
      text: 'قتل',
      createdAt: 0,
      updatedAt: 0,
    };
    return JSON.parse(JSON.stringify(buildDataset([{ document, spans: [span] }], new Date(0))));
  };
  type Json = Record<string, unknown>;
  const annotationOf = (dataset: Json) =>
    (((dataset.documents as Json[])[0] as Json).annotations as Json[])[0] as Json;
  const documentOf = (dataset: Json) => (dataset.documents as Json[])[0] as Json;
  const labelOf = (dataset: Json) => (dataset.labels as Json[])[0] as Json;

  it('the unbroken fixture is valid (so each rejection below is due to its one change)', () => {
    expect(validate(valid())).toBe(true);
  });

  it.each<[string, (dataset: Json) => void, string]>([
    [
      'missing start_utf16',
      (d) => {
        delete annotationOf(d).start_utf16;
      },
      'start_utf16',
    ],
    [
      'label "PER" that is not a label key (uppercase)',
      (d) => {
        annotationOf(d).label = 'PER';
      },
      '/label',
    ],
    [
      'negative offset',
      (d) => {
        annotationOf(d).start = -1;
      },
      '/start',
    ],
    [
      'fractional offset',
      (d) => {
        annotationOf(d).end = 2.5;
      },
      '/end',
    ],
    [
      'offset as a string',
      (d) => {
        annotationOf(d).end_utf16 = '3';
      },
      '/end_utf16',
    ],
    [
      'empty annotation text',
      (d) => {
        annotationOf(d).text = '';
      },
      '/text',
    ],
    [
      'unknown annotation field',
      (d) => {
        annotationOf(d).confidence = 0.9;
      },
      'confidence',
    ],
    [
      'created_at not a date-time',
      (d) => {
        annotationOf(d).created_at = '2024-12-08';
      },
      '/created_at',
    ],
    [
      'wrong format',
      (d) => {
        d.format = 'spanlight';
      },
      '/format',
    ],
    [
      'version 2',
      (d) => {
        d.version = 2;
      },
      '/version',
    ],
    [
      'missing documents',
      (d) => {
        delete d.documents;
      },
      'documents',
    ],
    [
      'unknown top-level field',
      (d) => {
        d.extra = true;
      },
      'extra',
    ],
    [
      'undefined lang (dropped key)',
      (d) => {
        delete documentOf(d).lang;
      },
      'lang',
    ],
    [
      'a status that is not one of the four',
      (d) => {
        documentOf(d).status = 'finished';
      },
      '/status',
    ],
    [
      'sha256 not hex',
      (d) => {
        documentOf(d).sha256 = 'XYZ';
      },
      '/sha256',
    ],
    [
      'label key with characters a key cannot have',
      (d) => {
        labelOf(d).key = 'Weapon type';
      },
      '/key',
    ],
  ])('rejects %s', (_name, breakIt, mentioned) => {
    const dataset = valid();
    breakIt(dataset);
    expect(validate(dataset)).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain(mentioned);
  });
});

describe('datasetFileName', () => {
  it('stamps the UTC time to the second with no characters Windows refuses', () => {
    expect(datasetFileName(new Date('2024-12-08T10:30:05.123Z'), 'all')).toBe(
      'spanlight-all-2024-12-08T10-30-05.json',
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        const name = datasetFileName(new Date(ms), 'all');
        expect(name).not.toMatch(/[<>:"/\\|?*]/);
        expect(name).toMatch(/^spanlight-all-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.json$/);
      }),
      { numRuns: 200 },
    );
  });
});
