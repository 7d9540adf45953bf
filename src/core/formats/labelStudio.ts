/**
 * Label Studio JSON: an array of tasks (a single task object is read too). A task has `data.text` and
 * `annotations[]` (and `predictions[]`, legacy `completions[]`), each with `result[]`; a span is a result of type
 * "labels" with value {start, end, text, labels: [...]}.
 *
 * Offsets: Unicode CODE POINTS since label-studio-frontend PR #308 (2022); older exports counted JavaScript UTF-16
 * units. Every span carries its text (value.text), so the unit is checked: when a file's spans only match as UTF-16
 * units, that unit is used and a warning says so; a span that matches in neither unit is listed and not imported.
 *
 * Round trip: everything Spanlight does not model is kept in meta.labelstudio (task id, other data fields, the
 * annotation and prediction objects with their ids, authors and timestamps, results of other types such as
 * relations or choices, and each span result's own keys); each span remembers its result (extra.labelstudio), so
 * export writes the same task back. A result with several labels becomes one annotation per label and is written
 * back as one result. Annotator: `completed_by` (e-mail or user id) of an annotation, "prediction (model version)"
 * of a prediction. New annotations go to a new annotation object per annotator (Label Studio user ids are not
 * known here, so no completed_by is written).
 */
import { documentName, withWritableAnnotations } from './exporting';
import { failure, ImportCollector, resolveSpan, textContext } from './importing';
import { describeJson, isNonNegativeInteger, isObject, type JsonObject, jsonClone, parseJson } from './json';
import { createUnitIndex, detectOffsetUnit } from './offsetUnits';
import { exportTextMap } from './storedText';
import type { FormatAnnotation, FormatDocument, ImportOutcome, OffsetUnit, TextExport } from './types';

export interface LabelStudioImportOptions {
  /** Key of the text in `data`; default "text" (or the one named by the results' "$source"). */
  textField?: string;
  /** Read offsets in this unit instead of checking them against the span texts. */
  offsetUnit?: OffsetUnit;
}

export interface LabelStudioExportOptions {
  /** Names written in new results: the Labels tag (default "label") and the Text tag (default "text"). */
  fromName?: string;
  toName?: string;
}

const GROUPS = ['annotations', 'completions', 'predictions'] as const;
type GroupKind = (typeof GROUPS)[number];

/** meta.labelstudio */
export interface LabelStudioMeta {
  /** The task without data[textField] and without the span values (start, end, text, labels). */
  task: JsonObject;
  textField: string;
  /** The file was a single task object, not an array. */
  single: boolean;
}

interface LabelStudioExtra {
  group: GroupKind;
  index: number;
  result: number;
  labelIndex: number;
}

const DATA_FIELDS: ReadonlyArray<[string, 'title' | 'source' | 'url' | 'publishedAt' | 'lang' | 'byline']> = [
  ['title', 'title'],
  ['source', 'source'],
  ['url', 'url'],
  ['published_at', 'publishedAt'],
  ['lang', 'lang'],
  ['byline', 'byline'],
];
const SPAN_VALUE_KEYS = ['start', 'end', 'text', 'labels'];

interface PendingSpan {
  where: string;
  start: number;
  end: number;
  text?: string;
  labels: string[];
  id?: string;
  annotator?: string;
  extra: Omit<LabelStudioExtra, 'labelIndex'>;
}

