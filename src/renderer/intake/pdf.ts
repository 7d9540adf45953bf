import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { type DocumentDraft, titleFromFileName } from '../../core/document';
import { type IntakeResult, intakeFailure, intakeSuccess } from '../../core/intake/types';
import { cleanField, languageTag } from './metadata';
import { layoutParagraphs, type PdfPageText } from './pdfLayout';
import { leasePdfWorker, type PdfWorkerLease } from './pdfWorker';

/**
 * PDF intake: the text layer of a PDF to one document draft, pdf.js parsing it in a worker (pdfWorker.ts).
 *
 * pdf.js is configured to read only the bytes it is given: no eval (`isEvalSupported: false`), no font
 * loading into the page (`disableFontFace`), no system fonts, no fetching of anything (no streaming, range
 * requests or auto-fetch; no CMap, standard font, ICC or WebAssembly URLs, so nothing is ever requested, not
 * even from the app), no XFA, and `stopAtErrors` so a damaged content stream fails the import instead of
 * silently losing text. Text only: images are never decoded.
 *
 * Paragraphs are rebuilt from the items' geometry by pdfLayout.ts (logical order for Arabic, page breaks end
 * paragraphs). A file whose pages hold no text at all is a scan (or pictures of text): refused, with a
 * reason saying so. A truncated file (no end-of-file marker near its end) is refused rather than read in
 * part.
 */

export const NO_TEXT_LAYER_REASON =
  'it has no text layer (it may be a scan); Spanlight cannot read scanned PDFs yet';
export const CANCELLED_REASON = 'the import was cancelled';

export interface PdfIntakeOptions {
  /** The file's name, for the title when the PDF declares none. */
  fileName?: string;
  /** Aborting it stops the import at once (its worker is terminated) and yields CANCELLED_REASON. */
  signal?: AbortSignal;
  /** Longest time for opening the file or reading one page, in ms (default 30 s): a guard against hangs. */
  stepTimeoutMs?: number;
}

const DEFAULT_STEP_TIMEOUT_MS = 30_000;
const HEADER = '%PDF-';
const END_MARKER = '%%EOF';

/** An import stopped by us (bad envelope, timeout, cancellation), with the reason to show. */
class IntakeStop extends Error {
  constructor(
    readonly reason: string,
    /** False when the worker may be stuck or gone (timeout, cancellation): it must not be reused. */
    readonly workerHealthy = true,
  ) {
    super(reason);
  }
}

const notReadable = (detail: string): string => `it is not a readable PDF (${detail})`;

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** Cheap checks before pdf.js: a PDF header near the start, an end-of-file marker near the end. */
function checkEnvelope(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new IntakeStop(notReadable('the file is empty'));
  if (!latin1(bytes.subarray(0, 1024)).includes(HEADER)) {
    throw new IntakeStop(notReadable('it does not begin like a PDF file'));
  }
  if (!latin1(bytes.subarray(Math.max(0, bytes.length - 2048))).includes(END_MARKER)) {
    throw new IntakeStop(notReadable('the file is truncated: its end is missing'));
  }
}

function describePdfError(error: unknown): string {
  if (error instanceof IntakeStop) return error.reason;
  const name = error instanceof Error ? error.name : '';
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  if (name === 'PasswordException') return 'it is password-protected; Spanlight cannot open encrypted PDFs';
  if (name === 'InvalidPDFException') return notReadable('invalid PDF structure');
  return notReadable(message.slice(0, 160) || 'unknown error');
}

/** Races a step against the import's cancellation and its time budget. */
function guarded<T>(step: Promise<T>, stop: Promise<never>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new IntakeStop(notReadable(`${what} took too long`), false)), timeoutMs);
  });
  return Promise.race([step, stop, timeout]).finally(() => clearTimeout(timer));
}

function isTextItem(item: TextItem | TextMarkedContent): item is TextItem {
  return typeof (item as Partial<TextItem>).str === 'string';
}

