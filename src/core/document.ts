import type { DocumentStatus } from './documentStatus';
import { sha256Hex } from './hash/sha256';
import { normalizeText } from './text/normalizeText';

/** An article in the library. `text` is the stored text: the import with only BOM and line endings changed. */
export interface SpanlightDocument {
  id: string;
  title: string;
  text: string;
  /** Where it was published: site or outlet name. */
  source?: string;
  /** Who wrote it, as the source gives it. */
  byline?: string;
  /** Canonical URL of the original. */
  url?: string;
  /** ISO 8601 date as given by the source. */
  publishedAt?: string;
  /** BCP 47 language tag, e.g. "ar", "en". */
  lang?: string;
  /** Milliseconds since the epoch. */
  importedAt: number;
  /** SHA-256 of the stored text's UTF-8 bytes, lowercase hex. */
  sha256: string;
  /** Where the coding work stands; absent means "to do" (see documentStatus.ts). */
  status?: DocumentStatus;
}

/** An article as an importer found it: `text` is raw (normalized by createDocument), metadata optional. */
export interface DocumentDraft {
  title: string;
  text: string;
  source?: string;
  byline?: string;
  url?: string;
  publishedAt?: string;
  lang?: string;
}

const TITLE_LIMIT = 120;

/** Builds a document from raw input: normalizes the text, hashes it, and falls back to its first line as title. */
export function createDocument(draft: DocumentDraft, id: string, importedAt: number): SpanlightDocument {
  const text = normalizeText(draft.text);
  const title = draft.title.trim() || titleFromText(text);
  const doc: SpanlightDocument = { id, title, text, importedAt, sha256: sha256Hex(text) };
  if (draft.source) doc.source = draft.source;
  if (draft.byline) doc.byline = draft.byline;
  if (draft.url) doc.url = draft.url;
  if (draft.publishedAt) doc.publishedAt = draft.publishedAt;
  if (draft.lang) doc.lang = draft.lang;
  return doc;
}

export function titleFromText(text: string): string {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const trimmed = firstLine.trim();
  if (!trimmed) return 'Untitled';
  const chars = Array.from(trimmed);
  return chars.length > TITLE_LIMIT ? `${chars.slice(0, TITLE_LIMIT).join('')}…` : trimmed;
}

/** File name without its extension, for a document opened from a file. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim() || 'Untitled';
}
