/**
 * Reading Spanlight JSON, one document at a time: the checks of the import (src/core has no JSON Schema validator)
 * for the header and for each document, shared by the whole-file import (importSpanlightJson) and the streamed one
 * (spanlightJsonStreamReader.ts), so both accept and refuse exactly the same files with the same messages.
 *
 * Every required field with its type, offsets in range, both slices equal to `text`. A mismatch refuses the file
 * and names each document and annotation by index and id (the first LISTED of them). Fields the schema does not know
 * are kept (and reported), and a sha256 that does not match the text is reported. Timestamps and the label table
 * are kept in meta/extra so a round trip gives the same JSON.
 */
import { DOCUMENT_STATUSES, isDocumentStatus } from '../documentStatus';
import { sha256Hex } from '../hash/sha256';
import { failure, ImportCollector, plural } from './importing';
import {
  describeJson,
  hasKeysBesides,
  isNonNegativeInteger,
  isObject,
  type JsonObject,
  jsonClone,
  omitKeys,
} from './json';
import { createUnitIndex } from './offsetUnits';
import { CODING_ANNOTATION_KEYS, readActorsSection, readCodingFields } from './spanlightCoding';
import { attachEventsSection } from './spanlightEvents';
import { SPANLIGHT_JSON_SECTIONS } from './spanlightJsonWriter';
import { readPlacesSection } from './spanlightPlaces';
import type { SpanlightExtra, SpanlightMeta } from './spanlightRecord';
import type { FormatAnnotation, FormatDocument, ImportOutcome } from './types';

/** Top-level keys a version-1 file may have; others are reported and ignored. */
export const SPANLIGHT_TOP_KEYS: readonly string[] = [
  'format',
  'version',
  'exported_at',
  'labels',
  'project',
  'projects',
  ...SPANLIGHT_JSON_SECTIONS,
];
const DOC_KEYS = [
  'id',
  'title',
  'text',
  'sha256',
  'source',
  'byline',
  'url',
  'published_at',
  'lang',
  'imported_at',
  'status',
  'annotations',
];
const ANNOTATION_KEYS = [
  'id',
  'label',
  'start',
  'end',
  'start_utf16',
  'end_utf16',
  'text',
  'created_at',
  'updated_at',
  'annotator',
  ...CODING_ANNOTATION_KEYS,
];
const DOC_KEY_SET: ReadonlySet<string> = new Set(DOC_KEYS);
const ANNOTATION_KEY_SET: ReadonlySet<string> = new Set(ANNOTATION_KEYS);
const NULLABLE: ReadonlyArray<[string, keyof FormatDocument]> = [
  ['source', 'source'],
  ['byline', 'byline'],
  ['url', 'url'],
  ['published_at', 'publishedAt'],
  ['lang', 'lang'],
];
const LISTED = 10;

/**
 * What is wrong with the file's top-level fields other than its sections (format, version, exported_at, labels),
 * or null. `top` holds the fields seen; a field missing from it is reported like a wrong one.
 */
export function spanlightHeaderProblem(top: JsonObject): string | null {
  if (top.format !== 'spanlight.dataset') {
    return `"format" is ${describeJson(top.format)}, not "spanlight.dataset": this is not a Spanlight dataset`;
  }
  if (top.version !== 1) return `"version" is ${describeJson(top.version)}; this Spanlight reads version 1`;
  if (typeof top.exported_at !== 'string')
    return `"exported_at" is ${describeJson(top.exported_at)}, not a string`;
  if (!Array.isArray(top.labels)) return `"labels" is ${describeJson(top.labels)}, not an array`;
  for (const [i, label] of top.labels.entries()) {
    if (!isObject(label)) return `labels[${i}] is ${describeJson(label)}, not an object`;
    for (const key of ['key', 'name', 'shortcut', 'color']) {
      if (typeof label[key] !== 'string')
        return `labels[${i}].${key} is ${describeJson(label[key])}, not a string`;
    }
  }
  if (top.project !== undefined && typeof top.project !== 'string')
    return `"project" is ${describeJson(top.project)}, not a string`;
  if (top.projects !== undefined) {
    if (!Array.isArray(top.projects)) return `"projects" is ${describeJson(top.projects)}, not an array`;
    for (const [i, project] of top.projects.entries()) {
      if (!isObject(project)) return `projects[${i}] is ${describeJson(project)}, not an object`;
      for (const key of ['id', 'name'])
        if (typeof project[key] !== 'string')
          return `projects[${i}].${key} is ${describeJson(project[key])}, not a string`;
      for (const key of ['labels', 'documents'])
        if (!Array.isArray(project[key]))
          return `projects[${i}].${key} is ${describeJson(project[key])}, not an array`;
    }
  }
  return null;
}

