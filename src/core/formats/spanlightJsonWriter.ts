/**
 * The one serializer of Spanlight JSON. It writes a file as a sequence of chunks (the envelope, then a few
 * documents at a time), so a library of 500,000 annotations is never one string: the renderer hands each chunk
 * to a Blob or to the main process as it comes. Joined, the chunks are exactly what
 * `JSON.stringify(dataset, null, indent)` plus a final newline gives, which the property tests check.
 *
 * Extension point for top-level sections: SPANLIGHT_JSON_SECTIONS lists the arrays of the file after the header, in
 * the order they are written. "documents" is the only one in version 1; event coding adds its arrays ("actors",
 * "places", "events") here, writes them with `section(key)` + `items(records)` after the documents, and reads them
 * in spanlightJson.ts (whose importer warns about, and otherwise ignores, top-level keys it does not know).
 */

import type { Actor } from '../coding/actor';
import type { DatasetEvent } from '../coding/eventRecordJson';
import type { Place } from '../coding/place';
import { actorRecord } from './spanlightCoding';
import { eventsSectionRecords } from './spanlightEvents';
import { placeRecord } from './spanlightPlaces';
import {
  createRecordContext,
  defaultLabelTable,
  foreignLabelWarning,
  type SpanlightRecordContext,
  spanlightDocumentRecord,
  spanlightMetaOf,
} from './spanlightRecord';
import type { FormatDocument } from './types';

/** The top-level arrays of a Spanlight JSON file, in writing order (see the module comment). */
export const SPANLIGHT_JSON_SECTIONS = ['documents', 'actors', 'places', 'events'] as const;
export type SpanlightJsonSection = (typeof SPANLIGHT_JSON_SECTIONS)[number];

export interface SpanlightJsonHeader {
  /** ISO 8601 UTC. */
  exportedAt: string;
  labels: readonly unknown[];
  /** The project's name (optional "project" field, written after the labels when set). */
  project?: string;
  /**
   * A backup of several projects: each project with its label table and its documents' ids (optional "projects"
   * field, written after "project"), so a restore puts every document back in its project.
   */
  projects?: readonly unknown[];
}

/**
 * Writes one file: `start()` (the header and the opening of "documents"), `items(records)` any number of times,
 * `section(key)` to move on to the next top-level array, `end()`. Each call returns the text to append.
 */
export class SpanlightJsonWriter {
  private readonly newline: string;
  private readonly pad: string;
  private readonly colon: string;
  private open: string | null = null;
  private count = 0;

  constructor(
    private readonly header: SpanlightJsonHeader,
    /** Indentation as JSON.stringify takes it: 0 writes compact JSON. */
    private readonly indent = 2,
  ) {
    // JSON.stringify clamps a numeric indent to 0..10.
    const spaces = Math.min(10, Math.max(0, Math.floor(indent)));
    this.indent = spaces;
    this.newline = spaces > 0 ? '\n' : '';
    this.pad = ' '.repeat(spaces);
    this.colon = spaces > 0 ? ': ' : ':';
  }

  start(): string {
    const header = {
      format: 'spanlight.dataset',
      version: 1,
      exported_at: this.header.exportedAt,
      labels: this.header.labels,
      ...(this.header.project !== undefined ? { project: this.header.project } : {}),
      ...(this.header.projects !== undefined ? { projects: this.header.projects } : {}),
    };
    // The header object's text without its closing brace, then the opening of "documents".
    const text = JSON.stringify(header, null, this.indent);
    const open = text.slice(0, text.length - `${this.newline}}`.length);
    return `${open},${this.newline}${this.opening('documents')}`;
  }

  /** Appends records to the array being written. */
  items(records: readonly unknown[]): string {
    if (this.open === null) throw new Error('SpanlightJsonWriter: items() outside a section');
    if (records.length === 0) return '';
    const { newline, pad } = this;
    let out = '';
    if (pad === '') {
      // Compact: one JSON.stringify of the batch, its brackets cut off.
      const text = JSON.stringify(records);
      out = `${this.count === 0 ? '' : ','}${text.slice(1, text.length - 1)}`;
    } else {
      // One JSON.stringify of the batch with the indent, wrapped in one more array so that the records come out
      // at the depth they have in the file (two levels), then cut out of the two arrays' brackets. In Chromium 156
      // this is 3–5× faster than laying out each record in script (the printer used before, 266–344 ms against
      // 55–143 ms for 1,000 records) and leaves far less garbage.
      const text = JSON.stringify([records], null, pad);
      const before = `[${newline}${pad}[`.length;
      const after = `${newline}${pad}]${newline}]`.length;
      out = `${this.count === 0 ? '' : ','}${text.slice(before, text.length - after)}`;
    }
    this.count += records.length;
    return out;
  }

  /** Closes the current array and opens the top-level array `key` (one of SPANLIGHT_JSON_SECTIONS). */
  section(key: SpanlightJsonSection): string {
    if (this.open === null) throw new Error('SpanlightJsonWriter: section() before start() or after end()');
    if (
      SPANLIGHT_JSON_SECTIONS.indexOf(key) <=
      SPANLIGHT_JSON_SECTIONS.indexOf(this.open as SpanlightJsonSection)
    ) {
      throw new Error(`SpanlightJsonWriter: section "${key}" out of order`);
    }
    return `${this.closing()},${this.newline}${this.opening(key)}`;
  }

