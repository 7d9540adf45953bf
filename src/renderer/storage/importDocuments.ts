import Dexie, { type PromiseExtended } from 'dexie';
import type { Actor } from '../../core/coding/actor';
import type { Place } from '../../core/coding/place';
import { titleFromText } from '../../core/document';
import { parseIsoTimestamp } from '../../core/export/isoTimestamp';
import type { FormatDocument } from '../../core/formats/types';
import { sha256Hex } from '../../core/hash/sha256';
import { LABELS } from '../../core/labels';
import { DEFAULT_PROJECT_ID } from '../../core/projects/project';
import { invalidRangeReason, type Span } from '../../core/spans/span';
import type { DocumentRow, SpanlightDatabase } from './database';
import { recountSpans } from './history';
import { importActorsInto, withImportedCoding } from './importCoding';
import { importEventsOf } from './importEvents';
import { importPlacesInto } from './importPlaces';
import {
  browserPreparationWorker,
  ImportPreparation,
  PREPARE_IN_WORKER_FROM,
  type PreparationWorkerFactory,
} from './importPreparation';
import { projectOf } from './projectStore';
import { SearchPartBuilder } from './searchPostings';
import {
  addDocumentSpans,
  addNewDocumentsSpans,
  deleteDocumentSpans,
  readDocumentSpans,
} from './spanBuckets';
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
  /** The file's actor registry (Spanlight JSON "actors"), merged into the library's first (importCoding.ts). */
  actors?: readonly Actor[];
  /** The file's places (Spanlight JSON "places"), matched with the library's or added (importPlaces.ts). */
  places?: readonly Place[];
  /** The project the documents go into (default: the default project); duplicates are looked for there only. */
  projectId?: string;
  /** The label keys of that project's schema: an annotation with another label is refused (default: the built-ins). */
  labels?: readonly string[];
  /** A restore of a backup of several projects: the project each new document goes into (default: projectId). */
  projectFor?(doc: FormatDocument): string | undefined;
  /**
   * Where the casualty proposals and search postings are read ahead (importPreparation.ts); null: here, in turn.
   * Default: a worker for an import of PREPARE_IN_WORKER_FROM documents or more, where workers exist.
   */
  preparationWorker?: PreparationWorkerFactory | null;
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
  // Started first, so that the worker gets ahead while the library is read.
  const createWorker =
    options.preparationWorker !== undefined
      ? options.preparationWorker
      : documents.length >= PREPARE_IN_WORKER_FROM
        ? browserPreparationWorker()
        : null;
  const preparation = createWorker ? ImportPreparation.start(documents, createWorker) : null;
  try {
    return await importPrepared(db, documents, options, preparation);
  } finally {
    preparation?.stop();
  }
}

