/**
 * doccano JSONL (sequence labeling): one document per line, {"text": "…", "label": [[start, end, "LABEL"], …]} plus
 * any other keys (doccano keeps them as the example's meta). Also read: the relation-extraction layout
 * ("entities": [{id, start_offset, end_offset, label}], "relations": […], kept verbatim), the older "labels" key,
 * custom column names (options), and a file that is one pretty-printed JSON value instead of JSON Lines.
 *
 * Offsets: doccano computes them as Python str indices, i.e. Unicode CODE POINTS, end exclusive; its early
 * front end counted JavaScript UTF-16 units. The file has no text per span to check against, so the unit is
 * judged on the spans of documents where the two differ (texts with emoji or other astral characters): the unit
 * whose slices do not cut words wins, code points on a tie; `offsetUnit` in the outcome says which was used and a
 * warning says why. Offsets count the text as the file has it (a CR is a character).
 *
 * A record may state its unit in "spanlight_offset_unit" ("code-point" or "utf16"): Spanlight writes it on records
 * whose text has astral characters (where the units differ), so its own exports are read back without judging.
 *
 * Export writes code points (or UTF-16 with `offsetUnit: 'utf16'` for old doccano), the keys the import kept, and
 * the document's title, source, url, published_at, lang, byline and status (Spanlight's) as top-level keys.
 */
import { isDocumentStatus } from '../documentStatus';
import { documentName, withWritableAnnotations } from './exporting';
import { failure, ImportCollector, plural, resolveSpan, textContext } from './importing';
import {
  describeJson,
  isNonNegativeInteger,
  isObject,
  type JsonObject,
  jsonClone,
  omitKeys,
  readJsonRecords,
  toJsonLines,
} from './json';
import { createUnitIndex, detectOffsetUnit, type RawSpan } from './offsetUnits';
import { exportTextMap } from './storedText';
import type { FormatAnnotation, FormatDocument, ImportOutcome, OffsetUnit, TextExport } from './types';

export interface DoccanoImportOptions {
  /** Key of the text; default "text". */
  textField?: string;
  /** Key of the spans; default "label", else "labels" or "entities", whichever the record has. */
  labelField?: string;
  /** Read offsets in this unit instead of judging it. */
  offsetUnit?: OffsetUnit;
}

export interface DoccanoExportOptions {
  offsetUnit?: 'code-point' | 'utf16';
}

/** meta.doccano: the keys of the record Spanlight does not model, and how its spans were written. */
export interface DoccanoMeta {
  rest: JsonObject;
  textField: string;
  labelField: string;
  shape: 'triples' | 'entities';
}

/** The key by which a record states its offset unit ("code-point" or "utf16"); written by Spanlight. */
export const UNIT_KEY = 'spanlight_offset_unit';
const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/** Document fields read from (and written to) top-level keys. */
const DOC_FIELDS: ReadonlyArray<
  [string, 'title' | 'source' | 'url' | 'publishedAt' | 'lang' | 'byline' | 'status']
> = [
  ['title', 'title'],
  ['source', 'source'],
  ['url', 'url'],
  ['published_at', 'publishedAt'],
  ['lang', 'lang'],
  ['byline', 'byline'],
  // Spanlight's document status; read only when it is one of the four (else kept as the file's own key).
  ['status', 'status'],
];

interface PendingSpan extends RawSpan {
  where: string;
  label: string;
  entityId?: unknown;
}

