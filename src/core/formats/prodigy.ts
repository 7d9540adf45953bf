/**
 * Prodigy JSONL (db-out of ner.manual and friends): one task per line, {"text", "spans": [{start, end, label,
 * token_start?, token_end?}], "tokens"?: [{text, start, end, id, ws?}], "answer"?, "meta"?, "_input_hash", …}.
 * Offsets are Python str indices: Unicode CODE POINTS, end exclusive; token_end is INCLUSIVE.
 *
 * Import: spans become annotations (a span's own "text", when present, is checked); Prodigy's meta.title, source,
 * url, published_at, lang, byline and status (Spanlight's document status) become the document's; everything else
 * (hashes, answer, view id, tokens, other meta keys, extra span keys such as "source" or "input_hash") is kept in
 * meta.prodigy / extra.prodigy so export writes the same task back. `_annotator_id` (Prodigy ≥ 1.11) is the spans' annotator.
 *
 * Export: one line per document, or per document and annotator when several annotated it (Prodigy's layout).
 * token_start/token_end are written when tokens are known: the task's own tokens when the import kept them and
 * they still slice the text, else the CoNLL tokenizer's when `tokens: true` (then "tokens" is written too). A span
 * not aligned to the tokens gets no token indices, with a warning.
 */
import { isDocumentStatus } from '../documentStatus';
import { documentName, withWritableAnnotations } from './exporting';
import { failure, ImportCollector, resolveSpan, textContext } from './importing';
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
import { createUnitIndex } from './offsetUnits';
import { exportTextMap } from './storedText';
import { tokenize } from './tokenize';
import type { FormatAnnotation, FormatDocument, ImportOutcome, TextExport } from './types';

export interface ProdigyExportOptions {
  /** Write "tokens" (CoNLL tokenizer) and token_start/token_end for documents that have no Prodigy tokens. */
  tokens?: boolean;
}

/** meta.prodigy: the task without text, spans and the fields mapped to the document. */
export interface ProdigyMeta {
  rest: JsonObject;
  hadSpans: boolean;
}

const META_FIELDS: ReadonlyArray<
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
const SPAN_KEYS = ['start', 'end', 'label', 'token_start', 'token_end', 'text'];

interface ProdigyToken {
  start: number;
  end: number;
}

