import '../../../src/renderer/styles.css';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { spanlightJsonChunks } from '../../../src/core/formats/spanlightJsonWriter';
import type { FormatDocument } from '../../../src/core/formats/types';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../src/renderer/storage/database';
import { App } from '../../../src/renderer/ui/App';
import { STREAMED_IMPORT_MIN_BYTES } from '../../../src/renderer/ui/datasets/readLargeDataset';
import { browserPlatform } from '../support/browserPlatform';
import { type Rendered, render } from '../support/render';

// "Import dataset…" of a Spanlight JSON file over STREAMED_IMPORT_MIN_BYTES, in real Chromium: the file is read
// as a stream (File.stream, never one string), the preview says what it holds, the import shows "Import progress"
// and writes every document and annotation.

const DOCUMENTS = 300;

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;

const platform = browserPlatform();

function datasetFile(): File {
  const paragraph = 'وقال المرصد إن القصف استهدف ريف الحسكة الشمالي وأدى إلى مقتل مدنيين. ';
  const documents: FormatDocument[] = Array.from({ length: DOCUMENTS }, (_, i) => {
    const text = `${i} 😀 قسد ${paragraph.repeat(60)}`;
    const actor = text.indexOf('قسد');
    const place = text.indexOf('الحسكة');
    return {
      id: `doc-${i}`,
      title: `تقرير ${i}`,
      text,
      annotations: [
        { id: `a-${i}`, start: actor, end: actor + 3, label: 'actor', text: 'قسد' },
        { id: `p-${i}`, start: place, end: place + 6, label: 'place', text: 'الحسكة' },
      ],
    };
  });
  const chunks = [...spanlightJsonChunks(documents, { exportedAt: new Date('2026-12-01T10:00:00Z') })];
  return new File(chunks, 'big-library.json', { type: 'application/json' });
}

beforeAll(async () => {
  await page.viewport(1300, 900);
});

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('spanlight.sampleSeeded', '1');
  db = new SpanlightDatabase(`streamed-import-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  await db.delete();
});

describe('streamed Import dataset…', () => {
  it('reads a large Spanlight JSON as a stream, previews it, and imports it with its progress shown', async () => {
    mounted = await render(<App store={store} platform={platform} />, 1300);
    await expect.element(page.getByRole('list', { name: 'Documents' })).toBeInTheDocument();
    const file = datasetFile();
    expect(file.size).toBeGreaterThan(STREAMED_IMPORT_MIN_BYTES);

    // Every progress bar that appears, whatever the speed of the machine.
    const bars = new Set<string>();
    const observer = new MutationObserver(() => {
      for (const bar of document.querySelectorAll('progress[aria-label]')) {
        bars.add(bar.getAttribute('aria-label') as string);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });

    const input = document.querySelector('input[type="file"][accept*=".jsonld"]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(file);
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));

    const dialog = page.getByRole('dialog', { name: 'Import dataset' });
    await expect
      .element(dialog.getByText(`${DOCUMENTS} documents, ${DOCUMENTS * 2} annotations`))
      .toBeInTheDocument();
    await expect
      .element(dialog.getByRole('combobox', { name: 'Dataset format' }))
      .toHaveValue('spanlight-json');
    expect(await store.listDocuments()).toEqual([]);
    await dialog.getByRole('button', { name: `Import ${DOCUMENTS} documents` }).click();

    await expect
      .element(page.getByText(`Imported ${DOCUMENTS} new documents and ${DOCUMENTS * 2} annotations.`))
      .toBeInTheDocument();
    observer.disconnect();
    expect(bars).toContain('Import progress');
    expect(await store.counts()).toEqual({ documents: DOCUMENTS, spans: DOCUMENTS * 2 });
    const [first] = await store.snapshot([(await store.listDocuments())[0]?.id as string]);
    expect(first?.spans.map((span) => span.text)).toEqual(['قسد', 'الحسكة']);
    await expect.element(page.getByRole('progressbar', { name: 'Import progress' })).not.toBeInTheDocument();
  });
});
