/**
 * PDF intake against Chromium-printed fixtures (scripts/make-intake-fixtures.mjs) and hand-built PDFs.
 *
 * What is compared, exactly: the expected text files hold each paragraph as written, one per blank-line
 * separated block. The PDF's text is compared
 * - word for word: the sequence of words (split at white space) must be identical, which proves logical
 *   order for Arabic, no lost or invented words and no words glued at line or page breaks;
 * - paragraph for paragraph: each expected paragraph must be one output paragraph, or several consecutive
 *   ones joined by a space when a page break fell inside it (a page boundary ends a paragraph). Within a
 *   paragraph, white space is compared collapsed, since line wrapping is the PDF's, not the text's.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { CANCELLED_REASON, NO_TEXT_LAYER_REASON, pdfToDraft } from '../../../src/renderer/intake/pdf';
import { disposeIdlePdfWorker } from '../../../src/renderer/intake/pdfWorker';
import arabicExpected from '../../fixtures/intake/arabic.expected.txt?raw';
import arabicUrl from '../../fixtures/intake/arabic.pdf?url';
import englishExpected from '../../fixtures/intake/english.expected.txt?raw';
import englishUrl from '../../fixtures/intake/english.pdf?url';
import scannedUrl from '../../fixtures/intake/scanned.pdf?url';
import {
  buildPdf,
  expectedParagraphs,
  expectOneDraft,
  expectRefusal,
  loadBytes,
  matchParagraphs,
  requestsTo,
  withTimeout,
  words,
} from './support';

afterAll(() => disposeIdlePdfWorker());

const read = (bytes: Uint8Array, fileName = 'file.pdf') =>
  withTimeout(pdfToDraft(bytes, { fileName }), 15_000, 'pdfToDraft');

describe('Chromium-printed fixtures', () => {
  test('arabic.pdf: Arabic words in logical order, paragraphs as written', async () => {
    const draft = expectOneDraft(await read(await loadBytes(arabicUrl), 'arabic.pdf'));
    expect(words(draft.text)).toEqual(words(arabicExpected));
    matchParagraphs(draft.text.split('\n\n'), expectedParagraphs(arabicExpected));
    expect(draft.title).toBe('افتتاح مكتبة عامة جديدة في مدينة حمص');
    expect(draft.lang).toBe('ar');
  });

  test('arabic.pdf: marks, Latin words, numbers and brackets inside Arabic come out right', async () => {
    const { text } = expectOneDraft(await read(await loadBytes(arabicUrl)));
    for (const piece of [
      'لنحو 150 شخصاً،',
      'أيضاً أن',
      'إذاعة Homs FM المحلية',
      'عام 2019،',
      '(وفق بيانات البلدية).',
      'يوم الأحد',
    ]) {
      expect(text).toContain(piece);
    }
    // Presentation forms (the contextual glyph shapes the PDF maps to) are gone: plain Arabic letters only.
    expect(text).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFF]/);
  });

  test('english.pdf: two pages, the paragraph across the page break is split there, no word glued', async () => {
    const bytes = await loadBytes(englishUrl);
    const draft = expectOneDraft(await read(bytes, 'english.pdf'));
    expect(words(draft.text)).toEqual(words(englishExpected));
    const splits = matchParagraphs(draft.text.split('\n\n'), expectedParagraphs(englishExpected));
    expect(splits).toBe(1);
    expect(draft.text).toContain('asked whether\n\nthe posts');
    expect(draft.text).toContain('first time'); // the "fi" ligature is two letters again
    expect(draft).toMatchObject({ title: 'River town approves new flood barriers', lang: 'en' });
  });

  test('scanned.pdf: refused, it has no text layer', async () => {
    expectRefusal(await read(await loadBytes(scannedUrl)), NO_TEXT_LAYER_REASON);
  });

  test('the input bytes are left intact (pdf.js is given a copy)', async () => {
    const bytes = await loadBytes(englishUrl);
    const copy = bytes.slice();
    await read(bytes);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(bytes).toEqual(copy);
  });
});

describe('bad input', () => {
  test('truncated: refused, never read in part', async () => {
    const bytes = await loadBytes(englishUrl);
    // (Minus 8 bytes cuts into the final "%%EOF\n"; a missing trailing newline alone would still be whole.)
    for (const length of [
      bytes.length - 8,
      Math.floor(bytes.length * 0.9),
      Math.floor(bytes.length / 2),
      100,
      5,
    ]) {
      expectRefusal(await read(bytes.slice(0, length)), /^it is not a readable PDF \(.+\)$/);
    }
  });

  test('random bytes, empty file, another format: refused', async () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 24;
    });
    expectRefusal(await read(random), /^it is not a readable PDF \(.+\)$/);
    expectRefusal(await read(new Uint8Array()), 'it is not a readable PDF (the file is empty)');
    expectRefusal(
      await read(new TextEncoder().encode('<html>not a pdf</html>')),
      /^it is not a readable PDF/,
    );
  });

  test('a PDF header and end marker around garbage: refused by pdf.js', async () => {
    const bytes = new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(200)}\n%%EOF\n`);
    expectRefusal(await read(bytes), /^it is not a readable PDF \(.+\)$/);
  });

  test('cancelled: refused with the cancellation reason, at once', async () => {
    const bytes = await loadBytes(arabicUrl);
    const before = new AbortController();
    before.abort();
    expectRefusal(await pdfToDraft(bytes, { signal: before.signal }), CANCELLED_REASON);
    const during = new AbortController();
    const pending = pdfToDraft(bytes, { signal: during.signal });
    during.abort();
    expectRefusal(await withTimeout(pending, 2_000, 'cancelled import'), CANCELLED_REASON);
  });

  test('a step over its time budget: refused, and the next PDF still reads', async () => {
    const bytes = await loadBytes(englishUrl);
    expectRefusal(
      await pdfToDraft(bytes, { stepTimeoutMs: 1 }),
      /^it is not a readable PDF \(.+took too long\)$/,
    );
    expectOneDraft(await read(bytes));
  });
});

describe('hand-built PDFs', () => {
  test('standard 14 font, not embedded: read without loading any font data', async () => {
    const before = performance.getEntriesByType('resource').length;
    const bytes = buildPdf(
      [
        [
          { x: 40, y: 350, size: 16, text: 'Standard font headline' },
          { x: 40, y: 320, size: 10, text: 'First line of the body text,' },
          { x: 40, y: 308, size: 10, text: 'second line of the same paragraph.' },
          { x: 40, y: 284, size: 10, text: 'Another paragraph (with brackets).' },
        ],
      ],
      { title: 'Hand-built', lang: 'en-GB' },
    );
    const draft = expectOneDraft(await read(bytes));
    expect(draft.text).toBe(
      'Standard font headline\n\nFirst line of the body text, second line of the same paragraph.\n\nAnother paragraph (with brackets).',
    );
    expect(draft).toMatchObject({ title: 'Hand-built', lang: 'en-GB' });
    const fetched = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((entry) => entry.name);
    expect(fetched.filter((name) => !name.includes('pdf.worker'))).toEqual([]);
  });

  test('no title in the PDF: the file name', async () => {
    const bytes = buildPdf([[{ x: 40, y: 350, size: 10, text: 'Body.' }]]);
    expect(expectOneDraft(await read(bytes, 'reports/2024 summary.pdf')).title).toBe('2024 summary');
  });

  test('pages without text next to pages with text: read (only a PDF with no text at all is a scan)', async () => {
    const bytes = buildPdf([[], [{ x: 40, y: 350, size: 10, text: 'Only page two has text.' }], []]);
    expect(expectOneDraft(await read(bytes)).text).toBe('Only page two has text.');
  });

  test('no pages with any text: the scan reason', async () => {
    expectRefusal(await read(buildPdf([[], []])), NO_TEXT_LAYER_REASON);
  });
});

describe('the worker', () => {
  test('is a module worker served from the app origin: no blob:, no data:, no main-thread fallback', async () => {
    disposeIdlePdfWorker();
    const created: { url: string; type: string | undefined }[] = [];
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        created.push({ url: String(url), type: options?.type });
        super(url, options);
      }
    } as typeof Worker;
    try {
      expectOneDraft(await read(await loadBytes(englishUrl)));
    } finally {
      window.Worker = RealWorker;
    }
    expect(created).toHaveLength(1);
    const [worker] = created;
    expect(new URL(worker?.url ?? '', location.href).origin).toBe(location.origin);
    expect(worker?.url).toMatch(/pdf\.worker(\.min)?(-[\w-]+)?\.mjs/);
    expect(worker?.type).toBe('module');
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeUndefined();
    expect(requestsTo('blob:')).toEqual([]);
  });

  test('one idle worker is reused: a second PDF starts no worker', async () => {
    expectOneDraft(await read(await loadBytes(englishUrl)));
    let started = 0;
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        started++;
        super(url, options);
      }
    } as typeof Worker;
    try {
      expectOneDraft(await read(await loadBytes(englishUrl)));
    } finally {
      window.Worker = RealWorker;
    }
    expect(started).toBe(0);
  });
});
