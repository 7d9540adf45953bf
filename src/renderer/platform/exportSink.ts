import { MAX_EXPORT_CHUNK, type SpanlightBridge } from '../../shared/ipc';

/**
 * Where a streamed export goes, chunk by chunk, so the whole file never exists as one string in the renderer.
 * `finish` resolves to a sentence saying where the file went (null: the user cancelled a Save dialog shown only
 * at the end); `abort` (cancel, or a failure while exporting) leaves nothing behind.
 */
export interface ExportSink {
  write(chunk: string): Promise<void>;
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
      parts.push(new Blob([chunk]));
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
      for (const piece of piecesOf(chunk, MAX_EXPORT_CHUNK)) {
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

/** For a platform without streamed saves (test stand-ins): the chunks joined, then one saveExport. */
export function savingExportSink(
  saveExport: (fileName: string, content: string) => Promise<string | null>,
  fileName: string,
): ExportSink {
  let chunks: string[] = [];
  return {
    async write(chunk) {
      chunks.push(chunk);
    },
    async finish() {
      const content = chunks.join('');
      chunks = [];
      return saveExport(fileName, content);
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
