/**
 * Fuzzing the three importers with damaged copies of the fixtures: truncated, bytes overwritten, a chunk cut
 * out of the middle (the end kept, so the file still looks whole), random bytes inserted, a chunk
 * duplicated. Every case must end in a draft with text or in one of the importer's clear reasons: no
 * exception, no other kind of reason, and no hang (each case races a 5 s timer; a timeout is a failure).
 *
 * Seeds are fixed, so a failure reproduces. Default counts (CI): 1,000 cases each of HTML, PDF and DOCX;
 * VITE_NIGHTLY_FUZZ_RUNS=<n> runs n cases of each (Vite passes only VITE_-prefixed variables to the browser).
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, describe, expect, test } from 'vitest';
import type { IntakeResult } from '../../../src/core/intake/types';
import { docxToDraft } from '../../../src/renderer/intake/docx';
import { htmlToDraft, NO_ARTICLE_REASON } from '../../../src/renderer/intake/html';
import { pdfToDraft } from '../../../src/renderer/intake/pdf';
import { disposeIdlePdfWorker } from '../../../src/renderer/intake/pdfWorker';
import arabicPdfUrl from '../../fixtures/intake/arabic.pdf?url';
import articleDocxUrl from '../../fixtures/intake/article.docx?url';
import englishPdfUrl from '../../fixtures/intake/english.pdf?url';
import hostilePage from '../../fixtures/intake/hostile-page.html?raw';
import scannedPdfUrl from '../../fixtures/intake/scanned.pdf?url';
import { buildDocx, buildPdf, fuzzRuns, loadBytes, requestsTo, settle, withTimeout } from './support';

const CASE_TIMEOUT_MS = 5_000;
const TRACKER_PATH = '/__spanlight_fuzz_tracker__';

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'overwrite'; edits: [number, number][] }
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'duplicate'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('overwrite' as const),
    edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8192 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 4096 }),
  }),
);

/** Applies a mutation; positions wrap around the input's length. A cut keeps the last 64 bytes (the end). */
function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const n = bytes.length;
  switch (m.kind) {
    case 'truncate':
      return bytes.slice(0, m.at % n);
    case 'overwrite': {
      const out = bytes.slice();
      for (const [at, value] of m.edits) out[at % n] = value;
      return out;
    }
    case 'cut': {
      const at = m.at % Math.max(1, n - 64);
      const end = Math.min(n - 64, at + m.length);
      return end <= at ? bytes.slice() : new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(end)]);
    }
    case 'insert': {
      const at = m.at % n;
      return new Uint8Array([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
    }
    case 'duplicate': {
      const at = m.at % n;
      const chunk = bytes.subarray(at, at + m.length);
      return new Uint8Array([...bytes.subarray(0, at), ...chunk, ...bytes.subarray(at)]);
    }
  }
}

function describeMutation(m: Mutation): string {
  return JSON.stringify(m, (_key, value) => (value instanceof Uint8Array ? Array.from(value) : value));
}

/** The verdict on one case: passes, or says what went wrong. */
function judge(result: IntakeResult, reasons: RegExp): void {
  if (result.ok) {
    if (result.drafts.length !== 1) throw new Error(`expected one draft, got ${result.drafts.length}`);
    const [draft] = result.drafts;
    if (typeof draft?.text !== 'string' || !/[\p{L}\p{N}]/u.test(draft.text)) {
      throw new Error('a draft without text');
    }
    if (typeof draft.title !== 'string') throw new Error('a draft without a title string');
    return;
  }
  if (typeof result.reason !== 'string' || !reasons.test(result.reason)) {
    throw new Error(`unexpected reason: ${JSON.stringify(result.reason)}`);
  }
}

const PDF_REASONS =
  /^(?:it is not a readable PDF \(.+\)|it has no text layer \(it may be a scan\); Spanlight cannot read scanned PDFs yet|it is password-protected; Spanlight cannot open encrypted PDFs)$/;
const DOCX_REASONS = /^(?:it is not a readable Word document \(.+\)|the document has no text)$/;

afterAll(() => disposeIdlePdfWorker());

