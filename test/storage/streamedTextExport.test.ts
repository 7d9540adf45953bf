import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { importBrat } from '../../src/core/formats/brat';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { exportInFormat } from '../../src/renderer/ui/datasets/exportFormat';
import { readDatasetFiles } from '../../src/renderer/ui/datasets/readDatasetFiles';
import { STREAMED_FORMATS, streamExport } from '../../src/renderer/ui/datasets/streamExport';

/**
 * Every peer format (brat as a zip, bytes) goes through the streamed export (store batches → sink chunks) and gives the
 * same file as the one-shot export of the same library. fake-indexeddb;
 * the chunking itself is property-tested in test/core/formats/batchedTextExport.test.ts and bratZip.test.ts.
 */
let store: AnnotationStore;
afterEach(async () => {
  await store.db.delete();
});

describe('streamed exports, every peer format', () => {
  // Spanlight JSON streams through its own writer, with the project's labels (spanlightJsonWriter.test.ts).
  for (const format of [
    'doccano-jsonl',
    'prodigy-jsonl',
    'csv-spans',
    'label-studio',
    'conll',
    'w3c',
    'brat',
  ] as const) {
    for (const count of [0, 1, 3]) {
      it(`${format}, ${count} document(s): the same file as the one-shot export`, async () => {
        store = new AnnotationStore(new SpanlightDatabase(`stream-${Math.random()}`));
        for (let i = 0; i < count; i++) {
          const text = `قسد في الحسكة 😀 ${i}\nوقتل خمسة.`;
          const { document } = await store.createDocument({ title: `تقرير ${i}`, text });
          await store.addSpan(document.id, 0, 3, 'actor', 'alice');
          await store.addSpan(document.id, text.indexOf('خمسة'), text.indexOf('خمسة') + 4, 'casualty_count');
        }
        expect(STREAMED_FORMATS.has(format)).toBe(true);
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
