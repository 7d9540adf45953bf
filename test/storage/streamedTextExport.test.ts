import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { exportInFormat } from '../../src/renderer/ui/datasets/exportFormat';
import { STREAMED_FORMATS, streamExport } from '../../src/renderer/ui/datasets/streamExport';

/**
 * CSV of spans and Label Studio JSON go through the streamed export (store batches → sink chunks) and give the
 * same file as the one-shot export of the same library. fake-indexeddb; the chunking itself is property-tested in
 * test/core/formats/batchedTextExport.test.ts.
 */
let store: AnnotationStore;
afterEach(async () => {
  await store.db.delete();
});

describe('streamed CSV and Label Studio exports', () => {
  for (const format of ['csv-spans', 'label-studio', 'conll'] as const) {
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
        const chunks: number[] = [];
        await streamExport(
          store,
          {
            saveExport: async (_name, content) => {
              written = content;
              return 'saved';
            },
          },
          { format, now, onProgress: (done) => chunks.push(done) },
        );
        const oneShot = await exportInFormat(store, format, undefined, {}, now);
        expect(written).toBe(oneShot.content);
        if (count > 0) expect(chunks.at(-1)).toBe(count);
      });
    }
  }
});
