import type { IntakeFile } from '../../core/intake/types';

/** Files chosen in browser mode's file input, read with the File API. */
export async function readBrowserFiles(list: FileList | readonly File[]): Promise<IntakeFile[]> {
  return Promise.all(
    Array.from(list, async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}