async function importPrepared(
  db: SpanlightDatabase,
  documents: readonly FormatDocument[],
  options: ImportDocumentsOptions,
  preparation: ImportPreparation | null,
): Promise<ImportDocumentsResult> {
  const result: ImportDocumentsResult = { added: 0, skipped: 0, replaced: 0, merged: 0, spans: 0 };
  const time = options.now();
  // The registry first: the spans below name its actors (by the ids the library gave them).
  const actorIds = await importActorsInto(db, options.actors ?? [], options.newId);
  const libraryActorIds = new Set(await db.actors.toCollection().primaryKeys());
  const placeIds = await importPlacesInto(db, options.places ?? [], options.newId);
  // Documents already in the library, by text hash, from one read of the document rows (metadata only, a few
  // megabytes for ten thousand documents) instead of one query per imported document. The documents this import
  // adds join them, so a text twice in one file is a duplicate too.
  const hashes = documents.map(hashOf);
  const wanted = new Set(hashes);
  const known = new Map<string, DocumentRow>();
  const projectId = options.projectId ?? DEFAULT_PROJECT_ID;
  const allowed = new Set<string>(options.labels ?? LABELS.map((label) => label.key));
  for (const row of await db.documents.toArray()) {
    if (wanted.has(row.sha256) && !known.has(row.sha256) && projectOf(row) === projectId)
      known.set(row.sha256, row);
  }
  // New documents are written in bulk, a few hundred at a time (one request per table, not several per
  // document: a large import would otherwise wait for tens of thousands of round trips). Any failure still
  // rejects inside the transaction, which then rolls back as a whole.
  const pending = new PendingWrites(db);
  for (const [index, doc] of documents.entries()) {
    if (options.signal?.aborted)
      throw new StorageError('The import was cancelled. Nothing was saved.', 'AbortError');
    options.onProgress?.(index, documents.length);
    if (pending.full) await pending.writeAhead();
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
      if (!allowed.has(annotation.label)) {
        throw new StorageError(
          `Could not import ${where}, annotation ${at + 1}: the label “${annotation.label}” is not one of the project's labels (${[...allowed].join(', ')}). Nothing was saved.`,
          'RangeError',
        );
      }
      return annotation;
    });

    const sha256 = hashes[index] as string;
    const existing = known.get(sha256);
    // A document already here is changed in place below: what waits to be written goes first (it may be this
    // very document, added earlier in the same file).
    if (existing) await pending.flush();
    let docId: string;
    if (existing && options.duplicates === 'skip') {
      result.skipped++;
      continue;
    }
    if (existing && options.duplicates === 'replace') {
      await deleteDocumentSpans(db, existing.id);
      // The undo history of the replaced annotations no longer applies.
      await db.history.where('docId').equals(existing.id).delete();
      // Its events pointed at the replaced annotations; the file's own events come in below.
      await db.events.where('docId').equals(existing.id).delete();
      docId = existing.id;
      // The file's status replaces the library's too (a restore puts back the state it saved).
      if (doc.status) await db.documents.update(docId, { status: doc.status });
      result.replaced++;
    } else if (existing) {
      docId = existing.id;
      result.merged++;
    } else {
      docId =
        options.preserveIds && doc.id && !pending.documentIds.has(doc.id) && !(await db.documents.get(doc.id))
          ? doc.id
          : options.newId();
      const row: DocumentRow = {
        id: docId,
        title: doc.title.trim() || titleFromText(doc.text),
        // One millisecond apart, in the file's order: the library lists (and exports) documents by importedAt,
        // and equal times would fall back to the random ids' order.
        importedAt: time + result.added,
        sha256,
        // A new document holds exactly the spans written below: no recount needed.
        spanCount: spans.length,
        projectId: options.projectFor?.(doc) ?? projectId,
      };
      for (const key of ['source', 'byline', 'url', 'publishedAt', 'lang'] as const) {
        const value = doc[key];
        if (value) row[key] = value;
      }
      if (doc.status) row.status = doc.status;
      known.set(sha256, row);
      pending.document(row, doc.text, index);
      result.added++;
    }
    const rows: Span[] = [];
    // The bookkeeping below is kept only where it is used: a Set or Map entry per span cost ~1 s of a
    // 500,000-span import (hashing each new id string).
    /** The file's annotation id → the stored span's id, for the document's events (when it has any). */
    const spanIds = doc.events?.length ? new Map<string, string>() : null;
    // Restoring a backup keeps the ids that are free. A span is named by its document and its id
    // (spanBuckets.ts), so only the document's own spans can hold one: none in a new document. Without
    // preserveIds every id is new, and nothing can collide.
    const taken = !options.preserveIds
      ? null
      : existing
        ? new Set((await readDocumentSpans(db, docId)).map((span) => span.id))
        : new Set<string>();
    // Waiting for the worker keeps the transaction alive (Dexie.waitFor); it is usually far ahead.
    if (preparation && !preparation.ready(index)) await Dexie.waitFor(preparation.whenReady(index));
    const propose = preparation?.proposerFor(index);
    for (const annotation of spans) {
      const id =
        taken && annotation.id && !taken.has(annotation.id) && !pending.spanIds.has(annotation.id)
          ? annotation.id
          : options.newId();
      taken?.add(id);
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
      if (spanIds && annotation.id) spanIds.set(annotation.id, id);
      // Figures and links as the file gives them (a casualty count without figures gets the proposal).
      rows.push(withImportedCoding(span, annotation, doc.text, actorIds, libraryActorIds, placeIds, propose));
    }
    result.spans += rows.length;
    if (!existing) {
      pending.spans(
        rows,
        spanIds ? () => importEventsOf(db, doc, docId, spanIds, options, actorIds, placeIds) : null,
        options.preserveIds === true,
      );
      continue;
    }
    // Into a document already here (replace, keep both): written and counted at once, as before.
    await addDocumentSpans(db, docId, rows);
    if (spanIds) await importEventsOf(db, doc, docId, spanIds, options, actorIds, placeIds);
    await recountSpans(db, docId);
  }
  await pending.flush();
  // The new documents' search postings: the worker's (a position is an index in the file), else read here.
  const postings = preparation ? await Dexie.waitFor(preparation.postings()) : null;
  if (postings) {
    pending.index.adopt(
      documents.map((_, index) => pending.newIds.get(index)),
      postings,
    );
  } else {
    for (const [index, id] of pending.newIds) pending.index.add(id, documents[index]?.text ?? '');
  }
  await pending.index.write(db);
  return result;
}