async function readPages(
  pdf: PDFDocumentProxy,
  stop: Promise<never>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<PdfPageText[]> {
  const pages: PdfPageText[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    if (signal?.aborted) throw new IntakeStop(CANCELLED_REASON, false);
    const read = async (): Promise<PdfPageText> => {
      const page = await pdf.getPage(number);
      try {
        const content = await page.getTextContent({
          includeMarkedContent: false,
          disableNormalization: false,
        });
        return { items: content.items.filter(isTextItem), styles: content.styles };
      } finally {
        page.cleanup();
      }
    };
    pages.push(await guarded(read(), stop, timeoutMs, `reading page ${number}`));
  }
  return pages;
}

/** Reads a PDF's text into one draft, or says why it cannot. Never throws. */
export async function pdfToDraft(bytes: Uint8Array, options: PdfIntakeOptions = {}): Promise<IntakeResult> {
  const { fileName, signal } = options;
  const timeoutMs = options.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS;
  let lease: PdfWorkerLease | null = null;
  let task: ReturnType<typeof getDocument> | null = null;
  let healthy = false;
  let onAbort: (() => void) | null = null;
  try {
    if (signal?.aborted) return intakeFailure(CANCELLED_REASON);
    if (!(bytes instanceof Uint8Array)) return intakeFailure(notReadable('no bytes were given'));
    checkEnvelope(bytes);

    lease = leasePdfWorker();
    const cancelled = new Promise<never>((_, reject) => {
      onAbort = () => reject(new IntakeStop(CANCELLED_REASON, false));
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    const interrupt = Promise.race([
      cancelled,
      lease.failed.catch(() => {
        throw new IntakeStop(notReadable('the PDF reader stopped'), false);
      }),
    ]);
    interrupt.catch(() => {}); // settled by whichever step it interrupts; never unhandled

    task = getDocument({
      data: new Uint8Array(bytes), // a copy: pdf.js transfers the buffer it is given to the worker
      worker: lease.worker,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      disableAutoFetch: true,
      disableStream: true,
      disableRange: true,
      useWorkerFetch: false,
      useWasm: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      enableXfa: false,
      stopAtErrors: true,
      verbosity: 0,
    });
    const result = await read(task, interrupt, timeoutMs, signal, fileName);
    healthy = true;
    return result;
  } catch (error) {
    // pdf.js reported a problem with the file: the worker itself is fine and can be reused.
    healthy = !(error instanceof IntakeStop) || error.workerHealthy;
    if (signal?.aborted) return intakeFailure(CANCELLED_REASON);
    return intakeFailure(describePdfError(error));
  } finally {
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    if (healthy && task) {
      // Frees the document in the worker; a worker that does not answer in time is not reused.
      const destroyed = await Promise.race([
        task.destroy().then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000)),
      ]);
      lease?.release(destroyed);
    } else {
      lease?.release(false);
      task?.destroy().catch(() => {});
    }
  }
}

async function read(
  task: ReturnType<typeof getDocument>,
  interrupt: Promise<never>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  fileName: string | undefined,
): Promise<IntakeResult> {
  const pdf = await guarded(task.promise, interrupt, timeoutMs, 'opening it');
  if (pdf.numPages < 1) return intakeFailure(notReadable('it has no pages'));

  const pages = await readPages(pdf, interrupt, timeoutMs, signal);
  const paragraphs = layoutParagraphs(pages);
  if (!paragraphs.some((paragraph) => /[\p{L}\p{N}]/u.test(paragraph))) {
    return intakeFailure(NO_TEXT_LAYER_REASON);
  }

  const metadata = await guarded(pdf.getMetadata(), interrupt, timeoutMs, 'reading its metadata').catch(
    () => null,
  );
  const info = (metadata?.info ?? {}) as Record<string, unknown>;
  const title =
    cleanField(info.Title) ??
    cleanField(metadata?.metadata?.get('dc:title')) ??
    (fileName ? titleFromFileName(fileName) : '');
  const draft: DocumentDraft = { title, text: paragraphs.join('\n\n') };
  const lang = languageTag(info.Language);
  if (lang) draft.lang = lang;
  return intakeSuccess([draft]);
}
