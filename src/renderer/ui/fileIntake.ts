import type { IntakeFile } from '../../core/intake/types';
import { MAX_OPEN_FILE_BYTES } from '../../shared/ipc';

/**
 * Files chosen in browser mode's file input, read with the File API. A file over the size cap is not read
 * at all (a mistaken 2 GB pick must not exhaust memory): it is passed on with its size, to be refused.
 */
export async function readBrowserFiles(list: FileList | readonly File[]): Promise<IntakeFile[]> {
  return Promise.all(
    Array.from(list, async (file) =>
      file.size > MAX_OPEN_FILE_BYTES
        ? { name: file.name, bytes: new Uint8Array(0), size: file.size }
        : { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    ),
  );
}
