import { invalidEventDateReason, invalidFatalitiesReason } from './eventFields';
import type { EventRecord } from './eventRecord';
import { GEO_PRECISIONS, type GeoPrecision } from './place';

/**
 * An event record as Spanlight JSON writes it (top-level "events"): the stored record, losslessly, with ids as
 * in the file (`document_id` is a document's `id`, `span_ids` its annotations' `id`s) and ISO 8601 times.
 * Not the export row (eventRows.ts): a row is derived and flattened; this is what re-import needs.
 */
export interface DatasetEvent {
  id: string;
  document_id: string;
  span_ids: string[];
  /** Registry actors chosen as actor 1 / actor 2 (null: derived from the actor spans). */
  actor1_id: string | null;
  actor2_id: string | null;
  place_id: string | null;
  geo_precision: GeoPrecision | null;
  date: string | null;
  event_type: string | null;
  /** Set by hand (null: the sum of the casualty spans' killed figures). */
  fatalities: { low: number; best: number; high: number } | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

export const DATASET_EVENT_KEYS: readonly (keyof DatasetEvent)[] = [
  'id',
  'document_id',
  'span_ids',
  'actor1_id',
  'actor2_id',
  'place_id',
  'geo_precision',
  'date',
  'event_type',
  'fatalities',
  'notes',
  'created_at',
  'updated_at',
];

export function datasetEvent(event: EventRecord): DatasetEvent {
  return {
    id: event.id,
    document_id: event.docId,
    span_ids: [...event.spanIds],
    actor1_id: event.actor1 ?? null,
    actor2_id: event.actor2 ?? null,
    place_id: event.placeId ?? null,
    geo_precision: event.geoPrecision ?? null,
    date: event.date ?? null,
    event_type: event.eventType ?? null,
    fatalities: event.fatalities ? { ...event.fatalities } : null,
    notes: event.notes,
    created_at: new Date(event.createdAt).toISOString(),
    updated_at: new Date(event.updatedAt).toISOString(),
  };
}

/** Reads one record of "events"; a refusal says which field and why. Unknown keys are ignored (reported). */
export function eventFromDataset(
  value: unknown,
): { ok: true; event: EventRecord; unknownKeys: string[] } | { ok: false; reason: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'is not an object' };
  const record = value as Record<string, unknown>;
  const text = (key: string, nullable: boolean): string | null | undefined => {
    const field = record[key];
    if (typeof field === 'string' && (field !== '' || key === 'notes')) return field;
    if (nullable && (field === null || field === undefined)) return null;
    return undefined;
  };
  const bad = (key: string, what: string) => ({ ok: false as const, reason: `"${key}" must be ${what}` });

  const id = text('id', false);
  if (!id) return bad('id', 'a non-empty string');
  const docId = text('document_id', false);
  if (!docId) return bad('document_id', 'a non-empty string');
  const spanIds = record.span_ids;
  if (!Array.isArray(spanIds) || !spanIds.every((s) => typeof s === 'string' && s !== ''))
    return bad('span_ids', 'an array of annotation ids');
  const notes = text('notes', false);
  if (notes === undefined || notes === null) return bad('notes', 'a string');
  const times: number[] = [];
  for (const key of ['created_at', 'updated_at']) {
    const time = typeof record[key] === 'string' ? Date.parse(record[key] as string) : Number.NaN;
    if (!Number.isFinite(time)) return bad(key, 'an ISO 8601 time');
    times.push(time);
  }
  const event: EventRecord = {
    id,
    docId,
    spanIds: [...(spanIds as string[])],
    notes,
    createdAt: times[0] as number,
    updatedAt: times[1] as number,
  };
  for (const [key, field] of [
    ['actor1_id', 'actor1'],
    ['actor2_id', 'actor2'],
    ['place_id', 'placeId'],
    ['event_type', 'eventType'],
  ] as const) {
    const found = text(key, true);
    if (found === undefined) return bad(key, 'a non-empty string or null');
    if (found !== null) event[field] = found;
  }
  const date = text('date', true);
  if (date === undefined) return bad('date', 'a date string or null');
  if (date !== null) {
    const reason = invalidEventDateReason(date);
    if (reason) return { ok: false, reason: `"date": ${reason}` };
    event.date = date;
  }
  const precision = record.geo_precision;
  if (precision !== null && precision !== undefined) {
    const known = GEO_PRECISIONS.find((p) => p.key === precision);
    if (!known) return bad('geo_precision', `one of ${GEO_PRECISIONS.map((p) => p.key).join(', ')} or null`);
    event.geoPrecision = known.key;
  }
  const fatalities = record.fatalities;
  if (fatalities !== null && fatalities !== undefined) {
    const figures = fatalities as Record<string, unknown>;
    const triple = { low: figures.low as number, best: figures.best as number, high: figures.high as number };
    const reason = typeof fatalities === 'object' ? invalidFatalitiesReason(triple) : 'not an object';
    if (reason) return { ok: false, reason: `"fatalities": ${reason}` };
    event.fatalities = triple;
  }
  const unknownKeys = Object.keys(record).filter(
    (key) => !(DATASET_EVENT_KEYS as readonly string[]).includes(key),
  );
  return { ok: true, event, unknownKeys };
}
