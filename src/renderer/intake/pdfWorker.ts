import { PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * The pdf.js worker, served from the app's own origin: Vite copies the worker script into the build as an
 * asset (out/renderer/assets/pdf.worker.min-<hash>.mjs) and `workerUrl` is its URL. The CSP
 * (`script-src 'self'`, no blob: or data: workers) allows exactly that.
 *
 * We create the Worker ourselves and hand pdf.js its port, instead of letting pdf.js create one from
 * GlobalWorkerOptions.workerSrc: pdf.js then never falls back to parsing on the main thread, nor to a
 * blob: wrapper when it doubts the origin (it does for custom schemes like app://).
 *
 * Starting a worker costs about 250 ms (compiling pdf.js), so one idle worker is kept for the next PDF,
 * and terminated after IDLE_MS. A worker is reused only when its import ended normally; one that timed
 * out, was cancelled or failed is terminated, so a PDF that sends pdf.js into a loop cannot outlive its
 * import nor slow down the next one.
 */

const IDLE_MS = 60_000;

export interface PdfWorkerLease {
  worker: PDFWorker;
  /** Rejects if the worker script fails to load or crashes while leased. */
  failed: Promise<never>;
  /** Gives the worker back: kept for reuse if `healthy`, terminated otherwise. */
  release(healthy: boolean): void;
}

interface Entry {
  web: Worker;
  pdf: PDFWorker;
}

let idle: { entry: Entry; timer: ReturnType<typeof setTimeout> } | null = null;

function terminate(entry: Entry): void {
  entry.web.terminate();
  entry.pdf.destroy();
}

function start(): Entry {
  const web = new Worker(workerUrl, { type: 'module', name: 'spanlight-pdf' });
  // The port is a real Worker; pdf.js's type for it is too narrow.
  const pdf = new PDFWorker({ port: web as never, verbosity: 0 });
  return { web, pdf };
}

/** A worker for one PDF import. Release it exactly once. */
export function leasePdfWorker(): PdfWorkerLease {
  let entry: Entry;
  if (idle) {
    clearTimeout(idle.timer);
    entry = idle.entry;
    idle = null;
  } else {
    entry = start();
  }
  let onError: ((event: ErrorEvent) => void) | null = null;
  const failed = new Promise<never>((_, reject) => {
    onError = (event) => {
      event.preventDefault();
      reject(new Error('the PDF reader stopped'));
    };
    entry.web.addEventListener('error', onError);
  });
  failed.catch(() => {});
  let released = false;
  return {
    worker: entry.pdf,
    failed,
    release(healthy) {
      if (released) return;
      released = true;
      if (onError) entry.web.removeEventListener('error', onError);
      if (!healthy || idle) {
        terminate(entry);
        return;
      }
      idle = { entry, timer: setTimeout(disposeIdlePdfWorker, IDLE_MS) };
    },
  };
}

/** Terminates the idle worker, if any (also called after IDLE_MS). */
export function disposeIdlePdfWorker(): void {
  if (!idle) return;
  clearTimeout(idle.timer);
  terminate(idle.entry);
  idle = null;
}
