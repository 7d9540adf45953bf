import type { Actor } from '../../core/coding/actor';
import type { EventRecord } from '../../core/coding/eventRecord';
import type { Place } from '../../core/coding/place';
import { createDocument, type DocumentDraft, type SpanlightDocument } from '../../core/document';
import type { DocumentStatus } from '../../core/documentStatus';
import type { FormatDocument } from '../../core/formats/types';
import type { LabelDefinition, LabelKey } from '../../core/labels';
import { labelSchemaProblems, labelsToAdd } from '../../core/projects/labelSchema';
import { DEFAULT_PROJECT_ID } from '../../core/projects/project';
import type { Span } from '../../core/spans/span';
import { CodingStore } from './codingStore';
import { CurationStore } from './curationStore';
import { type DocumentRow, type HistoryEntry, SpanlightDatabase } from './database';
import { EventStore } from './eventStore';
import { type DuplicatePolicy, type ImportDocumentsResult, importDocumentsInto } from './importDocuments';
import { newUuid } from './newId';
import { PlaceStore } from './placeStore';
import { ProjectStore, projectDocumentIds, projectOf } from './projectStore';
import { type LibraryBatch, type ReadInBatchesOptions, readLibraryInBatches } from './readInBatches';
import { restoreProjects } from './restoreProjects';
import {
  indexMissingDocuments,
  type LibrarySearchOptions,
  type LibrarySearchResult,
  searchLibrary,
} from './searchIndex';
import { clearSearchIndex, SearchPartBuilder } from './searchPostings';
import { deleteDocumentSpans, readDocumentSpanRows, readDocumentSpans, type SpanKey } from './spanBuckets';
import type { SpanEditContext } from './spanEdits';
import * as spanEdits from './spanEdits';
import type { StorageAction } from './storageActions';
import { StorageError, toStorageError } from './storageError';
import { TagGuesses, TagGuessMissed } from './tagGuess';
import { readTransaction, writeTransaction } from './transaction';

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

  /** Casualty attributes, actor and place links, the actor registry (src/renderer/storage/codingStore.ts). */
  readonly coding: CodingStore;

  /** Event records built from spans (src/renderer/storage/eventStore.ts). */
  readonly events: EventStore;

  /** The library's places: user places and linked gazetteer places (src/renderer/storage/placeStore.ts). */
  readonly places: PlaceStore;

  /** Accepting annotators' versions into the curated set, one transaction each (storage/curationStore.ts). */
  readonly curation: CurationStore;

  /** Projects and their label schemas (storage/projectStore.ts). */
  readonly projects: ProjectStore;

  /**
   * The project the window works in: the library lists, searches, counts and exports its documents, and new
   * documents (opened, pasted, imported) go into it. Set by the project switcher (useProjects).
   */
  projectId: string = DEFAULT_PROJECT_ID;
  /** The first rows read ahead of the window's first render (prefetchFirstDocuments). */
  private prefetched: { key: string; rows: Promise<DocumentSummary[]> } | null = null;

  /** What the annotation actions (spanEdits.ts) work with, inside this store's transactions. */
  private readonly edits: SpanEditContext;
  /** What this window's tags rely on (tagGuess.ts); its counts tell how often that held. */
  get tagGuesses(): TagGuesses {
    return this.edits.guesses;
  }

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
    private readonly newId: () => string = newUuid,
    private readonly now: () => number = () => Date.now(),
  ) {
    // Every sub-store's writes reach this store's subscribers (sentinel, backups). They may change what a tag
    // would otherwise guess (a span's row, the history): the next tag reads first.
    const notify = () => {
      this.edits.guesses.edited();
      this.notify();
    };
    this.coding = new CodingStore(db, newId, now, notify);
    this.events = new EventStore(db, newId, now, notify);
    this.places = new PlaceStore(db, newId, now, notify);
    this.curation = new CurationStore(db, newId, now, notify);
    this.projects = new ProjectStore(db, newId, now, notify);
    this.edits = {
      db,
      newId,
      now,
      requireDocument: (id) => this.requireDocument(id),
      textOf: (row) => this.textOf(row),
      bucketCounts: new Map(),
      guesses: new TagGuesses(),
    };
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
      const project = this.projectId;
      const rows = (await this.db.documents.orderBy('importedAt').toArray()).filter(
        (row) => projectOf(row) === project,
      );
      return rows.map(toSummary);
    });
  }

  /**
   * The first `limit` documents of the current project in import order (oldest first, or newest first): what
   * the library list shows while the whole list is read. Reading 10,000 document rows takes IndexedDB about a
   * quarter of a second on a 2-core laptop; these few rows, a few milliseconds (benchmark, library scenario).
   */
  async firstDocuments(limit: number, newestFirst = false): Promise<DocumentSummary[]> {
    const prefetched = this.prefetched;
    this.prefetched = null;
    if (prefetched?.key === firstDocumentsKey(this.projectId, limit, newestFirst)) return prefetched.rows;
    return this.readFirstDocuments(limit, newestFirst);
  }

  /**
   * Starts reading what `firstDocuments(limit, newestFirst)` will be asked for at start, before the window's
   * first render (main.tsx): opening the library and reading its first rows then overlap React's first render
   * instead of following it (issue 4, the library's first paint). The next call with the same project and
   * arguments answers from it; a committed write, or any other call, reads afresh. Resolves once the rows are
   * read, whether or not the read failed (nobody needs to wait; a test does).
   */
  prefetchFirstDocuments(limit: number, newestFirst = false): Promise<void> {
    const rows = this.readFirstDocuments(limit, newestFirst);
    this.prefetched = { key: firstDocumentsKey(this.projectId, limit, newestFirst), rows };
    // A failed read is reported to whoever asks for it; unasked, it is dropped.
    return rows.then(
      () => undefined,
      () => undefined,
    );
  }

  private readFirstDocuments(limit: number, newestFirst: boolean): Promise<DocumentSummary[]> {
    return this.read('list the documents', async () => {
      const project = this.projectId;
      const ordered = this.db.documents.orderBy('importedAt');
      const rows = await (newestFirst ? ordered.reverse() : ordered)
        .filter((row) => projectOf(row) === project)
        .limit(limit)
        .toArray();
      return rows.map(toSummary);
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
    const what: StorageAction =
      documents.length === 1 ? `save “${documents[0]?.title}”` : `import ${documents.length} documents`;
    const projectId = this.projectId;
    return this.write(what, async () => {
      const results: CreatedDocument[] = [];
      const added = new Map<string, SpanlightDocument>();
      const searchPart = new SearchPartBuilder();
      for (const [index, document] of documents.entries()) {
        if (options.signal?.aborted)
          throw new StorageError('The import was cancelled. Nothing was saved.', 'AbortError');
        options.onProgress?.(index, documents.length);
        const earlier = added.get(document.sha256);
        const stored = earlier
          ? undefined
          : await this.db.documents
              .where('sha256')
              .equals(document.sha256)
              .filter((row) => projectOf(row) === projectId)
              .first();
        if (earlier || stored) {
          results.push({ document: earlier ?? (await this.withText(stored as DocumentRow)), existing: true });
          continue;
        }
        const { text, ...metadata } = document;
        await this.db.documents.add({ ...metadata, spanCount: 0, projectId });
        await this.db.texts.add({ id: document.id, text });
        searchPart.add(document.id, text);
        added.set(document.sha256, document);
        results.push({ document, existing: false });
      }
      await searchPart.write(this.db);
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
    options: {
      duplicates: DuplicatePolicy;
      preserveIds?: boolean;
      actors?: readonly Actor[];
      places?: readonly Place[];
      /** Labels the import adds to the current project's schema (shown in the preview), in the same transaction. */
      newLabels?: readonly LabelDefinition[];
    } & BatchOptions,
  ): Promise<ImportDocumentsResult> {
    const what: StorageAction =
      documents.length === 1 ? 'import 1 document' : `import ${documents.length} documents`;
    const projectId = this.projectId;
    return this.write(what, async () => {
      const labels = await this.extendSchema(projectId, options.newLabels ?? []);
      return importDocumentsInto(this.db, documents, {
        ...options,
        projectId,
        labels: labels.map((label) => label.key),
        newId: this.newId,
        now: this.now,
      });
    });
  }

  /**
   * Adds `added` to a project's schema (inside the caller's transaction) and returns the schema; refused with
   * nothing written when the result is not a valid schema.
   */
  private async extendSchema(
    projectId: string,
    added: readonly LabelDefinition[],
  ): Promise<LabelDefinition[]> {
    const project = await this.db.projects.get(projectId);
    if (!project) throw new StorageError('The project no longer exists. Nothing was saved.', 'NotFound');
    const fresh = added.filter((label) => !project.labels.some((known) => known.key === label.key));
    if (fresh.length === 0) return project.labels;
    const labels = [...project.labels, ...fresh];
    const [problem] = labelSchemaProblems(labels);
    if (problem)
      throw new StorageError(
        `The file's labels cannot be added to the project (${problem.problem}${problem.key ? `: ${problem.key}` : ''}). Nothing was saved.`,
        'DataError',
      );
    await this.db.projects.put({ ...project, labels });
    return labels;
  }

  /** Empties the library (before restoring a backup over it); one transaction. */
  async clearAll(): Promise<void> {
    await this.write('clear the library', async () => {
      await this.db.actors.clear();
      await this.db.places.clear();
      await this.db.spanBuckets.clear();
      await this.db.events.clear();
      await this.db.texts.clear();
      await clearSearchIndex(this.db);
      await this.db.history.clear();
      await this.db.documents.clear();
    });
  }

  /**
   * Replaces the whole library with `documents` in one transaction: a failed restore leaves it as it was. The
   * actor registry is replaced by `actors` when given (a backup that carries one); without, it is kept. So are
   * the places by `places` (a backup written before places were exported has none, yet its spans link to them).
   */
  async restoreDocuments(
    documents: readonly FormatDocument[],
    actors?: readonly Actor[],
    places?: readonly Place[],
  ): Promise<ImportDocumentsResult> {
    return this.write('restore the backup', async () => {
      const meta = documents[0]?.meta?.spanlight as { labels?: unknown[]; projects?: unknown[] } | undefined;
      // A backup of several projects puts them back as they were, each document in its own.
      const restored = meta?.projects
        ? await restoreProjects(this.db, meta.projects, documents, this.now())
        : null;
      if (restored && !restored.projectIds.includes(this.projectId))
        this.projectId = restored.projectIds[0] ?? DEFAULT_PROJECT_ID;
      const projectId = this.projectId;
      // The backup's labels that the current project lacks are added, so none of its annotations is refused.
      const project = await this.db.projects.get(projectId);
      const used = new Set(
        documents
          .filter((doc) => !restored?.byDocument.has(doc.id ?? ''))
          .flatMap((doc) => doc.annotations.map((annotation) => annotation.label)),
      );
      const labels = await this.extendSchema(
        projectId,
        labelsToAdd(project?.labels ?? [], used, meta?.labels ?? []),
      );
      if (actors) await this.db.actors.clear();
      if (places) await this.db.places.clear();
      await this.db.spanBuckets.clear();
      await this.db.events.clear();
      await this.db.texts.clear();
      await clearSearchIndex(this.db);
      await this.db.history.clear();
      await this.db.documents.clear();
      return importDocumentsInto(this.db, documents, {
        duplicates: 'keep-both',
        preserveIds: true,
        projectId,
        labels: [...labels.map((label) => label.key), ...(restored?.labels ?? [])],
        ...(restored ? { projectFor: (doc: FormatDocument) => restored.byDocument.get(doc.id ?? '') } : {}),
        newId: this.newId,
        now: this.now,
        ...(actors ? { actors } : {}),
        ...(places ? { places } : {}),
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
    return this.write('undo', async () => await spanEdits.undo(this.edits, docId));
  }

  /** Redoes the document's earliest undone action; null when there is nothing to redo. */
  async redo(docId: string): Promise<HistoryEntry | null> {
    return this.write('redo', async () => await spanEdits.redo(this.edits, docId));
  }

  /** Totals, for the sentinel kept outside IndexedDB. */
  async counts(): Promise<{ documents: number; spans: number }> {
    return this.read('count the library', async () => ({
      documents: await this.db.documents.count(),
      spans: await this.spanTotal(),
    }));
  }

  /**
   * Whether a document has any annotation, from its row's count (written with its spans, in the same transaction):
   * reading its spans to find out would read all 10,000 of a large document again, as it opens.
   */
  async hasSpans(docId: string): Promise<boolean> {
    return this.read(
      'load the annotations',
      async () => ((await this.db.documents.get(docId))?.spanCount ?? 0) > 0,
    );
  }

  /**
   * The library's span count, from the documents' counts: each is written with the spans, in the same
   * transaction, and reading them costs far less than reading every span (spanBuckets.ts).
   */
  private async spanTotal(): Promise<number> {
    let total = 0;
    await this.db.documents.each((row) => {
      total += row.spanCount;
    });
    return total;
  }

  async deleteDocument(id: string): Promise<void> {
    await this.write('delete the document', async () => {
      await deleteDocumentSpans(this.db, id);
      await this.db.events.where('docId').equals(id).delete();
      await this.db.texts.delete(id);
      // Its search entries stay until their part is merged (searchPostings.ts); searches leave it out.
      await this.db.history.where('docId').equals(id).delete();
      await this.db.documents.delete(id);
    });
  }

  /** Corpus search through the index (storage/searchIndex.ts): hits in library order, at most `limit`. */
  async searchLibrary(query: string, options?: LibrarySearchOptions): Promise<LibrarySearchResult> {
    try {
      const scope = await this.projectScope();
      return await searchLibrary(this.db, query, {
        ...options,
        ...(scope ? { docIds: new Set(scope) } : {}),
      });
    } catch (error) {
      throw toStorageError('search the library', error);
    }
  }

  /** Indexes documents that reached the database without the store (see indexMissingDocuments). */
  async indexMissingDocuments(): Promise<number> {
    try {
      return await indexMissingDocuments(this.db);
    } catch (error) {
      throw toStorageError('index the library for search', error);
    }
  }

  async listSpans(docId: string): Promise<Span[]> {
    return this.read('load the annotations', async () => {
      const { rows, spans } = await readDocumentSpanRows(this.db, docId);
      // The rows a tag of this document can then rely on, checked as it writes (tagGuess.ts).
      this.edits.guesses.rowsRead(docId, Math.max(1, rows.length), rows);
      return spans;
    });
  }

  /** Adds an annotation over [start, end) (UTF-16 offsets into the stored text). */
  async addSpan(
    docId: string,
    start: number,
    end: number,
    label: LabelKey,
    annotator?: string,
  ): Promise<Span> {
    let missed = false;
    try {
      return await this.write(
        'save the annotation',
        async () => {
          try {
            return await spanEdits.addSpan(this.edits, docId, start, end, label, annotator);
          } catch (error) {
            missed = error instanceof TagGuessMissed;
            throw error;
          }
        },
        { tag: true },
      );
    } catch (error) {
      if (!missed) throw error;
    }
    // The rows it relied on had changed: that transaction was aborted, and the tag is done reading them first.
    return this.write(
      'save the annotation',
      async () => await spanEdits.addSpanReadingFirst(this.edits, docId, start, end, label, annotator),
      { tag: true },
    );
  }

  /** Changes an annotation's label (`span`: its id and document). */
  async relabelSpan(span: SpanKey, label: LabelKey): Promise<Span> {
    return this.write('change the label', async () => await spanEdits.relabelSpan(this.edits, span, label));
  }

  /** Moves an annotation's boundaries to [start, end) (UTF-16 offsets); see spanEdits.resizeSpan. */
  async resizeSpan(span: SpanKey, start: number, end: number): Promise<Span> {
    return this.write(
      'resize the annotation',
      async () => await spanEdits.resizeSpan(this.edits, span, start, end),
    );
  }

  async deleteSpan(span: SpanKey): Promise<void> {
    await this.write('delete the annotation', async () => await spanEdits.deleteSpan(this.edits, span));
  }

  /**
   * Every document of the current project (or the documents `docIds`) with its spans, for export; one read
   * transaction so the snapshot is consistent.
   */
  async snapshot(
    docIds?: readonly string[],
  ): Promise<Array<{ document: SpanlightDocument; spans: Span[]; events: EventRecord[] }>> {
    return this.read('read the library', async () => {
      const project = this.projectId;
      const rows = docIds
        ? (await this.db.documents.bulkGet([...docIds])).filter((row): row is DocumentRow => !!row)
        : (await this.db.documents.orderBy('importedAt').toArray()).filter(
            (row) => projectOf(row) === project,
          );
      const result: Array<{ document: SpanlightDocument; spans: Span[]; events: EventRecord[] }> = [];
      for (const row of rows) {
        const spans = await readDocumentSpans(this.db, row.id);
        const events = await this.db.events.where('docId').equals(row.id).sortBy('createdAt');
        result.push({ document: await this.withText(row), spans, events });
      }
      return result;
    });
  }

  /**
   * The current project's documents (or the documents `docIds`, or with `allProjects` the whole library, as a
   * backup takes it) a batch at a time, for streamed exports: see readInBatches.ts.
   */
  async *batches(
    options: ReadInBatchesOptions & { allProjects?: boolean } = {},
  ): AsyncGenerator<LibraryBatch, void, undefined> {
    const { allProjects, ...rest } = options;
    const docIds = rest.docIds ?? (allProjects ? undefined : await this.projectScope());
    yield* readLibraryInBatches(this.db, docIds ? { ...rest, docIds } : rest);
  }

  /**
   * The current project's document ids, in library order; undefined when the library has a single project (every
   * document is in it), which spares a scan of the document rows on each search of a large library.
   */
  async projectScope(): Promise<string[] | undefined> {
    return readTransaction(this.db, [this.db.projects, this.db.documents], 'list the documents', async () =>
      (await this.db.projects.count()) <= 1 ? undefined : projectDocumentIds(this.db, this.projectId),
    );
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

  /** `tag`: a tag, which keeps what its guesses know (tagGuess.ts); any other write may change it. */
  private write<T>(action: StorageAction, body: () => Promise<T>, { tag = false } = {}): Promise<T> {
    const { db } = this;
    if (!tag) this.edits.guesses.edited();
    return writeTransaction(
      db,
      [
        db.documents,
        db.texts,
        db.spanBuckets,
        db.history,
        db.events,
        db.searchParts,
        db.searchPostings,
        // Imports write the actor registry and the places a dataset carries.
        db.actors,
        db.places,
        // Imports add the labels a file brings to the project's schema.
        db.projects,
      ],
      action,
      body,
      () => this.notify(),
    );
  }

  private read<T>(action: StorageAction, body: () => Promise<T>): Promise<T> {
    const { db } = this;
    return readTransaction(db, [db.documents, db.texts, db.spanBuckets, db.history, db.events], action, body);
  }

  /** Tells the subscribers (sentinel, backups) that something was written. */
  private notify(): void {
    this.prefetched = null;
    for (const listener of this.listeners) listener();
  }
}

function toSummary({
  id,
  title,
  spanCount,
  importedAt,
  lang,
  source,
  publishedAt,
  status,
}: DocumentRow): DocumentSummary {
  return { id, title, spanCount, importedAt, lang, source, publishedAt, status };
}

function toDocument(row: DocumentRow, text: string): SpanlightDocument {
  const { spanCount: _count, text: _legacyText, ...metadata } = row;
  return { ...metadata, text };
}

const firstDocumentsKey = (projectId: string, limit: number, newestFirst: boolean) =>
  JSON.stringify([projectId, limit, newestFirst]);