export function importDoccano(content: string, options: DoccanoImportOptions = {}): ImportOutcome {
  const read = readJsonRecords(content);
  if (!read.ok) return failure(read.reason);
  if (read.records.length === 0) return failure('it has no records');
  const collector = new ImportCollector();
  if (read.prettyPrinted) {
    collector.warnings.push(
      `the file is one pretty-printed JSON value, not JSON Lines (one object per line): read as ${plural(read.records.length, 'record')}`,
    );
  }
  const textField = options.textField ?? 'text';
  const pending: Array<{
    where: string;
    record: JsonObject;
    text: string;
    labelField: string;
    shape: DoccanoMeta['shape'];
    spans: PendingSpan[];
  }> = [];
  for (const { where, value } of read.records) {
    if (!isObject(value)) return failure(`${where}: ${describeJson(value)}, not a JSON object`);
    const text = value[textField];
    if (typeof text !== 'string') {
      const keys = Object.keys(value).join(', ') || 'none';
      return failure(
        text === undefined
          ? `${where}: no "${textField}" (its keys: ${keys}; another name can be given as textField)`
          : `${where}: "${textField}" is ${describeJson(text)}, not a string`,
      );
    }
    const labelField =
      options.labelField ??
      ['label', 'labels', 'entities'].find((key) => value[key] !== undefined) ??
      'label';
    const rawSpans = value[labelField];
    const spans: PendingSpan[] = [];
    let shape: DoccanoMeta['shape'] = 'triples';
    if (rawSpans !== undefined) {
      if (!Array.isArray(rawSpans))
        return failure(`${where}: "${labelField}" is ${describeJson(rawSpans)}, not an array`);
      for (const [i, item] of rawSpans.entries()) {
        const at = `${where}, ${labelField}[${i}]`;
        if (Array.isArray(item)) {
          const [start, end, label] = item;
          if (
            item.length !== 3 ||
            !isNonNegativeInteger(start) ||
            !isNonNegativeInteger(end) ||
            typeof label !== 'string'
          ) {
            return failure(
              `${at}: expected [start, end, "LABEL"] (two whole numbers and a string), found ${JSON.stringify(item)}`,
            );
          }
          spans.push({ where: at, start, end, label });
        } else if (isObject(item)) {
          shape = 'entities';
          const { start_offset: start, end_offset: end, label } = item;
          if (!isNonNegativeInteger(start) || !isNonNegativeInteger(end) || typeof label !== 'string') {
            return failure(
              `${at}: expected {start_offset, end_offset, label} (two whole numbers and a string), found ${JSON.stringify(item)}`,
            );
          }
          spans.push({ where: at, start, end, label, entityId: item.id });
        } else {
          return failure(`${at}: ${describeJson(item)}, not a span`);
        }
      }
    }
    pending.push({ where, record: value, text, labelField, shape, spans });
  }

  const declared = declaredUnit(pending.map(({ record }) => record));
  if (typeof declared === 'string' && declared.startsWith('!')) return failure(declared.slice(1));
  let unit: OffsetUnit = options.offsetUnit ?? (declared as OffsetUnit | undefined) ?? 'code-point';
  if (!options.offsetUnit && declared === undefined) {
    const detected = detectOffsetUnit(
      pending.map(({ text, spans }) => ({ text, spans })),
      ['code-point', 'utf16'],
    );
    unit = detected.unit;
    if (detected.decided) {
      const scores = `${detected.scores['code-point']} spans plausible as code points, ${detected.scores.utf16} as UTF-16 units`;
      collector.warnings.push(
        unit === 'utf16'
          ? `offsets read as UTF-16 code units (older doccano), not code points: in texts with emoji or other astral characters, ${scores}`
          : `offsets read as Unicode code points (current doccano): in texts with emoji or other astral characters, ${scores}`,
      );
    }
  }

  const documents: FormatDocument[] = [];
  for (const { where, record, text, labelField, shape, spans } of pending) {
    const context = textContext(text);
    const annotations: FormatAnnotation[] = [];
    const seen = new Set<string>();
    for (const span of spans) {
      const resolved = resolveSpan(context, span.start, span.end, unit);
      if (!resolved.ok) {
        if (resolved.fatal) return failure(`${span.where}: ${resolved.reason}`);
        collector.warnings.push(`${span.where}: ${resolved.reason}; not imported`);
        continue;
      }
      const key = `${resolved.start} ${resolved.end} ${span.label}`;
      if (seen.has(key))
        collector.warnings.push(
          `${span.where}: the same span (${span.start}..${span.end} ${span.label}) again; kept`,
        );
      seen.add(key);
      const annotation: FormatAnnotation = {
        start: resolved.start,
        end: resolved.end,
        label: span.label,
        text: resolved.text,
      };
      if (span.entityId !== undefined) {
        annotation.id = String(span.entityId);
        annotation.extra = { doccano: { id: span.entityId } };
      }
      collector.annotation(annotation, annotations);
    }
    if (isObject(record.relations) || Array.isArray(record.relations)) {
      collector.unsupported.push(`${where}: "relations" kept for export, not shown`);
    }
    // Non-empty strings only: an empty "title" stays in `rest`, so it is written back as it was.
    const docKeys = DOC_FIELDS.filter(([key, field]) => readable(field, record[key]));
    const rest = omitKeys(record, [textField, labelField, UNIT_KEY, ...docKeys.map(([key]) => key)]);
    const meta: DoccanoMeta = { rest: jsonClone(rest), textField, labelField, shape };
    const doc: FormatDocument = { title: '', text: context.map.stored, annotations, meta: { doccano: meta } };
    if (typeof record.id === 'string' || typeof record.id === 'number') doc.id = String(record.id);
    for (const [key, field] of docKeys) (doc as unknown as Record<string, unknown>)[field] = record[key];
    collector.normalized(doc, context);
    documents.push(doc);
  }
  return collector.success(documents, { offsetUnit: unit });
}