export function importLabelStudio(content: string, options: LabelStudioImportOptions = {}): ImportOutcome {
  const parsed = parseJson(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  if (!parsed.ok) return failure(parsed.reason);
  const single = isObject(parsed.value);
  const tasks = single ? [parsed.value] : parsed.value;
  if (!Array.isArray(tasks))
    return failure(`the file is ${describeJson(parsed.value)}, not an array of tasks`);
  const collector = new ImportCollector();
  const pending: Array<{ task: JsonObject; text: string; textField: string; spans: PendingSpan[] }> = [];
  for (const [t, task] of tasks.entries()) {
    const where = `task ${t + 1}`;
    if (!isObject(task)) return failure(`${where}: ${describeJson(task)}, not an object`);
    if (!isObject(task.data)) return failure(`${where}: "data" is ${describeJson(task.data)}, not an object`);
    const textField = options.textField ?? sourceField(task) ?? 'text';
    const text = task.data[textField];
    if (typeof text !== 'string') {
      return failure(
        text === undefined
          ? `${where}: data has no "${textField}" (its keys: ${Object.keys(task.data).join(', ') || 'none'}; another name can be given as textField)`
          : `${where}: data.${textField} is ${describeJson(text)}, not a string`,
      );
    }
    const spans: PendingSpan[] = [];
    for (const group of GROUPS) {
      const items = task[group];
      if (items === undefined) continue;
      if (!Array.isArray(items))
        return failure(`${where}: "${group}" is ${describeJson(items)}, not an array`);
      for (const [i, item] of items.entries()) {
        const at = `${where}, ${group.slice(0, -1)} ${i + 1}`;
        if (!isObject(item)) return failure(`${at}: ${describeJson(item)}, not an object`);
        if (item.result === undefined) continue;
        if (!Array.isArray(item.result))
          return failure(`${at}: "result" is ${describeJson(item.result)}, not an array`);
        const annotator = group === 'predictions' ? predictionName(item) : authorName(item.completed_by);
        for (const [r, result] of item.result.entries()) {
          const resultAt = `${at}, result ${r + 1}`;
          if (!isObject(result)) return failure(`${resultAt}: ${describeJson(result)}, not an object`);
          if (result.type !== 'labels') {
            collector.unsupported.push(
              `${resultAt}: a result of type ${JSON.stringify(result.type)}, kept for export`,
            );
            continue;
          }
          const value = result.value;
          if (!isObject(value))
            return failure(`${resultAt}: "value" is ${describeJson(value)}, not an object`);
          if (!isNonNegativeInteger(value.start) || !isNonNegativeInteger(value.end)) {
            return failure(
              `${resultAt}: value.start and value.end must be whole numbers ≥ 0 (found ${describeJson(value.start)} and ${describeJson(value.end)})`,
            );
          }
          if (
            !Array.isArray(value.labels) ||
            value.labels.length === 0 ||
            !value.labels.every((l) => typeof l === 'string')
          ) {
            return failure(
              `${resultAt}: value.labels is ${describeJson(value.labels)}, not a non-empty array of strings`,
            );
          }
          if (value.text !== undefined && typeof value.text !== 'string') {
            return failure(`${resultAt}: value.text is ${describeJson(value.text)}, not a string`);
          }
          const span: PendingSpan = {
            where: resultAt,
            start: value.start,
            end: value.end,
            labels: value.labels as string[],
            extra: { group, index: i, result: r },
          };
          if (typeof value.text === 'string') span.text = value.text;
          if (typeof result.id === 'string' || typeof result.id === 'number') span.id = String(result.id);
          if (annotator !== undefined) span.annotator = annotator;
          spans.push(span);
        }
      }
    }
    pending.push({ task, text, textField, spans });
  }

  let unit: OffsetUnit = options.offsetUnit ?? 'code-point';
  if (!options.offsetUnit) {
    const detected = detectOffsetUnit(pending, ['code-point', 'utf16']);
    unit = detected.unit;
    if (unit === 'utf16') {
      collector.warnings.push(
        `offsets read as UTF-16 code units (Label Studio before 2022): the span texts match ${detected.scores.utf16} times that way and ${detected.scores['code-point']} times as code points`,
      );
    }
  }

  const documents: FormatDocument[] = [];
  for (const { task, text, textField, spans } of pending) {
    const context = textContext(text);
    const annotations: FormatAnnotation[] = [];
    for (const span of spans) {
      const resolved = resolveSpan(context, span.start, span.end, unit, span.text);
      if (!resolved.ok) {
        if (resolved.fatal) return failure(`${span.where}: ${resolved.reason}`);
        collector.warnings.push(`${span.where}: ${resolved.reason}; not imported`);
        continue;
      }
      for (const [k, label] of span.labels.entries()) {
        const annotation: FormatAnnotation = {
          start: resolved.start,
          end: resolved.end,
          label,
          text: resolved.text,
          extra: { labelstudio: { ...span.extra, labelIndex: k } satisfies LabelStudioExtra },
        };
        if (span.id !== undefined) annotation.id = k === 0 ? span.id : `${span.id}#${k + 1}`;
        if (span.annotator !== undefined) annotation.annotator = span.annotator;
        collector.annotation(annotation, annotations);
      }
    }
    const data = task.data as JsonObject;
    const skeleton = jsonClone(task);
    const skeletonData = skeleton.data as JsonObject;
    delete skeletonData[textField];
    const doc: FormatDocument = { title: '', text: context.map.stored, annotations };
    for (const [key, field] of DATA_FIELDS) {
      if (typeof data[key] === 'string' && data[key] !== '') {
        doc[field] = data[key] as string;
        delete skeletonData[key];
      }
    }
    if (typeof data.document_id === 'string') {
      doc.id = data.document_id;
      delete skeletonData.document_id;
    } else if (typeof task.id === 'string' || typeof task.id === 'number') doc.id = String(task.id);
    for (const group of GROUPS) {
      const items = skeleton[group];
      if (!Array.isArray(items)) continue;
      for (const item of items) {
        if (!isObject(item) || !Array.isArray(item.result)) continue;
        for (const result of item.result) {
          if (isObject(result) && result.type === 'labels' && isObject(result.value)) {
            for (const key of SPAN_VALUE_KEYS) delete result.value[key];
          }
        }
      }
    }
    const meta: LabelStudioMeta = { task: skeleton, textField, single };
    doc.meta = { labelstudio: meta };
    collector.normalized(doc, context);
    documents.push(doc);
  }
  return collector.success(documents, { offsetUnit: unit });
}

/** The data field named by the results' "source": "$text" (older exports), if any. */
function sourceField(task: JsonObject): string | undefined {
  for (const group of GROUPS) {
    const items = task[group];
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      if (!isObject(item) || !Array.isArray(item.result)) continue;
      for (const result of item.result) {
        if (isObject(result) && typeof result.source === 'string' && result.source.startsWith('$')) {
          return result.source.slice(1);
        }
      }
    }
  }
  return undefined;
}