describe('fuzz', () => {
  test(`HTML: ${fuzzRuns(1000)} damaged copies of the hostile page`, async () => {
    const page = hostilePage.replaceAll('http://127.0.0.1:47811', `${location.origin}${TRACKER_PATH}`);
    const bytes = new TextEncoder().encode(page);
    const decoder = new TextDecoder('utf-8');
    const noArticle = new RegExp(`^${NO_ARTICLE_REASON}$`);
    fc.assert(
      fc.property(mutation, (m) => {
        const html = decoder.decode(mutate(bytes, m));
        // htmlToDraft is synchronous: a hang cannot be raced, so each case is timed instead.
        const started = performance.now();
        const result = htmlToDraft(html, { fileName: 'page.html' });
        const elapsed = performance.now() - started;
        if (elapsed > CASE_TIMEOUT_MS) throw new Error(`${describeMutation(m)} took ${elapsed} ms`);
        judge(result, noArticle);
      }),
      { numRuns: fuzzRuns(1000), seed: 4242 },
    );
    await settle(300);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(requestsTo(TRACKER_PATH)).toEqual([]);
  }, 300_000);

  test(`PDF: ${fuzzRuns(1000)} damaged copies of the PDF fixtures`, async () => {
    const sources = [
      await loadBytes(englishPdfUrl),
      await loadBytes(arabicPdfUrl),
      await loadBytes(scannedPdfUrl),
      // Uncompressed content streams: damage lands in text operators, not only in deflate data.
      buildPdf([
        [
          { x: 40, y: 350, size: 16, text: 'Plain headline' },
          { x: 40, y: 320, size: 10, text: 'A body line (with brackets) and \\ escapes' },
        ],
        [{ x: 40, y: 350, size: 10, text: 'Second page' }],
      ]),
    ];
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: sources.length - 1 }), mutation, async (which, m) => {
        const damaged = mutate(sources[which] as Uint8Array, m);
        let result: IntakeResult;
        try {
          result = await withTimeout(
            pdfToDraft(damaged, { fileName: 'damaged.pdf' }),
            CASE_TIMEOUT_MS,
            'PDF case',
          );
        } catch (error) {
          throw new Error(`source ${which}, ${describeMutation(m)}: ${String(error)}`);
        }
        judge(result, PDF_REASONS);
      }),
      { numRuns: fuzzRuns(1000), seed: 777, endOnFailure: true },
    );
  }, 600_000);

  test(`DOCX: ${fuzzRuns(1000)} damaged copies of the DOCX fixtures`, async () => {
    const sources = [
      await loadBytes(articleDocxUrl),
      // Stored (uncompressed) parts: damage lands in the XML itself.
      await JSZip.loadAsync(
        await buildDocx([{ text: 'Heading', style: 'Heading1' }, { text: 'Body text.' }], {
          coreTitle: 'Core',
        }),
      ).then((zip) => zip.generateAsync({ type: 'uint8array', compression: 'STORE' })),
    ];
    // A whole package around damaged XML: the damage reaches mammoth's XML reader, not only the zip layer.
    const template = await JSZip.loadAsync(sources[0] as Uint8Array);
    const documentXml = new TextEncoder().encode(await template.file('word/document.xml')?.async('string'));
    const rezipped = async (m: Mutation): Promise<Uint8Array> => {
      const zip = await JSZip.loadAsync(sources[0] as Uint8Array);
      zip.file('word/document.xml', mutate(documentXml, m));
      return zip.generateAsync({ type: 'uint8array' });
    };
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: sources.length }), mutation, async (which, m) => {
        const damaged =
          which === sources.length ? await rezipped(m) : mutate(sources[which] as Uint8Array, m);
        let result: IntakeResult;
        try {
          result = await withTimeout(
            docxToDraft(damaged, { fileName: 'damaged.docx' }),
            CASE_TIMEOUT_MS,
            'DOCX case',
          );
        } catch (error) {
          throw new Error(`source ${which}, ${describeMutation(m)}: ${String(error)}`);
        }
        judge(result, DOCX_REASONS);
      }),
      { numRuns: fuzzRuns(1000), seed: 31337, endOnFailure: true },
    );
  }, 600_000);

  test('the judge can fail: wrong reasons, empty drafts and exceptions are caught', () => {
    expect(() => judge({ ok: false, reason: 'boom' }, PDF_REASONS)).toThrow(/unexpected reason/);
    expect(() => judge({ ok: true, drafts: [{ title: '', text: '  ' }], warnings: [] }, PDF_REASONS)).toThrow(
      /without text/,
    );
    expect(() => judge({ ok: true, drafts: [], warnings: [] }, DOCX_REASONS)).toThrow(/one draft/);
    expect(() => judge({ ok: false, reason: 'the document has no text' }, DOCX_REASONS)).not.toThrow();
  });
});
