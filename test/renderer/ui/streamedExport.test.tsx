import '../../../src/renderer/styles.css';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { importSpanlightJson } from '../../../src/core/formats/spanlightJson';
import type { FormatDocument } from '../../../src/core/formats/types';
import type { ExportSink } from '../../../src/renderer/platform/exportSink';
import type { Platform } from '../../../src/renderer/platform/platform';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../src/renderer/storage/database';
import { App } from '../../../src/renderer/ui/App';
import { browserPlatform } from '../support/browserPlatform';
import { type Rendered, render } from '../support/render';

// "Export JSON" of a library larger than one batch, in real Chromium, through the App: the file arrives as
// several chunks, the progress bar "Export progress" shows the documents written while the export runs, the
// joined file is a valid dataset with every document and span, and "Cancel export" leaves nothing behind.
// The sink holds the third chunk until the test lets it go, so what is checked mid-export never depends on speed.

const DOCUMENTS = 600; // three batches of 250 (readInBatches.ts)

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;

interface GatedSink {
  chunks: string[];
  finished: boolean;
  aborted: boolean;
  /** Lets the held chunk (and every later one) through. */
  release(): void;
}

function gatedPlatform(): { platform: Platform; sink: GatedSink } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const sink: GatedSink = { chunks: [], finished: false, aborted: false, release: () => release() };
  const exportSink: ExportSink = {
    async write(chunk) {
      // Spanlight JSON is text; only brat's zip is written as bytes.
      if (typeof chunk !== 'string') throw new Error('Export JSON wrote bytes');
      sink.chunks.push(chunk);
      // The header and the first batch go through; the second batch waits for the test.
      if (sink.chunks.length >= 3) await gate;
    },
    async finish() {
      sink.finished = true;
      return 'Saved /exports/library.json';
    },
    async abort() {
      sink.aborted = true;
    },
  };
  const platform: Platform = browserPlatform({
    async saveExport() {
      throw new Error('a streamed export must not build the whole file');
    },
    openExportSink: async () => exportSink,
  });
  return { platform, sink };
}

function libraryDocuments(): FormatDocument[] {
  return Array.from({ length: DOCUMENTS }, (_, i) => {
    const text = `قُتل ${i} مدنياً في الحسكة 😀 وأعلنت قسد ${i}.`;
    const place = text.indexOf('الحسكة');
    const actor = text.indexOf('قسد');
    return {
      title: `تقرير ${i}`,
      text,
      annotations: [
        { start: place, end: place + 6, label: 'place', text: 'الحسكة' },
        { start: actor, end: actor + 3, label: 'actor', text: 'قسد' },
      ],
    };
  });
}

beforeAll(async () => {
  await page.viewport(1300, 900);
});

beforeEach(async () => {
  localStorage.clear();
  db = new SpanlightDatabase(`streamed-export-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
  await store.importDocuments(libraryDocuments(), { duplicates: 'keep-both' });
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  await db.delete();
});

async function mountWith(platform: Platform) {
  mounted = await render(<App store={store} platform={platform} />, 1300);
  await expect.element(page.getByRole('list', { name: 'Documents' })).toBeInTheDocument();
}

describe('streamed Export JSON', () => {
  it('shows its progress while it runs and writes a valid file in chunks', async () => {
    const { platform, sink } = gatedPlatform();
    await mountWith(platform);
    await page.getByRole('button', { name: 'Export JSON', exact: true }).click();

    const bar = page.getByRole('progressbar', { name: 'Export progress' });
    await expect.element(bar).toBeInTheDocument();
    await expect.element(bar).toHaveAttribute('max', String(DOCUMENTS));
    await expect.element(bar).toHaveAttribute('value', '250');
    await expect.element(page.getByText(`250 of ${DOCUMENTS} documents`)).toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: 'Cancel export' })).toBeInTheDocument();
    expect(sink.finished).toBe(false);

    sink.release();
    await expect
      .element(page.getByText(`Exported ${DOCUMENTS} documents. Saved /exports/library.json.`))
      .toBeInTheDocument();
    await expect.element(bar).not.toBeInTheDocument();
    expect(sink.finished).toBe(true);
    expect(sink.aborted).toBe(false);
    // Header, three batches, closing: the file was never one string in the page.
    expect(sink.chunks).toHaveLength(5);
    const outcome = importSpanlightJson(sink.chunks.join(''));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.documents).toHaveLength(DOCUMENTS);
    expect(outcome.documents.every((doc) => doc.annotations.length === 2)).toBe(true);
    expect(
      JSON.parse(sink.chunks.join('')).documents[599].annotations.map((a: { text: string }) => a.text),
    ).toEqual(['الحسكة', 'قسد']);
  });

  it('Cancel export stops it: the sink is aborted and nothing is finished', async () => {
    const { platform, sink } = gatedPlatform();
    await mountWith(platform);
    await page.getByRole('button', { name: 'Export JSON', exact: true }).click();
    await expect.element(page.getByRole('progressbar', { name: 'Export progress' })).toBeInTheDocument();
    await page.getByRole('button', { name: 'Cancel export' }).click();
    sink.release();
    await expect.element(page.getByText('The export was cancelled. Nothing was saved.')).toBeInTheDocument();
    expect(sink.aborted).toBe(true);
    expect(sink.finished).toBe(false);
    await expect.element(page.getByRole('progressbar', { name: 'Export progress' })).not.toBeInTheDocument();
  });
});