function authorName(completedBy: unknown): string | undefined {
  if (typeof completedBy === 'string' && completedBy !== '') return completedBy;
  if (typeof completedBy === 'number') return `user ${completedBy}`;
  if (isObject(completedBy)) {
    if (typeof completedBy.email === 'string') return completedBy.email;
    if (typeof completedBy.id === 'number' || typeof completedBy.id === 'string')
      return `user ${completedBy.id}`;
  }
  return undefined;
}

function predictionName(item: JsonObject): string {
  return typeof item.model_version === 'string' && item.model_version !== ''
    ? `prediction (${item.model_version})`
    : 'prediction';
}

export function exportLabelStudio(
  documents: readonly FormatDocument[],
  options: LabelStudioExportOptions = {},
): TextExport {
  const warnings: string[] = [];
  const tasks = documents.map((original, index) => {
    const doc = withWritableAnnotations(original, index, warnings);
    const meta = labelStudioMetaOf(doc);
    const map = exportTextMap(doc);
    const units = createUnitIndex(map.raw);
    const spanValue = (annotation: FormatAnnotation) => {
      const rawStart = map.toRawStart(annotation.start);
      const rawEnd = map.toRawEnd(annotation.end);
      return {
        start: units.fromUtf16(rawStart, 'code-point'),
        end: units.fromUtf16(rawEnd, 'code-point'),
        text: map.raw.slice(rawStart, rawEnd),
      };
    };
    const task: JsonObject = meta ? jsonClone(meta.task) : {};
    const data: JsonObject = isObject(task.data) ? task.data : {};
    task.data = data;
    data[meta?.textField ?? 'text'] = map.raw;
    for (const [key, field] of DATA_FIELDS) {
      const value = doc[field];
      if (value !== undefined && value !== '') data[key] = value;
    }
    if (doc.id !== undefined && !(task.id !== undefined && String(task.id) === doc.id))
      data.document_id = doc.id;

    // Spans that belong to a kept result, by group/index/result.
    const byResult = new Map<string, FormatAnnotation[]>();
    const fresh: FormatAnnotation[] = [];
    for (const annotation of doc.annotations) {
      const extra = labelStudioExtraOf(annotation);
      const kept = extra && keptResult(task, extra);
      if (extra && kept) {
        const key = `${extra.group}/${extra.index}/${extra.result}`;
        byResult.set(key, [...(byResult.get(key) ?? []), annotation]);
      } else fresh.push(annotation);
    }
    for (const group of GROUPS) {
      const items = task[group];
      if (!Array.isArray(items)) continue;
      for (const [i, item] of items.entries()) {
        if (!isObject(item) || !Array.isArray(item.result)) continue;
        const results: unknown[] = [];
        for (const [r, result] of item.result.entries()) {
          if (!(isObject(result) && result.type === 'labels' && isObject(result.value))) {
            results.push(result);
            continue;
          }
          const members = (byResult.get(`${group}/${i}/${r}`) ?? []).sort(
            (a, b) => (labelStudioExtraOf(a)?.labelIndex ?? 0) - (labelStudioExtraOf(b)?.labelIndex ?? 0),
          );
          if (members.length === 0) continue;
          const first = members[0] as FormatAnnotation;
          const sameRange = members.filter((m) => m.start === first.start && m.end === first.end);
          for (const other of members.filter((m) => !sameRange.includes(m))) fresh.push(other);
          results.push({
            ...result,
            value: { ...result.value, ...spanValue(first), labels: sameRange.map((m) => m.label) },
          });
        }
        item.result = results;
      }
    }
    if (fresh.length > 0) {
      const annotations = Array.isArray(task.annotations) ? task.annotations : [];
      task.annotations = annotations;
      const byAnnotator = new Map<string, FormatAnnotation[]>();
      for (const annotation of fresh) {
        const key = annotation.annotator ?? '';
        byAnnotator.set(key, [...(byAnnotator.get(key) ?? []), annotation]);
      }
      let n = 0;
      for (const members of byAnnotator.values()) {
        annotations.push({
          result: members.map((annotation) => ({
            id: annotation.id ?? `spanlight-${++n}`,
            from_name: options.fromName ?? 'label',
            to_name: options.toName ?? 'text',
            type: 'labels',
            value: { ...spanValue(annotation), labels: [annotation.label] },
          })),
        });
      }
      if (byAnnotator.size > 1 || [...byAnnotator.keys()].some((key) => key !== '')) {
        warnings.push(
          `${documentName(doc, index)}: annotators are not written (Label Studio identifies them by user id)`,
        );
      }
    }
    return task;
  });
  const single = documents.length === 1 && labelStudioMetaOf(documents[0] as FormatDocument)?.single === true;
  return { content: `${JSON.stringify(single ? tasks[0] : tasks, null, 2)}\n`, warnings };
}

function keptResult(task: JsonObject, extra: LabelStudioExtra): boolean {
  const items = task[extra.group];
  if (!Array.isArray(items)) return false;
  const item = items[extra.index];
  if (!isObject(item) || !Array.isArray(item.result)) return false;
  const result = item.result[extra.result];
  return isObject(result) && result.type === 'labels';
}

function labelStudioMetaOf(doc: FormatDocument): LabelStudioMeta | undefined {
  const meta = doc.meta?.labelstudio;
  return isObject(meta) && isObject(meta.task) ? (meta as unknown as LabelStudioMeta) : undefined;
}

function labelStudioExtraOf(annotation: FormatAnnotation): LabelStudioExtra | undefined {
  const extra = annotation.extra?.labelstudio;
  return isObject(extra) && typeof extra.group === 'string'
    ? (extra as unknown as LabelStudioExtra)
    : undefined;
}