/** Reads documents one at a time (`read`), then gives the outcome (`finish`). */
export class SpanlightDocumentReader {
  readonly collector = new ImportCollector();
  readonly documents: FormatDocument[] = [];
  private readonly mismatches: string[] = [];
  private readonly ids = new Set<string>();

  /** Annotations read so far (for progress). */
  get annotationCount(): number {
    return this.annotations;
  }
  private annotations = 0;

  /** Checks document number `d` (0-based) and keeps it; returns why the file is refused, or null. */
  read(value: unknown, d: number): string | null {
    const where = `document ${d + 1}`;
    if (!isObject(value)) return `${where} is ${describeJson(value)}, not an object`;
    const named = typeof value.id === 'string' ? `${where} (id ${JSON.stringify(value.id)})` : where;
    for (const key of ['id', 'title', 'text', 'sha256', 'imported_at']) {
      if (typeof value[key] !== 'string')
        return `${named}: "${key}" is ${describeJson(value[key])}, not a string`;
    }
    if (value.id === '') return `${where}: "id" is empty`;
    for (const [key] of NULLABLE) {
      if (value[key] !== null && typeof value[key] !== 'string') {
        return `${named}: "${key}" is ${describeJson(value[key])}, not a string or null`;
      }
    }
    // Optional (added with document statuses); the schema allows only these four.
    if (value.status !== undefined && !isDocumentStatus(value.status)) {
      return `${named}: "status" is ${describeJson(value.status)}, not one of ${DOCUMENT_STATUSES.map(({ key }) => `"${key}"`).join(', ')}`;
    }
    if (!Array.isArray(value.annotations)) {
      return `${named}: "annotations" is ${describeJson(value.annotations)}, not an array`;
    }
    const text = value.text as string;
    if (text.includes('\r')) {
      return `${named}: its text contains CR characters; a Spanlight dataset's text has LF line endings only`;
    }
    const id = value.id as string;
    if (this.ids.has(id)) this.collector.warnings.push(`${named}: the id is used by an earlier document too`);
    this.ids.add(id);
    const hashMatches = /^[0-9a-f]{64}$/.test(value.sha256 as string) && sha256Hex(text) === value.sha256;
    if (!hashMatches) {
      this.collector.warnings.push(`${named}: "sha256" does not match the text (was the text edited?)`);
    }
    const units = createUnitIndex(text);
    const annotations: FormatAnnotation[] = [];
    for (const [a, item] of value.annotations.entries()) {
      const at = `${named}, annotation ${a + 1}`;
      if (!isObject(item)) return `${at} is ${describeJson(item)}, not an object`;
      const itemAt = typeof item.id === 'string' ? `${at} (id ${JSON.stringify(item.id)})` : at;
      for (const key of ['id', 'label', 'text', 'created_at', 'updated_at']) {
        if (typeof item[key] !== 'string')
          return `${itemAt}: "${key}" is ${describeJson(item[key])}, not a string`;
      }
      for (const key of ['start', 'end', 'start_utf16', 'end_utf16']) {
        if (!isNonNegativeInteger(item[key])) {
          return `${itemAt}: "${key}" is ${describeJson(item[key])}, not a whole number ≥ 0`;
        }
      }
      const start = item.start as number;
      const end = item.end as number;
      const start16 = item.start_utf16 as number;
      const end16 = item.end_utf16 as number;
      if (start >= end || start16 >= end16) {
        return `${itemAt}: the span is empty or reversed (start ${start}, end ${end})`;
      }
      if (end > units.length('code-point') || end16 > text.length) {
        return `${itemAt}: offsets are outside the text (end ${end} of ${units.length('code-point')} code points, end_utf16 ${end16} of ${text.length} UTF-16 units)`;
      }
      const cpStart = units.toUtf16(start, 'code-point') as number;
      const cpEnd = units.toUtf16(end, 'code-point') as number;
      const cpSlice = text.slice(cpStart, cpEnd);
      const unitSlice = text.slice(start16, end16);
      const claimed = item.text as string;
      if (units.toUtf16(start16, 'utf16') === null || units.toUtf16(end16, 'utf16') === null) {
        this.mismatches.push(`${itemAt}: start_utf16/end_utf16 ${start16}..${end16} fall inside a character`);
      } else if (cpSlice !== claimed || unitSlice !== claimed) {
        const which = [
          cpSlice !== claimed
            ? `text[start:end] (code points ${start}..${end}) is ${JSON.stringify(cpSlice)}`
            : '',
          unitSlice !== claimed
            ? `text.slice(start_utf16, end_utf16) (${start16}..${end16}) is ${JSON.stringify(unitSlice)}`
            : '',
        ].filter(Boolean);
        this.mismatches.push(`${itemAt}: "text" is ${JSON.stringify(claimed)} but ${which.join(' and ')}`);
      }
      const extra: SpanlightExtra = {
        createdAt: item.created_at as string,
        updatedAt: item.updated_at as string,
      };
      const coded = readCodingFields(item);
      if ('problem' in coded) return `${itemAt}: ${coded.problem}`;
      if (coded.coding) extra.coding = coded.coding;
      if (hasKeysBesides(item, ANNOTATION_KEY_SET))
        extra.unknown = jsonClone(omitKeys(item, ANNOTATION_KEYS));
      this.annotations++;
      this.collector.annotation(
        {
          id: item.id as string,
          start: start16,
          end: end16,
          label: item.label as string,
          text: unitSlice,
          // Optional in version 1 (added with annotators): absent or null means unknown.
          ...(typeof item.annotator === 'string' && item.annotator ? { annotator: item.annotator } : {}),
          extra: { spanlight: extra },
        },
        annotations,
      );
    }
    // The file's export time and label table are set by finish(): a streamed file may give them after this.
    const meta: SpanlightMeta = { importedAt: value.imported_at as string };
    // Checked just above: the library need not hash the text again when it stores the document.
    if (hashMatches) meta.sha256 = value.sha256 as string;
    if (hasKeysBesides(value, DOC_KEY_SET)) {
      const unknown = omitKeys(value, DOC_KEYS);
      meta.unknown = jsonClone(unknown);
      this.collector.warnings.push(
        `${named}: fields the schema does not define were kept: ${Object.keys(unknown).join(', ')}`,
      );
    }
    const doc: FormatDocument = {
      id,
      title: value.title as string,
      text,
      annotations,
      meta: { spanlight: meta },
    };
    for (const [key, field] of NULLABLE) {
      if (typeof value[key] === 'string') (doc as unknown as Record<string, unknown>)[field] = value[key];
    }
    if (isDocumentStatus(value.status)) doc.status = value.status;
    this.documents.push(doc);
    return null;
  }

