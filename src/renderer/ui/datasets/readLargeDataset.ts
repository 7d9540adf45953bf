import { readSpanlightJsonStream } from '../../../core/formats/spanlightJsonStreamReader';
import type { ImportOutcome } from '../../../core/formats/types';
import { StorageError } from '../../storage/storageError';

/**
 * Spanlight JSON files at least this large are read as a stream (File.stream → TextDecoderStream → the streamed
 * reader of src/core), never as one string: a 200 MB export would otherwise be held as bytes, as a string twice
 * its size (Arabic text is two bytes a character in memory) and as one parsed object, all at once.
 */
export const STREAMED_IMPORT_MIN_BYTES = 2 * 1024 * 1024;
/** The streamed import reads files up to this size (the whole-file one stops at MAX_OPEN_FILE_BYTES). */
export const MAX_STREAMED_IMPORT_BYTES = 2 * 1024 * 1024 * 1024;

/** True when `file` should be read by readLargeSpanlightJson: large, and says it is a Spanlight dataset. */
export async function isLargeSpanlightJson(file: Blob & { name: string }): Promise<boolean> {
  if (!/\.json$/i.test(file.name) || file.size < STREAMED_IMPORT_MIN_BYTES) return false;
  if (file.size > MAX_STREAMED_IMPORT_BYTES) return false;
  // The writer puts "format" first; 64 KB is far more than any header before it.
  const head = await file.slice(0, 64 * 1024).text();
  return /"format"\s*:\s*"spanlight\.dataset"/.test(head);
}

/** Reads a Spanlight JSON file as a stream; `onProgress(bytesRead, bytesTotal)` as it goes. */
export async function readLargeSpanlightJson(
  file: Blob,
  options: { signal?: AbortSignal; onProgress?(bytesRead: number, bytesTotal: number): void } = {},
): Promise<ImportOutcome> {
  let bytesRead = 0;
  const counted = file.stream().pipeThrough(
    new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
      transform(chunk, controller) {
        bytesRead += chunk.byteLength;
        controller.enqueue(chunk);
      },
    }),
  );
  // UTF-8, a leading BOM dropped (TextDecoderStream's default), invalid bytes refused rather than replaced.
  const text = counted.pipeThrough(new TextDecoderStream('utf-8', { fatal: true }));
  const reader = text.getReader();
  async function* chunks(): AsyncGenerator<string> {
    try {
      for (;;) {
        if (options.signal?.aborted)
          throw new StorageError('The import was cancelled. Nothing was saved.', 'AbortError');
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
        options.onProgress?.(bytesRead, file.size);
      }
    } finally {
      await reader.cancel().catch(() => {});
    }
  }
  try {
    return await readSpanlightJsonStream(chunks());
  } catch (error) {
    if (error instanceof StorageError) throw error;
    // A TypeError from the decoder: the bytes are not UTF-8.
    return {
      ok: false,
      reason: `the file is not UTF-8 text (${error instanceof Error ? error.message : error})`,
    };
  }
}
