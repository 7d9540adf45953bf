import type { IntakeFile } from '../../core/intake/types';

/** The parts of FileSystemEntry used here, so folder walking can be tested with plain objects. */
export interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?(success: (file: File) => void, failure?: (error: unknown) => void): void;
  createReader?(): {
    readEntries(success: (entries: EntryLike[]) => void, failure?: (error: unknown) => void): void;
  };
}

export interface DroppedFiles {
  files: IntakeFile[];
  /** Files inside dropped folders that were left out: hidden files (".DS_Store", "~$draft.docx"). */
  skippedHidden: number;
}

/**
 * The entries of a drop, taken synchronously: DataTransfer items are only readable during the drop event.
 * Falls back to the plain file list where entries are not available.
 */
export function entriesOfDrop(transfer: DataTransfer): EntryLike[] | File[] {
  const entries: EntryLike[] = [];
  for (const item of Array.from(transfer.items ?? [])) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) entries.push(entry as unknown as EntryLike);
  }
  return entries.length > 0 ? entries : Array.from(transfer.files ?? []);
}

const isHidden = (name: string) => name.startsWith('.') || name.startsWith('~$');

/** Reads dropped files and, recursively, the files of dropped folders, with their paths inside the drop. */
export async function readDropped(dropped: EntryLike[] | File[]): Promise<DroppedFiles> {
  const result: DroppedFiles = { files: [], skippedHidden: 0 };
  for (const item of dropped) {
    if (item instanceof File) {
      result.files.push({ name: item.name, bytes: new Uint8Array(await item.arrayBuffer()) });
    } else {
      await walk(item, result, true);
    }
  }
  return result;
}

async function walk(entry: EntryLike, result: DroppedFiles, topLevel: boolean): Promise<void> {
  if (!topLevel && isHidden(entry.name)) {
    result.skippedHidden++;
    return;
  }
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((resolve, reject) => entry.file?.(resolve, reject));
    const relativePath = topLevel ? undefined : entry.fullPath.replace(/^\/+/, '');
    result.files.push({ name: entry.name, bytes: new Uint8Array(await file.arrayBuffer()), relativePath });
    return;
  }
  if (entry.isDirectory && entry.createReader) {
    const reader = entry.createReader();
    // readEntries answers in batches (100 in Chromium) until it returns an empty one.
    for (;;) {
      const batch = await new Promise<EntryLike[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of [...batch].sort((a, b) => a.name.localeCompare(b.name)))
        await walk(child, result, false);
    }
  }
}
