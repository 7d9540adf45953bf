import { createDocument, type DocumentDraft, type SpanlightDocument } from '../../core/document';
import type { DocumentStatus } from '../../core/documentStatus';
import type { FormatDocument } from '../../core/formats/types';
import type { LabelKey } from '../../core/labels';
import { invalidRangeReason, type Span, sortSpans } from '../../core/spans/span';
import { type DocumentRow, type HistoryEntry, SpanlightDatabase } from './database';
import { recordAction, redoEarliest, undoLatest } from './history';
import { type DuplicatePolicy, type ImportDocumentsResult, importDocumentsInto } from './importDocuments';
import { StorageError, toStorageError } from './storageError';

export type DocumentSummary = Pick<
  DocumentRow,
  'id' | 'title' | 'spanCount' | 'importedAt' | 'lang' | 'source' | 'publishedAt' | 'status'
>;

/** The metadata a researcher may edit; the text never changes after import. */
export type DocumentMetadata = Pick<
  SpanlightDocument,
  'title' | 'source' | 'byline' | 'url' | 'publishedAt' | 'lang'
>;

export interface BatchOptions {
  /** Called after each document is written (inside the transaction: nothing is committed before the end). */
  onProgress?(done: number, total: number): void;
  /** Aborting rolls the whole batch back. */
  signal?: AbortSignal;
}

export interface CreatedDocument {
  document: SpanlightDocument;
  /** True when the same text (same SHA-256) was already in the library and that document is returned. */
  existing: boolean;
}

/**
 * The only door to persisted data. Each user action is one read-write transaction; a promise resolves only
 * after the transaction has committed (with strict durability), so the interface can show "saved" honestly.
 */
export class AnnotationStore {
  private readonly listeners = new Set<() => void>();
  /** Stored texts never change after import: the open document's text is kept to validate each new span. */
  private readonly textCache = new Map<string, string>();

  private readonly problemListeners = new Set<(message: string) => void>();

  /** Problems that are not the answer to one action (another window blocking an upgrade); returns unsubscribe. */
  onProblem(listener: (message: string) => void): () => void {
    this.problemListeners.add(listener);
    return () => this.problemListeners.delete(listener);
  }

  private problem(message: string): void {
    for (const listener of this.problemListeners) listener(message);
  }

  /** Called after every committed write (to keep the sentinel and backups in step); returns unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  constructor(
    readonly db: SpanlightDatabase = new SpanlightDatabase(),
    private readonly newId: () => string = () => crypto.randomUUID(),
    private readonly now: () => number = () => Date.now(),
  ) {
    // Another window still has an older version open: the upgrade waits until it closes.
    this.db.on('blocked', () =>
      this.problem(
        'Another Spanlight window or tab is using the library with an older version. Close it to continue; nothing was lost.',
      ),
    );
    // A newer Spanlight opened the library elsewhere: this window's connection is closed by Dexie.
    this.db.on('versionchange', () => {
      this.problem(
        'The library was changed from another window (a newer Spanlight, or a restore or deletion there). Reload this window to continue; nothing was lost.',
      );
    });
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return this.read('list the documents', async () => {
      const rows = await this.db.documents.orderBy('importedAt').toArray();
      return rows.map(({ id, title, spanCount, importedAt, lang, source, publishedAt, status }) => ({
        id,
        title,
        spanCount,
        importedAt,
        lang,
        source,
        publishedAt,
        status,
      }));
    });
  }

  async getDocument(id: string): Promise<SpanlightDocument | undefined> {
    return this.read('open the document', async () => {
      const row = await this.db.documents.get(id);
      return row ? this.withText(row) : undefined;
    });
  }

  async createDocument(draft: DocumentDraft): Promise<CreatedDocument> {
    const [created] = await this.createDocuments([draft]);
    return created as CreatedDocument;
  }

  /**
   * Adds documents in one transaction: all of them or none. A text already in the library (same SHA-256)
   * is not added twice; the existing document is returned with `existing: true`.
   */
  async createDocuments(
    drafts: readonly DocumentDraft[],
    options: BatchOptions = {},
  ): Promise<CreatedDocument[]> {
    const documents = drafts.map((draft) => createDocument(draft, this.newId(), this.now()));
    const what =
      documents.length === 1 ? `save “${documents[0]?.title}”` : `import ${documents.length} documents`;
    return this.write(what, async () => {
      const results: CreatedDocument[] = [];
      const added = new Map<string, SpanlightDocument>();
      for (const [index, document] of documents.entries()) {
        if (options.signal?.aborted)
          throw new StorageError('The import was cancelled. Nothing was saved.', 'AbortError');
        options.onProgress?.(index, documents.length);
        const earlier = added.get(document.sha256);
        const stored = earlier
          ? undefined
          : await this.db.documents.where('sha256').equals(document.sha256).first();
        if (earlier || stored) {
          results.push({ document: earlier ?? (await this.withText(stored as DocumentRow)), existing: true });
          continue;
        }
        const { text, ...metadata } = document;
        await this.db.documents.add({ ...metadata, spanCount: 0 });
        await this.db.texts.add({ id: document.id, text });
        added.set(document.sha256, document);
        results.push({ document, existing: false });
      }
      return results;
    });
  }

