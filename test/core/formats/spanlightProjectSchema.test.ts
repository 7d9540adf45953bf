/**
 * A project's label schema travels in Spanlight JSON: the file's "labels" table is the project's (custom labels
 * with their name, key, colour, underline and description), "project" names it, and annotations may carry any
 * label the table declares. Export then import gives back the schema, the name and every annotation, and writing
 * the import again gives the same bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportSpanlightJson, importSpanlightJson } from '../../../src/core/formats/spanlightJson';
import { SpanlightJsonStream, spanlightJsonChunks } from '../../../src/core/formats/spanlightJsonWriter';
import { defaultLabelTable } from '../../../src/core/formats/spanlightRecord';
import type { FormatAnnotation, FormatDocument } from '../../../src/core/formats/types';
import { DEFAULT_LABELS, type LabelDefinition } from '../../../src/core/labels';
import { addLabel } from '../../../src/core/projects/labelSchemaEdits';
import { sortSpans } from '../../../src/core/spans/span';
import { normalizeText } from '../../../src/core/text/normalizeText';
import { rawArticleText, referenceBoundaries } from '../arbitraries';

const EXPORTED_AT = '2026-12-01T10:00:00.000Z';

/** A schema: the defaults plus up to four labels added by name (keys, keys and colours chosen by core). */
const schemaArb = fc
  .array(fc.constantFrom('Weapon', 'Vehicle type', 'Armed group', 'Date', 'سلاح', 'Véhicule'), {
    maxLength: 4,
  })
  .chain((names) =>
    fc
      .array(fc.option(fc.constantFrom('Arms named in the text', 'وصف'), { nil: undefined }), {
        minLength: names.length,
        maxLength: names.length,
      })
      .map((descriptions) => {
        let labels: readonly LabelDefinition[] = DEFAULT_LABELS;
        for (const [i, name] of names.entries()) {
          const edit = addLabel(labels, {
            name,
            ...(descriptions[i] ? { description: descriptions[i] } : {}),
          });
          if (edit.ok) labels = edit.labels;
        }
        return labels;
      }),
  );

const documentsArb = (labels: readonly LabelDefinition[]) =>
  fc.array(
    rawArticleText(20).chain((raw) => {
      const text = normalizeText(raw);
      const boundaries = [...referenceBoundaries(text)].sort((a, b) => a - b);
      const span =
        boundaries.length < 2
          ? fc.constant(null)
          : fc
              .tuple(
                fc.constantFrom(...boundaries),
                fc.constantFrom(...boundaries),
                fc.constantFrom(...labels),
              )
              .map(([a, b, label]): FormatAnnotation | null =>
                a === b
                  ? null
                  : {
                      id: `a-${a}-${b}-${label.key}`,
                      start: Math.min(a, b),
                      end: Math.max(a, b),
                      label: label.key,
                      text: text.slice(Math.min(a, b), Math.max(a, b)),
                    },
              );
      return fc.array(span, { maxLength: 5 }).map((spans) => ({
        text,
        annotations: spans.filter((s): s is FormatAnnotation => s !== null),
      }));
    }),
    { minLength: 1, maxLength: 4 },
  );