  /**
   * The outcome, given the file's top-level fields other than its sections (checked here: a streamed file may
   * give them after the documents).
   */
  finish(top: JsonObject): ImportOutcome {
    const problem = spanlightHeaderProblem(top);
    if (problem) return failure(problem);
    const extraTop = Object.keys(top).filter((key) => !SPANLIGHT_TOP_KEYS.includes(key));
    if (extraTop.length > 0)
      this.collector.warnings.unshift(
        `fields the schema does not define were ignored: ${extraTop.join(', ')}`,
      );
    if (this.mismatches.length > 0) {
      const listed = this.mismatches.slice(0, LISTED).join('; ');
      const more = this.mismatches.length > LISTED ? `; and ${this.mismatches.length - LISTED} more` : '';
      return failure(
        `${plural(this.mismatches.length, 'annotation')} ${this.mismatches.length === 1 ? 'does' : 'do'} not match the document text: ${listed}${more}`,
      );
    }
    const registry = readActorsSection(top.actors);
    if ('problem' in registry) return failure(registry.problem);
    this.collector.warnings.push(...registry.warnings);
    const places = readPlacesSection(top.places);
    if ('problem' in places) return failure(places.problem);
    this.collector.warnings.push(...places.warnings);
    const events = attachEventsSection(top.events, this.documents);
    if ('problem' in events) return failure(events.problem);
    this.collector.warnings.push(...events.warnings);
    for (const doc of this.documents) {
      const meta = doc.meta?.spanlight as SpanlightMeta;
      meta.exportedAt = top.exported_at as string;
      meta.labels = jsonClone(top.labels as unknown[]);
      if (typeof top.project === 'string') meta.project = top.project;
      if (Array.isArray(top.projects)) meta.projects = jsonClone(top.projects as unknown[]);
    }
    return this.collector.success(this.documents, {
      offsetUnit: 'code-point',
      actors: registry.actors,
      places: places.places,
    });
  }
}
