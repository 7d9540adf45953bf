import { type DocumentDraft, titleFromFileName } from '../../core/document';
import { decodeTextFile } from '../../core/text/decodeTextFile';
import { MAX_OPEN_FILE_BYTES, type OpenedFile } from '../../shared/ipc';

export interface IntakeResult {
  drafts: DocumentDraft[];
  /** One sentence per refused file, naming it and saying why. */
  problems: string[];
}

/**
 * Turns chosen files into document drafts. All or nothing: when any file is refused, no draft is returned,
 * so a batch never half-imports.
 */
export function draftsFromFiles(files: readonly OpenedFile[], refused: readonly string[] = []): IntakeResult {
  const problems = [...refused];
  const drafts: DocumentDraft[] = [];
  for (const file of files) {
    if (file.bytes.length > MAX_OPEN_FILE_BYTES) {
      problems.push(
        `Cannot open “${file.name}”: it is ${(file.bytes.length / 1048576).toFixed(0)} MB; Spanlight opens text files up to 50 MB.`,
      );
      continue;
    }
    const decoded = decodeTextFile(file.bytes);
    if (!decoded.ok) {
      problems.push(`Cannot open “${file.name}”: ${decoded.reason}.`);
      continue;
    }
    if (decoded.text.trim() === '') {
      problems.push(`Cannot open “${file.name}”: the file has no text.`);
      continue;
    }
    drafts.push({ title: titleFromFileName(file.name), text: decoded.text });
  }
  if (problems.length > 0) {
    const suffix =
      files.length + refused.length > 1
        ? ' Nothing was imported from this selection.'
        : ' Nothing was imported.';
    return {
      drafts: [],
      problems: problems.map((problem, index) =>
        index === problems.length - 1 ? problem + suffix : problem,
      ),
    };
  }
  return { drafts, problems };
}

export async function readBrowserFiles(list: FileList | readonly File[]): Promise<OpenedFile[]> {
  return Promise.all(
    Array.from(list, async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}