describe('Spanlight JSON carries the project label schema', () => {
  it('export∘import is the identity for custom labels, the schema and the project name', () => {
    fc.assert(
      fc.property(
        schemaArb.chain((labels) => fc.tuple(fc.constant(labels), documentsArb(labels))),
        fc.constantFrom('Weapons 2024', 'مشروع'),
        ([labels, drafts], project) => {
          const documents: FormatDocument[] = drafts.map((draft, i) => ({
            id: `doc-${i}`,
            title: `T${i}`,
            ...draft,
          }));
          const stream = new SpanlightJsonStream({
            exportedAt: EXPORTED_AT,
            labels: defaultLabelTable(labels),
            project,
          });
          const file = stream.start() + stream.documents(documents) + stream.end();
          // Every label is declared: nothing is reported as foreign.
          expect(stream.warnings).toEqual([]);
          const parsed = JSON.parse(file);
          expect(parsed.project).toBe(project);
          expect(parsed.labels).toEqual(
            labels.map((label) => ({
              ...label,
              ...(label.description ? { description: label.description } : {}),
            })),
          );
          const outcome = importSpanlightJson(file);
          if (!outcome.ok) throw new Error(outcome.reason);
          expect(outcome.warnings).toEqual([]);
          expect(outcome.documents[0]?.meta?.spanlight).toMatchObject({ labels: parsed.labels, project });
          expect(
            outcome.documents.map((doc) =>
              doc.annotations.map(({ id, start, end, label }) => ({ id, start, end, label })),
            ),
          ).toEqual(
            documents.map((doc) =>
              sortSpans(doc.annotations).map(({ id, start, end, label }) => ({ id, start, end, label })),
            ),
          );
          expect([...spanlightJsonChunks(outcome.documents)].join('')).toBe(file);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the one-shot export writes the schema and project it is given, as the stream does', () => {
    const labels = defaultLabelTable([
      ...DEFAULT_LABELS,
      { key: 'weapon', name: 'Weapon', shortcut: '4', color: '#009E73', underline: 'dashed' },
    ]);
    const documents: FormatDocument[] = [
      {
        id: 'd',
        title: 'T',
        text: 'a rifle',
        annotations: [{ start: 2, end: 7, label: 'weapon', text: 'rifle' }],
      },
    ];
    const stream = new SpanlightJsonStream({ exportedAt: EXPORTED_AT, labels, project: 'Weapons' });
    const streamed = stream.start() + stream.documents(documents) + stream.end();
    const exported = exportSpanlightJson(documents, {
      exportedAt: new Date(EXPORTED_AT),
      labels,
      project: 'Weapons',
    });
    expect(exported).toEqual({ content: streamed, warnings: [] });
    // Without them, the built-in labels: and the custom label is reported as foreign.
    const plain = exportSpanlightJson(documents, { exportedAt: new Date(EXPORTED_AT) });
    expect(JSON.parse(plain.content).labels).toEqual(defaultLabelTable());
    expect(plain.warnings.join(' ')).toContain('labels weapon are not Spanlight labels');
    // Given, they also replace the table and name an imported file carried.
    const outcome = importSpanlightJson(plain.content.replace('"labels"', '"project": "Old",\n  "labels"'));
    if (!outcome.ok) throw new Error(outcome.reason);
    const again = JSON.parse(exportSpanlightJson(outcome.documents, { labels, project: 'Weapons' }).content);
    expect([again.labels, again.project]).toEqual([labels, 'Weapons']);
  });

  it('still reports labels the table does not declare', () => {
    const documents: FormatDocument[] = [
      {
        id: 'd',
        title: 'T',
        text: 'a rifle',
        annotations: [{ start: 2, end: 7, label: 'weapon', text: 'rifle' }],
      },
    ];
    const stream = new SpanlightJsonStream({ exportedAt: EXPORTED_AT, labels: defaultLabelTable() });
    stream.start();
    stream.documents(documents);
    stream.end();
    expect(stream.warnings.join(' ')).toContain(
      'labels weapon are not Spanlight labels (actor, place, casualty_count)',
    );
  });

  it('a backup’s "projects" (each project’s schema and document ids) is read, refused when malformed, written back', () => {
    const projects = [{ id: 'p1', name: 'Weapons', labels: defaultLabelTable(), documents: ['d'] }];
    const documents: FormatDocument[] = [{ id: 'd', title: 'T', text: 'a rifle', annotations: [] }];
    const stream = new SpanlightJsonStream({
      exportedAt: EXPORTED_AT,
      labels: defaultLabelTable(),
      projects,
    });
    const file = stream.start() + stream.documents(documents) + stream.end();
    const outcome = importSpanlightJson(file);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.documents[0]?.meta?.spanlight).toMatchObject({ projects });
    expect([...spanlightJsonChunks(outcome.documents)].join('')).toBe(file);
    const broken = importSpanlightJson(
      file.replace('"documents": [\n        "d"\n      ]', '"documents": 1'),
    );
    expect(broken).toMatchObject({
      ok: false,
      reason: 'projects[0].documents is the number 1, not an array',
    });
  });

  it('refuses a "project" that is not a string', () => {
    const file = [...spanlightJsonChunks([], { exportedAt: new Date(EXPORTED_AT) })].join('');
    const outcome = importSpanlightJson(file.replace('"labels"', '"project": 3,\n  "labels"'));
    expect(outcome).toMatchObject({ ok: false, reason: '"project" is the number 3, not a string' });
  });
});
