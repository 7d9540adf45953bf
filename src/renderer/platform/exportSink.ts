import { MAX_EXPORT_CHUNK, type SpanlightBridge } from '../../shared/ipc';

/**
 * Where a streamed export goes, chunk by chunk, so the whole file never exists as one string in the renderer.
 * `finish` resolves to a sentence saying where the file went (null: the user cancelled a Save dialog shown only
 * at the end); `abort` (cancel, or a failure while exporting) leaves nothing behind. A chunk is text (written as
 * UTF-8) or bytes (a zip); one file takes one or the other.
 */
export interface ExportSink {
  write(chunk: string | Uint8Array): Promise<void>;
  finish(): Promise<string | null>;
  abort(): Promise<void>;
}

/**
 * Browser mode: each chunk becomes a Blob at once (Chromium moves blob data out of the page's heap, to the browser
 * process or to disk), and the file is one Blob made of those parts, downloaded at the end. Nothing is written
 * until then, so cancelling only drops the parts.
 */
export function blobExportSink(fileName: string, doc: Document = document): ExportSink {
  let parts: Blob[] = [];
  return {
    async write(chunk) {
      parts.push(new Blob([chunk as BlobPart]));
    },
    async finish() {
      const type = fileName.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      const url = URL.createObjectURL(new Blob(parts, { type }));
      parts = [];
      const link = doc.createElement('a');
      link.href = url;
      link.download = fileName;
      link.rel = 'noopener';
      doc.body.append(link);
      link.click();
      link.remove();
      // Revoked later: revoking at once can cancel the download in Chromium.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return `Downloaded ${fileName}`;
    },
    async abort() {
      parts = [];
    },
  };
}

/**
 * Electron: the Save dialog first (before the long export), then each chunk to main, which appends it to a temp
 * file beside the target and renames it over the target at the end (src/main/streamedSave.ts). Null when the
 * user cancelled the dialog.
 */
export async function electronExportSink(
  bridge: SpanlightBridge,
  fileName: string,
): Promise<ExportSink | null> {
  const started = await bridge.beginExportSave({ suggestedName: fileName });
  if (!started.ok) {
    if (started.canceled) return null;
    throw new Error(started.reason);
  }
  const { saveId } = started;
  return {
    async write(chunk) {
      const pieces = typeof chunk === 'string' ? piecesOf(chunk, MAX_EXPORT_CHUNK) : bytePiecesOf(chunk);
      for (const piece of pieces) {
        const result = await bridge.writeExportChunk(saveId, piece);
        if (!result.ok) throw new Error(result.reason);
      }
    },
    async finish() {
      const result = await bridge.finishExportSave(saveId);
      if (!result.saved) throw new Error(result.reason ?? 'the export could not be saved');
      return `Saved ${result.path}`;
    },
    abort: () => bridge.abortExportSave(saveId),
  };
}

/**
 * For a platform without streamed saves (test stand-ins): the chunks joined, then one saveExport (base64 when the
 * chunks were bytes).
 */
export function savingExportSink(
  saveExport: (fileName: string, content: string, encoding: 'utf8' | 'base64') => Promise<string | null>,
  fileName: string,
): ExportSink {
  let chunks: Array<string | Uint8Array> = [];
  return {
    async write(chunk) {
      chunks.push(chunk);
    },
    async finish() {
      const binary = chunks.some((chunk) => typeof chunk !== 'string');
      const content = binary ? base64Of(chunks) : chunks.join('');
      chunks = [];
      return saveExport(fileName, content, binary ? 'base64' : 'utf8');
    },
    async abort() {
      chunks = [];
    },
  };
}

/**
 * A chunk cut into pieces main accepts (at most `max` UTF-16 code units), never between the two halves of a
 * surrogate pair: each piece is encoded to UTF-8 on its own, and half a pair would become U+FFFD.
 */
export function piecesOf(chunk: string, max: number): string[] {
  if (chunk.length <= max) return [chunk];
  const pieces: string[] = [];
  for (let at = 0; at < chunk.length; ) {
    let end = Math.min(at + max, chunk.length);
    const last = chunk.charCodeAt(end - 1);
    if (end < chunk.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(chunk.slice(at, end));
    at = end;
  }
  return pieces;
}

/**
 * Bytes in pieces main accepts (at most MAX_EXPORT_CHUNK each). Copies, not views: IPC would send a view's whole
 * buffer each time.
 */
function bytePiecesOf(chunk: Uint8Array): Uint8Array[] {
  if (chunk.length <= MAX_EXPORT_CHUNK) return [chunk];
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < chunk.length; at += MAX_EXPORT_CHUNK)
    pieces.push(chunk.slice(at, at + MAX_EXPORT_CHUNK));
  return pieces;
}

/** Chunks (text as UTF-8) as one base64 string. */
function base64Of(chunks: ReadonlyArray<string | Uint8Array>): string {
  const encoder = new TextEncoder();
  let binary = '';
  for (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    // In slices: String.fromCharCode takes its arguments on the stack.
    for (let at = 0; at < bytes.length; at += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}