/**
 * New documents, their texts, search rows and spans waiting to be written in bulk; `full` after a few hundred
 * documents or ten thousand spans. Ids already waiting are remembered, so a restore does not reuse one twice.
 */
class PendingWrites {
  private documentRows: DocumentRow[] = [];
  private texts: Array<{ id: string; text: string }> = [];
  private spanRows: Span[] = [];
  private events: Array<() => Promise<unknown>> = [];
  /** The batch being written (writeAhead). */
  private inFlight: PromiseExtended<unknown> | null = null;
  readonly documentIds = new Set<string>();
  readonly spanIds = new Set<string>();
  /** The new documents' ids by their index in the file, in the file's order (their search postings come last). */
  readonly newIds = new Map<number, string>();
  /** The import's new documents in the search index: one part for the whole import (searchPostings.ts). */
  readonly index = new SearchPartBuilder();

  constructor(private readonly db: SpanlightDatabase) {}

  get full(): boolean {
    return this.documentRows.length >= 250 || this.spanRows.length >= 10_000;
  }

  document(row: DocumentRow, text: string, index: number): void {
    this.documentRows.push(row);
    this.texts.push({ id: row.id, text });
    this.documentIds.add(row.id);
    this.newIds.set(index, row.id);
  }

  /** `keepIds`: a restore, which must know the span ids already waiting (spanIds). */
  spans(rows: readonly Span[], events: (() => Promise<unknown>) | null, keepIds: boolean): void {
    for (const row of rows) {
      this.spanRows.push(row);
      if (keepIds) this.spanIds.add(row.id);
    }
    if (events) this.events.push(events);
  }

  /**
   * Starts writing what waits, once the batch before it is written, and returns without waiting for it: the
   * import reads its next batch while IndexedDB writes this one (one batch in flight at a time, so memory stays
   * bounded). A failed write rejects at the next writeAhead or flush, inside the transaction, which rolls back.
   */
  async writeAhead(): Promise<void> {
    const previous = this.inFlight;
    this.inFlight = null;
    if (previous) await previous;
    const { db, documentRows, texts, spanRows, events } = this;
    if (documentRows.length === 0 && spanRows.length === 0 && events.length === 0) return;
    this.documentRows = [];
    this.texts = [];
    this.spanRows = [];
    this.events = [];
    // The three requests are queued at once. inFlight is a Dexie promise (so is every step of it): awaiting it
    // later keeps the transaction's zone, where a native promise (an async function's, Promise.all) lost it
    // ("Transaction committed too early").
    const documentsWritten = db.documents.bulkAdd(documentRows);
    const textsWritten = db.texts.bulkAdd(texts);
    const spansWritten = addNewDocumentsSpans(db, spanRows);
    // When one fails the transaction aborts and the others fail too: the first is reported when inFlight is
    // awaited (these handlers only keep the rejections from being reported as unhandled meanwhile).
    for (const written of [documentsWritten, textsWritten, spansWritten]) written.catch(() => {});
    this.inFlight = documentsWritten.then(() => textsWritten).then(() => spansWritten);
    this.inFlight.catch(() => {});
    if (events.length === 0) return;
    // Events (rare) are written after their spans, one request at a time.
    await this.inFlight;
    this.inFlight = null;
    for (const writeEvents of events) await writeEvents();
  }

  /** Writes everything waiting and waits until it is written. */
  async flush(): Promise<void> {
    await this.writeAhead();
    const last = this.inFlight;
    this.inFlight = null;
    if (last) await last;
  }
}

/**
 * The SHA-256 of a document's text: the one an import checked against the text (a Spanlight JSON file's, kept
 * under meta.spanlight.sha256 only when it matched), else computed.
 */
function hashOf(doc: FormatDocument): string {
  const meta = doc.meta?.spanlight as { sha256?: unknown } | undefined;
  return typeof meta?.sha256 === 'string' && /^[0-9a-f]{64}$/.test(meta.sha256)
    ? meta.sha256
    : sha256Hex(doc.text);
}

function numberFrom(extra: Record<string, unknown> | undefined, key: string): number | undefined {
  const value = extra?.[key];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const parsed = parseIsoTimestamp(value);
    if (Number.isFinite(parsed)) return parsed;
  }
  return undefined;
}