export function exportDoccano(
  documents: readonly FormatDocument[],
  options: DoccanoExportOptions = {},
): TextExport {
  const warnings: string[] = [];
  const unit = options.offsetUnit ?? 'code-point';
  const records = documents.map((original, index) => {
    const doc = withWritableAnnotations(original, index, warnings);
    const meta = doccanoMetaOf(doc);
    const map = exportTextMap(doc);
    const units = createUnitIndex(map.raw);
    const at = (stored: number, start: boolean) =>
      units.fromUtf16(start ? map.toRawStart(stored) : map.toRawEnd(stored), unit);
    const record: JsonObject = { ...(meta ? jsonClone(meta.rest) : {}) };
    if (doc.id !== undefined) {
      record.id = record.id !== undefined && String(record.id) === doc.id ? record.id : doc.id;
    }
    record[meta?.textField ?? 'text'] = map.raw;
    const labelField = meta?.labelField ?? 'label';
    if (meta?.shape === 'entities') {
      const taken = new Set(
        doc.annotations.map((a) => (a.extra?.doccano as { id?: unknown } | undefined)?.id),
      );
      let next = 0;
      const freshId = () => {
        while (taken.has(next)) next++;
        taken.add(next);
        return next;
      };
      record[labelField] = doc.annotations.map((annotation) => {
        const kept = (annotation.extra?.doccano as { id?: unknown } | undefined)?.id;
        return {
          id: kept ?? freshId(),
          start_offset: at(annotation.start, true),
          end_offset: at(annotation.end, false),
          label: annotation.label,
        };
      });
      const ids = new Set((record[labelField] as JsonObject[]).map((entity) => entity.id));
      const relations = Array.isArray(record.relations) ? record.relations : [];
      for (const relation of relations) {
        if (!isObject(relation)) continue;
        for (const end of ['from_id', 'to_id']) {
          if (relation[end] !== undefined && !ids.has(relation[end])) {
            warnings.push(
              `${documentName(doc, index)}: relation ${JSON.stringify(relation)} refers to entity ${String(relation[end])}, which is gone`,
            );
          }
        }
      }
    } else {
      record[labelField] = doc.annotations.map((annotation) => [
        at(annotation.start, true),
        at(annotation.end, false),
        annotation.label,
      ]);
    }
    for (const [key, field] of DOC_FIELDS) {
      const value = doc[field];
      if (value !== undefined && value !== '') record[key] = value;
    }
    // Code points and UTF-16 units differ only after astral characters; there, a record Spanlight writes says
    // which it used, so reading it back never depends on judging word boundaries. Records that came from a
    // doccano file are written back without it (as they were).
    if (!meta && ASTRAL.test(map.raw)) record[UNIT_KEY] = unit;
    return record;
  });
  return { content: toJsonLines(records), warnings };
}

/** Whether a record's key holds a value for the document field: a non-empty string (a status: one of the four). */
function readable(field: string, value: unknown): boolean {
  if (typeof value !== 'string' || value === '') return false;
  return field !== 'status' || isDocumentStatus(value);
}

/** The unit the records state (all the same), undefined when none does, or "!reason" when they disagree. */
function declaredUnit(records: readonly JsonObject[]): OffsetUnit | string | undefined {
  let found: OffsetUnit | undefined;
  for (const [i, record] of records.entries()) {
    const value = record[UNIT_KEY];
    if (value === undefined) continue;
    if (value !== 'code-point' && value !== 'utf16') {
      return `!record ${i + 1}: "${UNIT_KEY}" is ${describeJson(value)}, not "code-point" or "utf16"`;
    }
    if (found !== undefined && found !== value)
      return `!record ${i + 1}: "${UNIT_KEY}" differs from an earlier record's`;
    found = value;
  }
  return found;
}

function doccanoMetaOf(doc: FormatDocument): DoccanoMeta | undefined {
  const meta = doc.meta?.doccano;
  return isObject(meta) && isObject(meta.rest) ? (meta as unknown as DoccanoMeta) : undefined;
}
