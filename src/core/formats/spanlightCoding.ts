/**
 * Event coding in Spanlight JSON: the fields an annotation carries (`attributes`, `actor_id`, `place_id`,
 * `geo_precision`, each written only when set) and the top-level `actors` registry section. Snake case, like the
 * rest of the file. Between the file and the library the span fields ride on a FormatAnnotation under
 * `extra.spanlight.coding` (SpanCoding, camel case like Span), as the creation times do.
 *
 * Reading checks every field and refuses the file with the place and the reason (like the rest of the importer):
 * a figure that fails validateCasualtyAttributes, an unknown precision, an actor without a name.
 */
import { ACTOR_TYPES, type Actor, type ActorType } from '../coding/actor';
import type { CasualtyAttributes } from '../coding/casualtyAttributes';
import { GEO_PRECISIONS, type GeoPrecision } from '../coding/place';
import { validateCasualtyAttributes } from '../coding/validateCasualtyAttributes';
import type { Span } from '../spans/span';
import { describeJson, isObject, type JsonObject } from './json';

/** A span's coding as it travels on a FormatAnnotation (extra.spanlight.coding). */
export interface SpanCoding {
  attributes?: CasualtyAttributes;
  actorId?: string;
  placeId?: string;
  geoPrecision?: GeoPrecision;
}

/** The annotation keys of the file this module reads and writes. */
export const CODING_ANNOTATION_KEYS = ['attributes', 'actor_id', 'place_id', 'geo_precision'] as const;

/** The coding of a stored span, or undefined when it has none. */
export function spanCodingOf(span: Span): SpanCoding | undefined {
  const coding: SpanCoding = {};
  if (span.attributes) coding.attributes = { ...span.attributes };
  if (span.actorId !== undefined) coding.actorId = span.actorId;
  if (span.placeId !== undefined) coding.placeId = span.placeId;
  if (span.geoPrecision !== undefined) coding.geoPrecision = span.geoPrecision;
  return Object.keys(coding).length > 0 ? coding : undefined;
}

/** The coding found on a FormatAnnotation's extra (from the file or from the library), if any. */
export function codingOfExtra(extra: Record<string, unknown> | undefined): SpanCoding | undefined {
  const spanlight = extra?.spanlight;
  if (!isObject(spanlight) || !isObject(spanlight.coding)) return undefined;
  return spanlight.coding as SpanCoding;
}

/** The annotation record's coding fields, in file order; none for a span without coding. */
export function codingRecordFields(coding: SpanCoding | undefined): JsonObject {
  const fields: JsonObject = {};
  if (!coding) return fields;
  if (coding.attributes) fields.attributes = { ...coding.attributes };
  if (coding.actorId !== undefined) fields.actor_id = coding.actorId;
  if (coding.placeId !== undefined) fields.place_id = coding.placeId;
  if (coding.geoPrecision !== undefined) fields.geo_precision = coding.geoPrecision;
  return fields;
}

/** Reads an annotation record's coding fields: the coding (undefined when none) or why they are refused. */
export function readCodingFields(item: JsonObject): { coding: SpanCoding | undefined } | { problem: string } {
  const coding: SpanCoding = {};
  if (item.attributes !== undefined && item.attributes !== null) {
    const problems = validateCasualtyAttributes(item.attributes);
    if (problems.length > 0) {
      return { problem: `"attributes": ${problems.map((problem) => problem.message).join(' ')}` };
    }
    coding.attributes = { ...(item.attributes as unknown as CasualtyAttributes) };
  }
  for (const [key, field] of [
    ['actor_id', 'actorId'],
    ['place_id', 'placeId'],
  ] as const) {
    const value = item[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || value === '')
      return { problem: `"${key}" is ${describeJson(value)}, not a non-empty string` };
    coding[field] = value;
  }
  const precision = item.geo_precision;
  if (precision !== undefined && precision !== null) {
    if (!GEO_PRECISIONS.some((entry) => entry.key === precision)) {
      return {
        problem: `"geo_precision" is ${describeJson(precision)}, not one of ${GEO_PRECISIONS.map((entry) => entry.key).join(', ')}`,
      };
    }
    coding.geoPrecision = precision as GeoPrecision;
  }
  return { coding: Object.keys(coding).length > 0 ? coding : undefined };
}