  /** Changes a document's metadata; empty strings clear optional fields, an empty title keeps the old one. */
  async updateMetadata(id: string, changes: Partial<DocumentMetadata>): Promise<SpanlightDocument> {
    return this.write('save the details', async () => {
      const row = await this.requireDocument(id);
      const next: DocumentRow = { ...row };
      const text = await this.textOf(row);
      for (const key of ['source', 'byline', 'url', 'publishedAt', 'lang'] as const) {
        if (!(key in changes)) continue;
        const value = changes[key]?.trim();
        if (value) next[key] = value;
        else delete next[key];
      }
      const title = changes.title?.trim();
      if (title) next.title = title;
      await this.db.documents.put(next);
      return toDocument(next, text);
    });
  }

  /** Imports documents with their annotations (a dataset, a backup): one transaction, all or nothing. */
  async importDocuments(
    documents: readonly FormatDocument[],
    options: { duplicates: DuplicatePolicy; preserveIds?: boolean } & BatchOptions,
  ): Promise<ImportDocumentsResult> {
    const what = `import ${documents.length} document${documents.length === 1 ? '' : 's'}`;
    return this.write(what, () =>
      importDocumentsInto(this.db, documents, { ...options, newId: this.newId, now: this.now }),
    );
  }

  /** Empties the library (before restoring a backup over it); one transaction. */
  async clearAll(): Promise<void> {
    await this.write('clear the library', async () => {
      await this.db.spans.clear();
      await this.db.texts.clear();
      await this.db.history.clear();
      await this.db.documents.clear();
    });
  }

  /** Replaces the whole library with `documents` in one transaction: a failed restore leaves it as it was. */
  async restoreDocuments(documents: readonly FormatDocument[]): Promise<ImportDocumentsResult> {
    return this.write('restore the backup', async () => {
      await this.db.spans.clear();
      await this.db.texts.clear();
      await this.db.history.clear();
      await this.db.documents.clear();
      return importDocumentsInto(this.db, documents, {
        duplicates: 'keep-both',
        preserveIds: true,
        newId: this.newId,
        now: this.now,
      });
    });
  }

  async setStatus(id: string, status: DocumentStatus): Promise<void> {
    await this.write('change the status', async () => {
      await this.requireDocument(id);
      await this.db.documents.update(id, { status });
    });
  }

  /** Undoes the document's latest annotation action (survives reloads); null when there is nothing to undo. */
  async undo(docId: string): Promise<HistoryEntry | null> {
    // An async body awaiting the helper: passing the helper's promise straight through made Dexie report
    // "Transaction committed too early" (seen with fake-indexeddb).
    return this.write('undo', async () => await undoLatest(this.db, docId));
  }

  /** Redoes the document's earliest undone action; null when there is nothing to redo. */
  async redo(docId: string): Promise<HistoryEntry | null> {
    return this.write('redo', async () => await redoEarliest(this.db, docId));
  }

  /** Totals, for the sentinel kept outside IndexedDB. */
  async counts(): Promise<{ documents: number; spans: number }> {
    return this.read('count the library', async () => ({
      documents: await this.db.documents.count(),
      spans: await this.db.spans.count(),
    }));
  }

  async deleteDocument(id: string): Promise<void> {
    await this.write('delete the document', async () => {
      await this.db.spans.where('docId').equals(id).delete();
      await this.db.texts.delete(id);
      await this.db.history.where('docId').equals(id).delete();
      await this.db.documents.delete(id);
    });
  }

  async listSpans(docId: string): Promise<Span[]> {
    return this.read('load the annotations', async () =>
      sortSpans(
        await this.db.spans.where('[docId+start]').between([docId, -Infinity], [docId, Infinity]).toArray(),
      ),
    );
  }