export function importProdigy(content: string): ImportOutcome {
  const read = readJsonRecords(content);
  if (!read.ok) return failure(read.reason);
  if (read.records.length === 0) return failure('it has no records');
  const collector = new ImportCollector();
  if (read.prettyPrinted)
    collector.warnings.push('the file is one pretty-printed JSON value, not JSON Lines: read anyway');
  const documents: FormatDocument[] = [];
  for (const { where, value } of read.records) {
    if (!isObject(value)) return failure(`${where}: ${describeJson(value)}, not a JSON object`);
    if (typeof value.text !== 'string') {
      return failure(
        value.text === undefined
          ? `${where}: no "text"`
          : `${where}: "text" is ${describeJson(value.text)}, not a string`,
      );
    }
    if (value.spans !== undefined && !Array.isArray(value.spans)) {
      return failure(`${where}: "spans" is ${describeJson(value.spans)}, not an array`);
    }
    if (value.meta !== undefined && !isObject(value.meta)) {
      return failure(`${where}: "meta" is ${describeJson(value.meta)}, not an object`);
    }
    const context = textContext(value.text);
    const annotator =
      typeof value._annotator_id === 'string' && value._annotator_id !== '' ? value._annotator_id : undefined;
    const annotations: FormatAnnotation[] = [];
    for (const [i, span] of ((value.spans as unknown[] | undefined) ?? []).entries()) {
      const at = `${where}, span ${i + 1}`;
      if (!isObject(span)) return failure(`${at}: ${describeJson(span)}, not an object`);
      if (!isNonNegativeInteger(span.start) || !isNonNegativeInteger(span.end)) {
        return failure(
          `${at}: start and end must be whole numbers ≥ 0 (found ${describeJson(span.start)} and ${describeJson(span.end)})`,
        );
      }
      if (typeof span.label !== 'string' || span.label === '') {
        // Prodigy's span-less highlights (e.g. patterns without a label) cannot be Spanlight annotations.
        collector.warnings.push(`${at}: no label; not imported`);
        continue;
      }
      if (span.text !== undefined && typeof span.text !== 'string') {
        return failure(`${at}: "text" is ${describeJson(span.text)}, not a string`);
      }
      const resolved = resolveSpan(
        context,
        span.start,
        span.end,
        'code-point',
        span.text as string | undefined,
      );
      if (!resolved.ok) {
        if (resolved.fatal) return failure(`${at}: ${resolved.reason}`);
        collector.warnings.push(`${at}: ${resolved.reason}; not imported`);
        continue;
      }
      const annotation: FormatAnnotation = {
        start: resolved.start,
        end: resolved.end,
        label: span.label,
        text: resolved.text,
      };
      const rest = omitKeys(span, SPAN_KEYS);
      annotation.extra = {
        prodigy: {
          rest: jsonClone(rest),
          hadText: typeof span.text === 'string',
          hadTokens: span.token_start !== undefined,
        },
      };
      if (annotator !== undefined) annotation.annotator = annotator;
      collector.annotation(annotation, annotations);
    }
    const meta = isObject(value.meta) ? value.meta : undefined;
    const doc: FormatDocument = { title: '', text: context.map.stored, annotations };
    const restMeta = meta ? { ...meta } : undefined;
    for (const [key, field] of META_FIELDS) {
      const given = meta?.[key];
      if (typeof given === 'string' && given !== '' && (field !== 'status' || isDocumentStatus(given))) {
        (doc as unknown as Record<string, unknown>)[field] = given;
        delete (restMeta as JsonObject)[key];
      }
    }
    if (meta && (typeof meta.id === 'string' || typeof meta.id === 'number')) doc.id = String(meta.id);
    const rest = omitKeys(value, ['text', 'spans', 'meta']);
    if (restMeta !== undefined) rest.meta = restMeta;
    doc.meta = {
      prodigy: { rest: jsonClone(rest), hadSpans: value.spans !== undefined } satisfies ProdigyMeta,
    };
    collector.normalized(doc, context);
    documents.push(doc);
  }
  return collector.success(documents, { offsetUnit: 'code-point' });
}

