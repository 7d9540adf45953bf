import Dexie, { type Table } from 'dexie';
import type { Actor } from '../../core/coding/actor';
import type { EventRecord } from '../../core/coding/eventRecord';
import type { Place } from '../../core/coding/place';
import type { SpanlightDocument } from '../../core/document';
import type { DocumentStatus } from '../../core/documentStatus';
import {
  createProject,
  DEFAULT_PROJECT_ID,
  DEFAULT_PROJECT_NAME,
  type Project,
} from '../../core/projects/project';
import type { Span } from '../../core/spans/span';
import { SearchPartBuilder, type SearchPartRow, type SearchPostingsRow } from './searchPostings';
import { bucketRows, type SpanBucketRow } from './spanBuckets';

/** Documents whose spans the upgrade to version 7 moves at once. */
const UPGRADE_BATCH = 250;

/**
 * A document row: the document's metadata plus a span count kept in step by every span write. The text
 * lives in its own table (schema version 2) so listing a library of 10,000 articles reads kilobytes, not
 * the articles themselves. Version-1 rows still carry `text` until the upgrade moves it.
 */
export interface DocumentRow extends Omit<SpanlightDocument, 'text'> {
  spanCount: number;
  /** Absent means "to do"; set to "in progress" by the first annotation, then by the researcher. */
  status?: DocumentStatus;
  /** Only in rows written by schema version 1. */
  text?: string;
  /**
   * The project the document belongs to (schema version 5). Rows written without one (by an older version, or
   * straight into IndexedDB by the benchmark's seeding) belong to the default project.
   */
  projectId?: string;
}

/**
 * One annotation action, kept so it can be undone and redone, even after a reload. Written in the same
 * transaction as the action itself. `undone` is 1 for actions currently undone (the redo stack).
 */
export interface HistoryEntry {
  seq?: number;
  docId: string;
  /**
   * attributes: a casualty count's figures edited; link: a span linked to (or unlinked from) an actor or place;
   * resize: a span's boundaries moved (its text follows; `previous` holds the old bounds).
   */
  kind: 'add' | 'delete' | 'relabel' | 'attributes' | 'link' | 'resize';
  /** The span after the action (add, relabel, attributes, link) or as it was before being deleted (delete). */
  span: Span;
  /** relabel: the label before. */
  before?: Span['label'];
  /** relabel (since schema 4), attributes, link, resize: the whole span before the action, which undo puts back. */
  previous?: Span;
  /**
   * Entries written by one user action that touched several spans (accepting a curation) share a group: undo and
   * redo take the whole group as one step. Absent on single-span actions.
   */
  group?: string;
  /**
   * The events the span was taken out of: by its deletion (delete), or by undoing its tagging (add). Undoing the
   * deletion, or redoing the tagging, puts it back into those that still exist. Absent when there were none.
   */
  events?: string[];
  undone: 0 | 1;
  at: number;
}

/** A document's stored text, keyed by the document id. */
export interface TextRow {
  id: string;
  text: string;
}

export const DATABASE_NAME = 'spanlight';
/** The newest schema version below: an older database is upgraded (after a backup) when opened. */
export const SCHEMA_VERSION = 8;

/**
 * The IndexedDB schema. Every version stays listed: Dexie upgrades an older database step by step.
 * Strict durability: Chromium otherwise reports a transaction complete before it reaches the disk, and an
 * annotation shown as saved could vanish on power loss.
 */
