import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/core/formats';
import { importBrat } from '../../src/core/formats/brat';
import { defaultLabelTable } from '../../src/core/formats/spanlightRecord';
import type { LabelDefinition } from '../../src/core/labels';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { exportInFormat } from '../../src/renderer/ui/datasets/exportFormat';
import { readDatasetFiles } from '../../src/renderer/ui/datasets/readDatasetFiles';
import { STREAMED_FORMATS, streamExport } from '../../src/renderer/ui/datasets/streamExport';

/**
 * Every format (brat as a zip, bytes) goes through the streamed export (store batches → sink chunks) and gives the
 * same file as the one-shot export of the same library, Spanlight JSON included: both write the current project's
 * label schema (a label of its own here), its name, and the actor the spans link to. fake-indexeddb;
 * the chunking itself is property-tested in test/core/formats/batchedTextExport.test.ts and bratZip.test.ts.
 */
let opened: AnnotationStore | undefined;
afterEach(async () => {
  await opened?.db.delete();
  opened = undefined;
});

const WEAPON: LabelDefinition = {
  key: 'weapon',
  name: 'Weapon',
  shortcut: '4',
  color: '#009E73',
  underline: 'dashed',
  description: 'Arms named in the text',
};

describe('streamed exports, every format', () => {
  it('every registered format streams: Export… has no other path', () => {
    expect(FORMATS.map(({ id }) => id).filter((id) => !STREAMED_FORMATS.has(id))).toEqual([]);
  });

  for (const { id: format } of FORMATS) {
    for (const count of [0, 1, 3]) {
      it(`${format}, ${count} document(s): the same file as the one-shot export`, async () => {
        const store = new AnnotationStore(new SpanlightDatabase(`stream-${Math.random()}`));
        opened = store;
        const project = await store.projects.get(store.projectId);
        if (!project) throw new Error('no current project');
        await store.projects.saveLabels(project.id, [...project.labels, WEAPON]);
        for (let i = 0; i < count; i++) {
          const text = `قسد في الحسكة 😀 ${i}\nوقتل خمسة.`;
          const { document } = await store.createDocument({ title: `تقرير ${i}`, text });
          const actor = await store.addSpan(document.id, 0, 3, 'actor', 'alice');
          if (i === 0) await store.coding.createActorFromSpan(actor);
          await store.addSpan(document.id, text.indexOf('خمسة'), text.indexOf('خمسة') + 4, 'casualty_count');
          await store.addSpan(document.id, text.indexOf('وقتل'), text.indexOf('وقتل') + 4, 'weapon');
        }
        const now = new Date('2026-05-01T10:00:00Z');
        let written = '';
        let savedAs = '';
        const chunks: number[] = [];
        await streamExport(
          store,
          {
            saveExport: async (name, content, encoding) => {
              written = content;
              savedAs = `${name} ${encoding}`;
              return 'saved';
            },
          },
          { format, now, onProgress: (done) => chunks.push(done) },
        );
        const oneShot = await exportInFormat(store, format, undefined, {}, now);
        expect(written).toBe(oneShot.content);
        expect(savedAs).toBe(`${oneShot.fileName} ${oneShot.encoding}`);
        if (count > 0) expect(chunks.at(-1)).toBe(count);
        if (format === 'spanlight-json') {
          // The project's schema, its own label included, and its name: not the built-in labels.
          const file = JSON.parse(written);
          expect(file.labels).toEqual(defaultLabelTable([...project.labels, WEAPON]));
          expect(file.project).toBe(project.name);
          expect(file.actors ?? []).toHaveLength(count > 0 ? 1 : 0);
        }
        if (format === 'brat') {
          // The zip opens as Import dataset… opens it, and gives back every text and span.
          const files = await readDatasetFiles([
            { name: oneShot.fileName, bytes: Uint8Array.from(atob(written), (c) => c.charCodeAt(0)) },
          ]);
          // A .txt and a .ann per document, and annotation.conf.
          expect(files).toHaveLength(2 * count + 1);
          expect(files.map((file) => file.path)).toContain('annotation.conf');
          // No documents: a collection of annotation.conf alone, which brat import refuses (no .txt).
          if (count === 0) return;
          const outcome = importBrat(files);
          if (!outcome.ok) throw new Error(outcome.reason);
          const library = await store.snapshot();
          const spans = (docs: Array<{ text: string; spans: Array<[number, number, string]> }>) =>
            docs.map((d) => [d.text, d.spans.sort()]).sort();
          expect(
            spans(
              outcome.documents.map((d) => ({
                text: d.text,
                spans: d.annotations.map((a) => [a.start, a.end, a.label] as [number, number, string]),
              })),
            ),
          ).toEqual(
            spans(
              library.map((e) => ({
                text: e.document.text,
                spans: e.spans.map((x) => [x.start, x.end, x.label] as [number, number, string]),
              })),
            ),
          );
        }
      });
    }
  }
});