/** An actor of the registry as the file writes it (top-level "actors"). Times are ISO 8601. */
export interface DatasetActor {
  id: string;
  name: string;
  aliases: string[];
  /** ACLED's actor type key (see ACTOR_TYPES), null when not set. */
  type: ActorType | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export function actorRecord(actor: Actor): DatasetActor {
  return {
    id: actor.id,
    name: actor.name,
    aliases: [...actor.aliases],
    type: actor.type ?? null,
    notes: actor.notes ?? null,
    created_at: new Date(actor.createdAt).toISOString(),
    updated_at: new Date(actor.updatedAt).toISOString(),
  };
}

const ACTOR_KEYS = ['id', 'name', 'aliases', 'type', 'notes', 'created_at', 'updated_at'];

/** Reads the top-level "actors" section (absent: an empty registry), or says why it is refused. */
export function readActorsSection(
  value: unknown,
): { actors: Actor[]; warnings: string[] } | { problem: string } {
  if (value === undefined) return { actors: [], warnings: [] };
  if (!Array.isArray(value)) return { problem: `"actors" is ${describeJson(value)}, not an array` };
  const actors: Actor[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  for (const [index, item] of value.entries()) {
    const where = `actors[${index}]`;
    if (!isObject(item)) return { problem: `${where} is ${describeJson(item)}, not an object` };
    for (const key of ['id', 'name', 'created_at', 'updated_at']) {
      if (
        typeof item[key] !== 'string' ||
        (key !== 'created_at' && key !== 'updated_at' && item[key] === '')
      ) {
        return { problem: `${where}: "${key}" is ${describeJson(item[key])}, not a non-empty string` };
      }
    }
    const id = item.id as string;
    if (ids.has(id))
      return { problem: `${where}: the id ${JSON.stringify(id)} is used by an earlier actor too` };
    ids.add(id);
    if (!Array.isArray(item.aliases) || item.aliases.some((alias) => typeof alias !== 'string')) {
      return { problem: `${where}: "aliases" is ${describeJson(item.aliases)}, not an array of strings` };
    }
    if (
      item.type !== null &&
      item.type !== undefined &&
      !ACTOR_TYPES.some((type) => type.key === item.type)
    ) {
      return {
        problem: `${where}: "type" is ${describeJson(item.type)}, not one of ${ACTOR_TYPES.map((type) => type.key).join(', ')} or null`,
      };
    }
    if (item.notes !== null && item.notes !== undefined && typeof item.notes !== 'string') {
      return { problem: `${where}: "notes" is ${describeJson(item.notes)}, not a string or null` };
    }
    const createdAt = Date.parse(item.created_at as string);
    const updatedAt = Date.parse(item.updated_at as string);
    if (!Number.isFinite(createdAt) || !Number.isFinite(updatedAt)) {
      return { problem: `${where}: "created_at" / "updated_at" must be ISO 8601 times` };
    }
    const extra = Object.keys(item).filter((key) => !ACTOR_KEYS.includes(key));
    if (extra.length > 0)
      warnings.push(`${where}: fields the schema does not define were ignored: ${extra.join(', ')}`);
    const actor: Actor = {
      id,
      name: item.name as string,
      aliases: [...(item.aliases as string[])],
      createdAt,
      updatedAt,
    };
    if (typeof item.type === 'string') actor.type = item.type as ActorType;
    if (typeof item.notes === 'string') actor.notes = item.notes;
    actors.push(actor);
  }
  return { actors, warnings };
}
