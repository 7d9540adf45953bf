/**
 * Spanlight JSON ("spanlight.dataset", version 1; schema resources/spanlight-dataset.schema.json). The text is the
 * stored text already, so nothing is normalized: start/end are code points and start_utf16/end_utf16 UTF-16 code
 * units of that very text, and both must slice the annotation's `text`.
 *
 * Import validates the structure by hand (src/core has no JSON Schema validator): every required field with its
 * type, offsets in range, both slices equal to `text`. A mismatch refuses the file and names each document and
 * annotation by index and id. Fields the schema does not know are kept (and reported), and a sha256 that does not
 * match the text is reported. Timestamps and the label table are kept in meta/extra so a round trip gives the same
 * JSON.
 */
import { sha256Hex } from '../hash/sha256';
import { LABELS } from '../labels';
import { sortSpans } from '../spans/span';
import { withWritableAnnotations } from './exporting';
import { failure, ImportCollector, plural } from './importing';
import {
  describeJson,
  isNonNegativeInteger,
  isObject,
  type JsonObject,
  jsonClone,
  omitKeys,
  parseJson,
} from './json';
import { createUnitIndex } from './offsetUnits';
import type { FormatAnnotation, FormatDocument, ImportOutcome, TextExport } from './types';

export interface SpanlightMeta {
  exportedAt: string;
  importedAt: string;
  labels: unknown[];
  /** Document fields the schema does not define, kept as they were. */
  unknown?: JsonObject;
}

interface SpanlightExtra {
  createdAt: string;
  updatedAt: string;
  unknown?: JsonObject;
}

const TOP_KEYS = ['format', 'version', 'exported_at', 'labels', 'documents'];
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
];
const NULLABLE: ReadonlyArray<[string, keyof FormatDocument]> = [
  ['source', 'source'],
  ['byline', 'byline'],
  ['url', 'url'],
  ['published_at', 'publishedAt'],
  ['lang', 'lang'],
];
const LISTED = 10;