export class SpanlightDatabase extends Dexie {
  documents!: Table<DocumentRow, string>;
  texts!: Table<TextRow, string>;
  /** A document's spans, a few rows per document (schema version 7; see spanBuckets.ts). */
  spanBuckets!: Table<SpanBucketRow, [string, number]>;
  history!: Table<HistoryEntry, number>;
  actors!: Table<Actor, string>;
  places!: Table<Place, string>;
  events!: Table<EventRecord, string>;
  /** The corpus search index (schema version 7; see searchPostings.ts). */
  searchParts!: Table<SearchPartRow, number>;
  searchPostings!: Table<SearchPostingsRow, [number, number]>;
  projects!: Table<Project, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      documents: 'id, sha256, title, importedAt',
      spans: 'id, docId, [docId+start]',
    });
    this.version(2)
      .stores({ texts: 'id' })
      .upgrade(async (transaction) => {
        // Moves each text out of its document row, in the upgrade's own transaction: all or nothing.
        const documents = transaction.table<DocumentRow, string>('documents');
        const texts = transaction.table<TextRow, string>('texts');
        const rows = await documents.toArray();
        for (const row of rows) {
          if (typeof row.text !== 'string') continue;
          const { text, ...metadata } = row;
          await texts.put({ id: row.id, text });
          await documents.put(metadata);
        }
      });
    // Version 3: the undo history of annotation actions (a new, empty table; nothing to move).
    this.version(3).stores({ history: '++seq, docId, [docId+undone]' });
    // Version 4: event coding (actor registry, user places, event records; spans indexed by the actor or
    // place they are linked to) and the corpus search index (one row per document, multiEntry on its
    // normalized terms), maintained on every write instead of scanning every text at search time.
    // The documents already in the library were indexed by this version's upgrade until version 7 replaced the
    // index with another (searchPostings.ts), which its own upgrade builds.
    this.version(4).stores({
      spans: 'id, docId, [docId+start], actorId, placeId',
      actors: 'id, name',
      places: 'id, name',
      events: 'id, docId',
      searchTerms: 'docId, *terms',
    });
    // Version 5: projects, each with its label schema; every document already in the library goes into the
    // default project (with the three default labels), in the upgrade's own transaction: all or nothing.
    this.version(5)
      .stores({ projects: 'id, name', documents: 'id, sha256, title, importedAt, projectId' })
      .upgrade(async (transaction) => {
        await transaction
          .table<Project, string>('projects')
          .put(createProject(DEFAULT_PROJECT_ID, DEFAULT_PROJECT_NAME, Date.now()));
        await transaction
          .table<DocumentRow, string>('documents')
          .toCollection()
          .modify((row) => {
            row.projectId = DEFAULT_PROJECT_ID;
          });
      });
    // Version 6: the spans table loses its docId index, which [docId+start] already answered:
    // each index is written for every span, and this one cost about a third of a large import's span writes.
    // Dropping an index moves no data.
    this.version(6).stores({ spans: 'id, [docId+start], actorId, placeId' });
    // Version 7: a document's spans live in a few rows of spanBuckets instead of one row each (spanBuckets.ts):
    // IndexedDB's cost is per record, and a 500,000-span import spent minutes on span rows. The spans move in
    // the upgrade's own transaction, a document at a time: all or nothing. A span whose document is gone (which
    // no version wrote on purpose) was shown and exported nowhere, and is not moved.
    // The search index changes too: one row per document with a multiEntry index on its terms cost ~30 µs per
    // term per document written (searchPostings.ts); every document is indexed again, as one part.
    this.version(7)
      .stores({
        spans: null,
        spanBuckets: '[docId+bucket], *actorIds, *placeIds',
        searchTerms: null,
        searchParts: 'id',
        searchPostings: '[shard+part]',
      })
      .upgrade(async (transaction) => {
        const spans = transaction.table<Span, string>('spans');
        const buckets = transaction.table<SpanBucketRow, [string, number]>('spanBuckets');
        const docIds = await transaction.table<DocumentRow, string>('documents').toCollection().primaryKeys();
        // A few hundred documents at a time, each one's spans asked for before the first answer is awaited
        // (Dexie's own Promise.all keeps the upgrade's transaction): a query and a write per document, one after
        // the other, were most of the upgrade of a library of 10,000 documents.
        for (let at = 0; at < docIds.length; at += UPGRADE_BATCH) {
          const batch = docIds.slice(at, at + UPGRADE_BATCH);
          const lists = await Dexie.Promise.all(
            batch.map((docId) =>
              spans
                .where('[docId+start]')
                .between([docId, -Infinity], [docId, Infinity], true, true)
                .toArray(),
            ),
          );
          const rows = batch.flatMap((docId, index) => {
            const list = lists[index] ?? [];
            return list.length > 0 ? bucketRows(docId, list) : [];
          });
          if (rows.length > 0) await buckets.bulkAdd(rows);
        }
        const index = new SearchPartBuilder();
        await transaction.table<TextRow, string>('texts').each((row) => index.add(row.id, row.text));
        await index.write(this);
      });
    // Version 8: documents lose their title and projectId indexes, which no query used (the library reads the
    // rows and sorts and filters them itself). Chromium writes each index entry of a row on every add and put:
    // four per document added by an import of 10,000 (about 30 µs of the browser's time each), and four on every
    // tag (which puts its document's row with the new span count). Dropping an index moves no data.
    this.version(8).stores({ documents: 'id, sha256, importedAt' });
    // A library created by this version starts with the default project too (upgrades do not run then).
    this.on('populate', (transaction) =>
      transaction
        .table<Project, string>('projects')
        .add(createProject(DEFAULT_PROJECT_ID, DEFAULT_PROJECT_NAME, Date.now())),
    );
  }
}