export function exportProdigy(
  documents: readonly FormatDocument[],
  options: ProdigyExportOptions = {},
): TextExport {
  const warnings: string[] = [];
  const records: JsonObject[] = [];
  for (const [index, original] of documents.entries()) {
    const doc = withWritableAnnotations(original, index, warnings);
    const name = documentName(doc, index);
    const meta = prodigyMetaOf(doc);
    const map = exportTextMap(doc);
    const units = createUnitIndex(map.raw);
    const cp = (rawUtf16: number) => units.fromUtf16(rawUtf16, 'code-point');
    const base: JsonObject = meta ? jsonClone(meta.rest) : {};
    base.text = map.raw;
    const taskMeta: JsonObject = isObject(base.meta) ? base.meta : {};
    for (const [key, field] of META_FIELDS) {
      const value = doc[field];
      if (value !== undefined && value !== '') taskMeta[key] = value;
    }
    if (doc.id !== undefined && !(taskMeta.id !== undefined && String(taskMeta.id) === doc.id))
      taskMeta.id = doc.id;
    if (Object.keys(taskMeta).length > 0) base.meta = taskMeta;

    // Tokens in code points of the written text.
    let tokens: ProdigyToken[] | null = keptTokens(base.tokens, map.raw, units);
    if (tokens === null && options.tokens) {
      const generated = tokenize(map.raw);
      base.tokens = generated.map((token, id) => ({
        text: token.text,
        start: cp(token.start),
        end: cp(token.end),
        id,
        ws: /^\s/u.test(map.raw.slice(token.end, token.end + 1)),
      }));
      tokens = (base.tokens as JsonObject[]).map((token) => ({
        start: token.start as number,
        end: token.end as number,
      }));
    } else if (tokens === null && base.tokens !== undefined) {
      warnings.push(
        `${name}: its Prodigy tokens no longer slice the text; written as they were, spans without token indices`,
      );
    }
    // Token index by start and by end offset (the first token starting / last token ending there).
    const tokenStarts = new Map<number, number>();
    const tokenEnds = new Map<number, number>();
    for (const [i, token] of (tokens ?? []).entries()) {
      if (!tokenStarts.has(token.start)) tokenStarts.set(token.start, i);
      tokenEnds.set(token.end, i);
    }
    const spanOf = (annotation: FormatAnnotation): JsonObject => {
      const extra = annotation.extra?.prodigy as
        | { rest?: JsonObject; hadText?: boolean; hadTokens?: boolean }
        | undefined;
      const start = cp(map.toRawStart(annotation.start));
      const end = cp(map.toRawEnd(annotation.end));
      const span: JsonObject = {
        ...(extra?.rest ? jsonClone(extra.rest) : {}),
        start,
        end,
        label: annotation.label,
      };
      if (extra?.hadText)
        span.text = map.raw.slice(map.toRawStart(annotation.start), map.toRawEnd(annotation.end));
      if (tokens !== null && (extra?.hadTokens ?? true)) {
        const first = tokenStarts.get(start) ?? -1;
        const last = tokenEnds.get(end) ?? -1;
        if (first !== -1 && last >= first) {
          span.token_start = first;
          span.token_end = last;
        } else {
          warnings.push(
            `${name}: span ${JSON.stringify(annotation.text)} (${annotation.label}) is not aligned to the tokens; written without token_start/token_end`,
          );
        }
      }
      return span;
    };
    // One task per annotator, as Prodigy stores them.
    const byAnnotator = new Map<string | undefined, FormatAnnotation[]>();
    for (const annotation of doc.annotations) {
      byAnnotator.set(annotation.annotator, [...(byAnnotator.get(annotation.annotator) ?? []), annotation]);
    }
    if (byAnnotator.size === 0) byAnnotator.set(undefined, []);
    for (const [annotator, annotations] of byAnnotator) {
      const record = jsonClone(base);
      if (annotations.length > 0 || meta?.hadSpans !== false) record.spans = annotations.map(spanOf);
      if (annotator !== undefined) {
        record._annotator_id = annotator;
        if (byAnnotator.size > 1 && typeof record._session_id !== 'string') record._session_id = annotator;
      }
      records.push(record);
    }
    if (byAnnotator.size > 1)
      warnings.push(`${name}: written as ${byAnnotator.size} tasks, one per annotator`);
  }
  return { content: toJsonLines(records), warnings };
}

/** A task's tokens when every one slices the text (code points), else null. */
function keptTokens(
  value: unknown,
  text: string,
  units: ReturnType<typeof createUnitIndex>,
): ProdigyToken[] | null {
  if (!Array.isArray(value)) return null;
  const tokens: ProdigyToken[] = [];
  for (const token of value) {
    if (!isObject(token) || !isNonNegativeInteger(token.start) || !isNonNegativeInteger(token.end))
      return null;
    const start = units.toUtf16(token.start, 'code-point');
    const end = units.toUtf16(token.end, 'code-point');
    if (start === null || end === null || start > end) return null;
    if (typeof token.text === 'string' && token.text !== text.slice(start, end)) return null;
    tokens.push({ start: token.start, end: token.end });
  }
  return tokens;
}

function prodigyMetaOf(doc: FormatDocument): ProdigyMeta | undefined {
  const meta = doc.meta?.prodigy;
  return isObject(meta) && isObject(meta.rest) ? (meta as unknown as ProdigyMeta) : undefined;
}