  end(): string {
    if (this.open === null) throw new Error('SpanlightJsonWriter: end() before start() or twice');
    const out = `${this.closing()}${this.newline}}\n`;
    this.open = null;
    return out;
  }

  private opening(key: string): string {
    this.open = key;
    this.count = 0;
    return `${this.pad}${this.key(key)}[`;
  }

  private closing(): string {
    return this.count === 0 ? ']' : `${this.newline}${this.pad}]`;
  }

  private key(key: string): string {
    return `${JSON.stringify(key)}${this.colon}`;
  }
}

export interface SpanlightJsonOptions {
  /** The export time; default: the time kept from an imported dataset, else now. */
  exportedAt?: Date;
  /** Indentation of the JSON; default 2. */
  indent?: number;
  /** 'throw' for the library's own data (see SpanlightRecordContext); default 'warn'. */
  invalidAnnotations?: 'warn' | 'throw';
  /** Documents per chunk (default 25): a chunk is a few hundred kilobytes at most for news articles. */
  documentsPerChunk?: number;
  /** The actor registry, written as the "actors" section after the documents (left out when empty). */
  actors?: readonly Actor[];
  /** The places annotations and events link to, written as the "places" section after the actors (left out when empty). */
  places?: readonly Place[];
  /** The label table and project name to write (the app's current project); default: the imported file's. */
  labels?: readonly unknown[];
  project?: string;
}

/**
 * The header a set of documents gets: the export time, label table and project given, else those an imported file
 * had, else now's and the built-in labels.
 */
export function spanlightJsonHeader(
  first: FormatDocument | undefined,
  options: Pick<SpanlightJsonOptions, 'exportedAt' | 'labels' | 'project'> = {},
): SpanlightJsonHeader {
  const meta = first ? spanlightMetaOf(first) : undefined;
  const project = options.project ?? meta?.project;
  return {
    exportedAt: options.exportedAt?.toISOString() ?? meta?.exportedAt ?? new Date().toISOString(),
    labels: options.labels ?? meta?.labels ?? defaultLabelTable(),
    ...(typeof project === 'string' ? { project } : {}),
    ...(meta?.projects ? { projects: meta.projects } : {}),
  };
}

/** A streamed file's state: its writer, record context and how many documents it has written. */
export class SpanlightJsonStream {
  readonly writer: SpanlightJsonWriter;
  readonly context: SpanlightRecordContext;
  private written = 0;
  private readonly actors: readonly Actor[];
  private readonly places: readonly Place[];
  /** The documents' event records (FormatDocument.events), written as the "events" section at the end. */
  private readonly events: DatasetEvent[] = [];

  constructor(header: SpanlightJsonHeader, options: Omit<SpanlightJsonOptions, 'exportedAt'> = {}) {
    this.writer = new SpanlightJsonWriter(header, options.indent ?? 2);
    this.context = createRecordContext(
      header.exportedAt,
      options.invalidAnnotations ?? 'warn',
      header.labels,
    );
    this.actors = options.actors ?? [];
    this.places = options.places ?? [];
  }

  start(): string {
    return this.writer.start();
  }

  documents(batch: readonly FormatDocument[]): string {
    const records = batch.map((doc) => spanlightDocumentRecord(doc, this.written++, this.context));
    this.events.push(...eventsSectionRecords(batch));
    return this.writer.items(records);
  }

  /** The closing text (with the actors, places and events sections, if any); the warnings are complete after it. */
  end(): string {
    const foreign = foreignLabelWarning(this.context);
    if (foreign) this.context.warnings.push(foreign);
    const actors =
      this.actors.length > 0
        ? this.writer.section('actors') + this.writer.items(this.actors.map(actorRecord))
        : '';
    const places =
      this.places.length > 0
        ? this.writer.section('places') + this.writer.items(this.places.map(placeRecord))
        : '';
    const events =
      this.events.length > 0 ? this.writer.section('events') + this.writer.items(this.events) : '';
    return actors + places + events + this.writer.end();
  }

  get warnings(): string[] {
    return this.context.warnings;
  }
}

/**
 * The file as chunks, from documents in memory. The first document decides the header (see spanlightJsonHeader);
 * `warnings` receives what could not be written exactly.
 */
export function* spanlightJsonChunks(
  documents: readonly FormatDocument[],
  options: SpanlightJsonOptions = {},
  warnings: string[] = [],
): Generator<string, void, undefined> {
  const stream = new SpanlightJsonStream(spanlightJsonHeader(documents[0], options), options);
  const size = Math.max(1, options.documentsPerChunk ?? 25);
  yield stream.start();
  for (let at = 0; at < documents.length; at += size) yield stream.documents(documents.slice(at, at + size));
  yield stream.end();
  warnings.push(...stream.warnings);
}

/**
 * The file as chunks, from batches read one after the other (the renderer's store): nothing but one batch and
 * its text is held at a time. `header` must be known before the first batch (the export time and label table).
 */
export async function* spanlightJsonChunksFrom(
  batches: AsyncIterable<readonly FormatDocument[]>,
  header: SpanlightJsonHeader,
  options: Omit<SpanlightJsonOptions, 'exportedAt' | 'documentsPerChunk'> = {},
  warnings: string[] = [],
): AsyncGenerator<string, void, undefined> {
  const stream = new SpanlightJsonStream(header, options);
  yield stream.start();
  for await (const batch of batches) yield stream.documents(batch);
  yield stream.end();
  warnings.push(...stream.warnings);
}
