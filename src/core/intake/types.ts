import type { DocumentDraft } from '../document';

/** A file handed to an importer: read by main (Electron) or by the File API (browser mode). */
export interface IntakeFile {
  name: string;
  bytes: Uint8Array;
  /** Path inside a dropped folder, e.g. "batch/2024/article.txt"; absent for a single file. */
  relativePath?: string;
  /** The file's size when its bytes were not read (over the size cap); otherwise bytes.length. */
  size?: number;
}

/**
 * What an importer returns. A failure's `reason` completes the sentence "Cannot open “<file>”: <reason>." —
 * the caller names the file, so importers never need to.
 */
export type IntakeResult =
  | { ok: true; drafts: DocumentDraft[]; warnings: string[] }
  | { ok: false; reason: string };

export type FileKind = 'text' | 'html' | 'pdf' | 'docx' | 'markdown' | 'csv' | 'jsonl';

export function intakeFailure(reason: string): IntakeResult {
  return { ok: false, reason };
}

export function intakeSuccess(drafts: DocumentDraft[], warnings: string[] = []): IntakeResult {
  return { ok: true, drafts, warnings };
}