  /** Adds an annotation over [start, end) (UTF-16 offsets into the stored text). */
  async addSpan(
    docId: string,
    start: number,
    end: number,
    label: LabelKey,
    annotator?: string,
  ): Promise<Span> {
    return this.write('save the annotation', async () => {
      const doc = await this.requireDocument(docId);
      const text = await this.textOf(doc);
      const problem = invalidRangeReason(text, start, end);
      if (problem)
        throw new StorageError(`Could not save the annotation: ${problem}. Nothing was saved.`, 'RangeError');
      const time = this.now();
      const span: Span = {
        id: this.newId(),
        docId,
        start,
        end,
        label,
        text: text.slice(start, end),
        createdAt: time,
        updatedAt: time,
      };
      if (annotator?.trim()) span.annotator = annotator.trim();
      await this.db.spans.add(span);
      await recordAction(this.db, { docId, kind: 'add', span }, time);
      // The first annotation starts the work on a document.
      const status = doc.status && doc.status !== 'todo' ? doc.status : 'in_progress';
      await this.db.documents.update(docId, { spanCount: doc.spanCount + 1, status });
      return span;
    });
  }

  async relabelSpan(id: string, label: LabelKey): Promise<Span> {
    return this.write('change the label', async () => {
      const span = await this.db.spans.get(id);
      if (!span)
        throw new StorageError('Could not change the label: the annotation no longer exists.', 'NotFound');
      const updated: Span = { ...span, label, updatedAt: this.now() };
      await this.db.spans.put(updated);
      await recordAction(
        this.db,
        { docId: span.docId, kind: 'relabel', span: updated, before: span.label },
        updated.updatedAt,
      );
      return updated;
    });
  }

  async deleteSpan(id: string): Promise<void> {
    await this.write('delete the annotation', async () => {
      const span = await this.db.spans.get(id);
      if (!span) return;
      const doc = await this.requireDocument(span.docId);
      await recordAction(this.db, { docId: span.docId, kind: 'delete', span }, this.now());
      await this.db.spans.delete(id);
      await this.db.documents.update(doc.id, { spanCount: Math.max(0, doc.spanCount - 1) });
    });
  }

  /** Every document with its spans, for export; one read transaction so the snapshot is consistent. */
  async snapshot(docIds?: readonly string[]): Promise<Array<{ document: SpanlightDocument; spans: Span[] }>> {
    return this.read('read the library', async () => {
      const rows = docIds
        ? (await this.db.documents.bulkGet([...docIds])).filter((row): row is DocumentRow => !!row)
        : await this.db.documents.orderBy('importedAt').toArray();
      const result: Array<{ document: SpanlightDocument; spans: Span[] }> = [];
      for (const row of rows) {
        const spans = await this.db.spans.where('docId').equals(row.id).toArray();
        result.push({ document: await this.withText(row), spans: sortSpans(spans) });
      }
      return result;
    });
  }

  private async requireDocument(id: string): Promise<DocumentRow> {
    const doc = await this.db.documents.get(id);
    if (!doc) throw new StorageError('The document no longer exists. Nothing was saved.', 'NotFound');
    return doc;
  }

  /** The stored text of a document row: its own table, or the row itself for a version-1 row. */
  private async textOf(row: DocumentRow): Promise<string> {
    if (typeof row.text === 'string') return row.text;
    // Keyed by id and hash: a text never changes under the same document.
    const key = `${row.id}\u0000${row.sha256}`;
    const cached = this.textCache.get(key);
    if (cached !== undefined) return cached;
    const stored = await this.db.texts.get(row.id);
    if (!stored)
      throw new StorageError(`The text of “${row.title}” is missing from the database.`, 'NotFound');
    // A couple of documents at most: the one open and the one before it.
    if (this.textCache.size >= 2) this.textCache.delete(this.textCache.keys().next().value as string);
    this.textCache.set(key, stored.text);
    return stored.text;
  }

  private async withText(row: DocumentRow): Promise<SpanlightDocument> {
    return toDocument(row, await this.textOf(row));
  }

  private async write<T>(action: string, body: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await this.db.transaction(
        'rw',
        [this.db.documents, this.db.texts, this.db.spans, this.db.history],
        body,
      );
    } catch (error) {
      throw toStorageError(action, error);
    }
    for (const listener of this.listeners) listener();
    return result;
  }

  private async read<T>(action: string, body: () => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(
        'r',
        [this.db.documents, this.db.texts, this.db.spans, this.db.history],
        body,
      );
    } catch (error) {
      throw toStorageError(action, error);
    }
  }
}

function toDocument(row: DocumentRow, text: string): SpanlightDocument {
  const { spanCount: _count, text: _legacyText, ...metadata } = row;
  return { ...metadata, text };
}
