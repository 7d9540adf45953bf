import type { Actor } from '../coding/actor';
import type { CasualtyAttributes } from '../coding/casualtyAttributes';
import type { EventRecord } from '../coding/eventRecord';
import type { DatasetEvent } from '../coding/eventRecordJson';
import type { GeoPrecision, Place } from '../coding/place';
import type { SpanlightDocument } from '../document';
import { actorRecord, type DatasetActor } from '../formats/spanlightCoding';
import { eventsSectionRecords } from '../formats/spanlightEvents';
import { type DatasetPlace, placeRecord } from '../formats/spanlightPlaces';
import { createRecordContext, defaultLabelTable, spanlightDocumentRecord } from '../formats/spanlightRecord';
import { LABELS, type LabelDefinition, type LabelKey } from '../labels';
import type { Span } from '../spans/span';
import { toFormatDocuments } from './toFormatDocuments';

/** The Spanlight JSON dataset, version 1. Schema: resources/spanlight-dataset.schema.json. */
export interface DatasetV1 {
  format: 'spanlight.dataset';
  version: 1;
  exported_at: string;
  /** The project's label schema (underline and description since projects; optional for older files). */
  labels: Array<{
    key: LabelKey;
    name: string;
    shortcut: string;
    color: string;
    underline?: string;
    description?: string;
  }>;
  /** The project's name; optional. */
  project?: string;
  documents: DatasetDocument[];
  /** The actor registry; absent when it is empty. */
  actors?: DatasetActor[];
  /** The places annotations and events link to, with coordinates; absent when there are none. */
  places?: DatasetPlace[];
  /** Event records built from the documents' annotations; absent when there are none. */
  events?: DatasetEvent[];
}

export interface DatasetDocument {
  id: string;
  title: string;
  text: string;
  sha256: string;
  source: string | null;
  byline: string | null;
  url: string | null;
  published_at: string | null;
  lang: string | null;
  imported_at: string;
  annotations: DatasetAnnotation[];
}

export interface DatasetAnnotation {
  id: string;
  label: LabelKey;
  /** Unicode code points, half-open: text[start:end] in Python. */
  start: number;
  end: number;
  /** UTF-16 code units, half-open: text.slice(start_utf16, end_utf16) in JavaScript. */
  start_utf16: number;
  end_utf16: number;
  text: string;
  created_at: string;
  updated_at: string;
  /** Who made it; null when unknown. */
  annotator: string | null;
  /** Event coding, each present only when set: a casualty count's figures, the linked actor and place. */
  attributes?: CasualtyAttributes;
  actor_id?: string;
  place_id?: string;
  geo_precision?: GeoPrecision;
}

/**
 * The dataset as an object (tests, small exports). Built by the one record builder of Spanlight JSON
 * (src/core/formats/spanlightRecord.ts); files are written by spanlightJsonWriter.ts, a few documents at a time.
 * Refuses (RangeError) a span that is not a range of its text: the library's own data must go out whole.
 */
export function buildDataset(
  entries: ReadonlyArray<{
    document: SpanlightDocument;
    spans: readonly Span[];
    events?: readonly EventRecord[];
  }>,
  exportedAt: Date,
  actors: readonly Actor[] = [],
  places: readonly Place[] = [],
  labels: readonly LabelDefinition[] = LABELS,
): DatasetV1 {
  const table = defaultLabelTable(labels) as DatasetV1['labels'];
  const context = createRecordContext(exportedAt.toISOString(), 'throw', table);
  const documents = toFormatDocuments(entries);
  const dataset: DatasetV1 = {
    format: 'spanlight.dataset',
    version: 1,
    exported_at: context.exportedAt,
    labels: table,
    documents: documents.map((doc, index) => spanlightDocumentRecord(doc, index, context) as DatasetDocument),
  };
  if (actors.length > 0) dataset.actors = actors.map(actorRecord);
  if (places.length > 0) dataset.places = places.map(placeRecord);
  const events = eventsSectionRecords(documents);
  if (events.length > 0) dataset.events = events;
  return dataset;
}

export function datasetFileName(exportedAt: Date, scope: string): string {
  const stamp = exportedAt.toISOString().replace(/[:]/g, '-').replace(/\..+$/, '');
  return `spanlight-${scope}-${stamp}.json`;
}
