import { titleFromText } from '../../core/document';
import type { FormatDocument } from '../../core/formats/types';
import { sha256Hex } from '../../core/hash/sha256';
import { isLabelKey } from '../../core/labels';
import { invalidRangeReason, type Span } from '../../core/spans/span';
import type { DocumentRow, SpanlightDatabase } from './database';
import { recountSpans } from './history';
import { StorageError } from './storageError';

/** What to do with an imported document whose text (SHA-256) is already in the library. */
export type DuplicatePolicy = 'skip' | 'replace' | 'keep-both';

export interface ImportDocumentsOptions {
  duplicates: DuplicatePolicy;
  /** Keep the ids in the file where they are free (restoring a backup); otherwise every id is new. */
  preserveIds?: boolean;
  newId(): string;
  now(): number;
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

export interface ImportDocumentsResult {
  added: number;
  skipped: number;
  replaced: number;
  merged: number;
  spans: number;
}

/**
 * Writes imported documents and their annotations inside the caller's transaction: any refusal throws, so
 * the transaction rolls back and nothing is written. Every annotation is checked against its document's
 * text; a label Spanlight does not know is refused (mapping other tools' labels is the import dialog's job).
 */
export async function importDocumentsInto(
  db: SpanlightDatabase,
  documents: readonly FormatDocument[],
  options: ImportDocumentsOptions,
): Promise<ImportDocumentsResult> {
  const result: ImportDocumentsResult = { added: 0, skipped: 0, replaced: 0, merged: 0, spans: 0 };
  const time = options.now();
  for (const [index, doc] of documents.entries()) {
    if (options.signal?.aborted)
      throw new StorageError('The import was cancelled. Nothing was saved.', 'AbortError');
    options.onProgress?.(index, documents.length);
    const where = `document ${index + 1}${doc.title ? ` (“${doc.title}”)` : ''}`;
    const spans = doc.annotations.map((annotation, at) => {
      const problem = invalidRangeReason(doc.text, annotation.start, annotation.end);
      if (problem)
        throw new StorageError(
          `Could not import ${where}, annotation ${at + 1}: ${problem}. Nothing was saved.`,
          'RangeError',
        );
      if (doc.text.slice(annotation.start, annotation.end) !== annotation.text) {
        throw new StorageError(
          `Could not import ${where}, annotation ${at + 1}: its text “${annotation.text}” is not what the document says there. Nothing was saved.`,
          'RangeError',
        );
      }
      if (!isLabelKey(annotation.label)) {
        throw new StorageError(
          `Could not import ${where}, annotation ${at + 1}: the label “${annotation.label}” is not one of Spanlight's labels (actor, place, casualty_count). Nothing was saved.`,
          'RangeError',
        );
      }
      return annotation;
    });

    const sha256 = sha256Hex(doc.text);
    const existing = await db.documents.where('sha256').equals(sha256).first();
    let docId: string;
    if (existing && options.duplicates === 'skip') {
      result.skipped++;
      continue;
    }
    if (existing && options.duplicates === 'replace') {
      await db.spans.where('docId').equals(existing.id).delete();
      // The undo history of the replaced annotations no longer applies.
      await db.history.where('docId').equals(existing.id).delete();
      docId = existing.id;
      result.replaced++;
    } else if (existing) {
      docId = existing.id;
      result.merged++;
    } else {
      docId = options.preserveIds && doc.id && !(await db.documents.get(doc.id)) ? doc.id : options.newId();
      const row: DocumentRow = {
        id: docId,
        title: doc.title.trim() || titleFromText(doc.text),
        importedAt: time,
        sha256,
        spanCount: 0,
      };
      for (const key of ['source', 'byline', 'url', 'publishedAt', 'lang'] as const) {
        const value = doc[key];
        if (value) row[key] = value;
      }
      await db.documents.add(row);
      await db.texts.add({ id: docId, text: doc.text });
      result.added++;
    }
    const rows: Span[] = [];
    for (const annotation of spans) {
      const id =
        options.preserveIds && annotation.id && !(await db.spans.get(annotation.id))
          ? annotation.id
          : options.newId();
      // Spanlight JSON keeps the original times under extra.spanlight (ISO strings).
      const times = (annotation.extra?.spanlight ?? annotation.extra) as Record<string, unknown> | undefined;
      const created = numberFrom(times, 'createdAt') ?? time;
      const span: Span = {
        id,
        docId,
        start: annotation.start,
        end: annotation.end,
        label: annotation.label as Span['label'],
        text: annotation.text,
        createdAt: created,
        updatedAt: numberFrom(times, 'updatedAt') ?? created,
      };
      if (annotation.annotator) span.annotator = annotation.annotator;
      rows.push(span);
    }
    await db.spans.bulkAdd(rows);
    result.spans += rows.length;
    await recountSpans(db, docId);
  }
  return result;
}

function numberFrom(extra: Record<string, unknown> | undefined, key: string): number | undefined {
  const value = extra?.[key];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const parsed = Date.parse(value);
    if (Number.isFinite(parsed)) return parsed;
  }
  return undefined;
}