export function importSpanlightJson(content: string): ImportOutcome {
  const parsed = parseJson(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  if (!parsed.ok) return failure(parsed.reason);
  const top = parsed.value;
  if (!isObject(top)) return failure(`the file is ${describeJson(top)}, not a Spanlight dataset object`);
  if (top.format !== 'spanlight.dataset') {
    return failure(
      `"format" is ${describeJson(top.format)}, not "spanlight.dataset": this is not a Spanlight dataset`,
    );
  }
  if (top.version !== 1)
    return failure(`"version" is ${describeJson(top.version)}; this Spanlight reads version 1`);
  if (typeof top.exported_at !== 'string')
    return failure(`"exported_at" is ${describeJson(top.exported_at)}, not a string`);
  if (!Array.isArray(top.labels)) return failure(`"labels" is ${describeJson(top.labels)}, not an array`);
  for (const [i, label] of top.labels.entries()) {
    if (!isObject(label)) return failure(`labels[${i}] is ${describeJson(label)}, not an object`);
    for (const key of ['key', 'name', 'shortcut', 'color']) {
      if (typeof label[key] !== 'string')
        return failure(`labels[${i}].${key} is ${describeJson(label[key])}, not a string`);
    }
  }
  if (!Array.isArray(top.documents))
    return failure(`"documents" is ${describeJson(top.documents)}, not an array`);

  const collector = new ImportCollector();
  const extraTop = Object.keys(top).filter((key) => !TOP_KEYS.includes(key));
  if (extraTop.length > 0)
    collector.warnings.push(`fields the schema does not define were ignored: ${extraTop.join(', ')}`);
  const mismatches: string[] = [];
  const documents: FormatDocument[] = [];
  const ids = new Set<string>();
  for (const [d, value] of top.documents.entries()) {
    const where = `document ${d + 1}`;
    if (!isObject(value)) return failure(`${where} is ${describeJson(value)}, not an object`);
    const named = typeof value.id === 'string' ? `${where} (id ${JSON.stringify(value.id)})` : where;
    for (const key of ['id', 'title', 'text', 'sha256', 'imported_at']) {
      if (typeof value[key] !== 'string')
        return failure(`${named}: "${key}" is ${describeJson(value[key])}, not a string`);
    }
    if (value.id === '') return failure(`${where}: "id" is empty`);
    for (const [key] of NULLABLE) {
      if (value[key] !== null && typeof value[key] !== 'string') {
        return failure(`${named}: "${key}" is ${describeJson(value[key])}, not a string or null`);
      }
    }
    if (!Array.isArray(value.annotations)) {
      return failure(`${named}: "annotations" is ${describeJson(value.annotations)}, not an array`);
    }
    const text = value.text as string;
    if (text.includes('\r')) {
      return failure(
        `${named}: its text contains CR characters; a Spanlight dataset's text has LF line endings only`,
      );
    }
    const id = value.id as string;
    if (ids.has(id)) collector.warnings.push(`${named}: the id is used by an earlier document too`);
    ids.add(id);
    if (!/^[0-9a-f]{64}$/.test(value.sha256 as string) || sha256Hex(text) !== value.sha256) {
      collector.warnings.push(`${named}: "sha256" does not match the text (was the text edited?)`);
    }
    const units = createUnitIndex(text);
    const annotations: FormatAnnotation[] = [];
    for (const [a, item] of value.annotations.entries()) {
      const at = `${named}, annotation ${a + 1}`;
      if (!isObject(item)) return failure(`${at} is ${describeJson(item)}, not an object`);
      const itemAt = typeof item.id === 'string' ? `${at} (id ${JSON.stringify(item.id)})` : at;
      for (const key of ['id', 'label', 'text', 'created_at', 'updated_at']) {
        if (typeof item[key] !== 'string')
          return failure(`${itemAt}: "${key}" is ${describeJson(item[key])}, not a string`);
      }
      for (const key of ['start', 'end', 'start_utf16', 'end_utf16']) {
        if (!isNonNegativeInteger(item[key])) {
          return failure(`${itemAt}: "${key}" is ${describeJson(item[key])}, not a whole number ≥ 0`);
        }
      }
      const start = item.start as number;
      const end = item.end as number;
      const start16 = item.start_utf16 as number;
      const end16 = item.end_utf16 as number;
      if (start >= end || start16 >= end16) {
        return failure(`${itemAt}: the span is empty or reversed (start ${start}, end ${end})`);
      }
      if (end > units.length('code-point') || end16 > text.length) {
        return failure(
          `${itemAt}: offsets are outside the text (end ${end} of ${units.length('code-point')} code points, end_utf16 ${end16} of ${text.length} UTF-16 units)`,
        );
      }
      const cpStart = units.toUtf16(start, 'code-point') as number;
      const cpEnd = units.toUtf16(end, 'code-point') as number;
      const cpSlice = text.slice(cpStart, cpEnd);
      const unitSlice = text.slice(start16, end16);
      const claimed = item.text as string;
      if (units.toUtf16(start16, 'utf16') === null || units.toUtf16(end16, 'utf16') === null) {
        mismatches.push(`${itemAt}: start_utf16/end_utf16 ${start16}..${end16} fall inside a character`);
      } else if (cpSlice !== claimed || unitSlice !== claimed) {
        const which = [
          cpSlice !== claimed
            ? `text[start:end] (code points ${start}..${end}) is ${JSON.stringify(cpSlice)}`
            : '',
          unitSlice !== claimed
            ? `text.slice(start_utf16, end_utf16) (${start16}..${end16}) is ${JSON.stringify(unitSlice)}`
            : '',
        ].filter(Boolean);
        mismatches.push(`${itemAt}: "text" is ${JSON.stringify(claimed)} but ${which.join(' and ')}`);
      }
      const extra: SpanlightExtra = {
        createdAt: item.created_at as string,
        updatedAt: item.updated_at as string,
      };
      const unknown = omitKeys(item, ANNOTATION_KEYS);
      if (Object.keys(unknown).length > 0) extra.unknown = jsonClone(unknown);
      collector.annotation(
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
    const meta: SpanlightMeta = {
      exportedAt: top.exported_at,
      importedAt: value.imported_at as string,
      labels: jsonClone(top.labels),
    };
    const unknown = omitKeys(value, DOC_KEYS);
    if (Object.keys(unknown).length > 0) {
      meta.unknown = jsonClone(unknown);
      collector.warnings.push(
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
    documents.push(doc);
  }
  if (mismatches.length > 0) {
    const listed = mismatches.slice(0, LISTED).join('; ');
    const more = mismatches.length > LISTED ? `; and ${mismatches.length - LISTED} more` : '';
    return failure(
      `${plural(mismatches.length, 'annotation')} ${mismatches.length === 1 ? 'does' : 'do'} not match the document text: ${listed}${more}`,
    );
  }
  return collector.success(documents, { offsetUnit: 'code-point' });
}

export interface SpanlightExportOptions {
  /** The export time; default: the time kept from an imported dataset, else now. */
  exportedAt?: Date;
  /** Indentation of the JSON; default 2. */
  indent?: number;
}

export function exportSpanlightJson(
  documents: readonly FormatDocument[],
  options: SpanlightExportOptions = {},
): TextExport {
  const warnings: string[] = [];
  const firstMeta = documents.map(spanlightMetaOf).find((meta) => meta !== undefined);
  const exportedAt = options.exportedAt?.toISOString() ?? firstMeta?.exportedAt ?? new Date().toISOString();
  const labels =
    firstMeta?.labels ?? LABELS.map(({ key, name, shortcut, color }) => ({ key, name, shortcut, color }));
  const known = new Set<string>(LABELS.map((label) => label.key));
  const foreign = new Set<string>();
  const usedIds = new Set<string>();
  const out = documents.map((original, d) => {
    const doc = withWritableAnnotations(original, d, warnings);
    const meta = spanlightMetaOf(doc);
    let id = doc.id || `document-${d + 1}`;
    while (usedIds.has(id)) id = `${id}-${d + 1}`;
    usedIds.add(id);
    const units = createUnitIndex(doc.text);
    const annotations = sortSpans(doc.annotations).map((annotation, a) => {
      const extra = annotation.extra?.spanlight as SpanlightExtra | undefined;
      if (!known.has(annotation.label)) foreign.add(annotation.label);
      return {
        ...(extra?.unknown ?? {}),
        id: annotation.id || `${id}-${a + 1}`,
        label: annotation.label,
        start: units.fromUtf16(annotation.start, 'code-point'),
        end: units.fromUtf16(annotation.end, 'code-point'),
        start_utf16: annotation.start,
        end_utf16: annotation.end,
        text: doc.text.slice(annotation.start, annotation.end),
        created_at: extra?.createdAt ?? exportedAt,
        updated_at: extra?.updatedAt ?? exportedAt,
        annotator: annotation.annotator ?? null,
      };
    });
    return {
      ...(meta?.unknown ?? {}),
      id,
      title: doc.title,
      text: doc.text,
      sha256: sha256Hex(doc.text),
      source: doc.source ?? null,
      byline: doc.byline ?? null,
      url: doc.url ?? null,
      published_at: doc.publishedAt ?? null,
      lang: doc.lang ?? null,
      imported_at: meta?.importedAt ?? exportedAt,
      annotations,
    };
  });
  if (foreign.size > 0) {
    warnings.push(
      `labels ${[...foreign].join(', ')} are not Spanlight labels (${[...known].join(', ')}): the file will not validate against the schema until they are mapped`,
    );
  }
  const dataset = {
    format: 'spanlight.dataset',
    version: 1,
    exported_at: exportedAt,
    labels,
    documents: out,
  };
  return { content: `${JSON.stringify(dataset, null, options.indent ?? 2)}\n`, warnings };
}

function spanlightMetaOf(doc: FormatDocument): SpanlightMeta | undefined {
  const meta = doc.meta?.spanlight;
  return isObject(meta) && typeof meta.exportedAt === 'string'
    ? (meta as unknown as SpanlightMeta)
    : undefined;
}
