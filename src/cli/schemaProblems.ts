import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schema from '../../resources/spanlight-dataset.schema.json';
import { jsonPointerLines } from './jsonPointerLines';

let validator: ValidateFunction | undefined;

/**
 * Every way a Spanlight JSON text departs from resources/spanlight-dataset.schema.json, one sentence each, with
 * the line where the offending value starts and its JSON Pointer. [] when it conforms, and when it is not JSON at
 * all (the importer names the line of the syntax error).
 */
export function schemaProblems(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return [];
  }
  if (!validator) {
    const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  const valid = validator(value);
  const undeclared = undeclaredLabels(value);
  if (valid && undeclared.length === 0) return [];
  const lines = jsonPointerLines(text);
  return [
    ...(validator.errors ?? []).map((error) => errorSentence(error, lines)),
    ...undeclared.map(({ pointer, keys }) => {
      const line = lines.get(pointer);
      const allowed = keys.map((key) => JSON.stringify(key)).join(', ');
      return `${line === undefined ? '' : `line ${line}, `}${pointer}: must be one of the keys of "labels": ${allowed}`;
    }),
  ];
}

/**
 * Annotations whose label the file's "labels" table does not declare: a rule JSON Schema cannot state (a label is
 * any key of [a-z0-9_] since projects, but it must be one of that file's labels).
 */
function undeclaredLabels(value: unknown): Array<{ pointer: string; keys: string[] }> {
  const top = value as { labels?: unknown; documents?: unknown };
  if (!Array.isArray(top?.labels) || !Array.isArray(top.documents)) return [];
  const keys = top.labels
    .map((label) => (label as { key?: unknown } | null)?.key)
    .filter((key): key is string => typeof key === 'string');
  const found: Array<{ pointer: string; keys: string[] }> = [];
  for (const [d, doc] of top.documents.entries()) {
    const annotations = (doc as { annotations?: unknown } | null)?.annotations;
    if (!Array.isArray(annotations)) continue;
    for (const [a, annotation] of annotations.entries()) {
      const label = (annotation as { label?: unknown } | null)?.label;
      if (typeof label === 'string' && !keys.includes(label))
        found.push({ pointer: `/documents/${d}/annotations/${a}/label`, keys });
    }
  }
  return found;
}

function errorSentence(error: ErrorObject, lines: Map<string, number>): string {
  const at = error.instancePath || '/';
  const line = lines.get(error.instancePath);
  const params = error.params as Record<string, unknown>;
  let detail = error.message ?? 'is not valid';
  if (params.additionalProperty !== undefined)
    detail = `has a field the schema does not define: "${params.additionalProperty}"`;
  else if (params.missingProperty !== undefined) detail = `has no "${params.missingProperty}"`;
  else if (error.keyword === 'enum' && Array.isArray(params.allowedValues))
    detail = `must be one of ${params.allowedValues.map((item) => JSON.stringify(item)).join(', ')}`;
  return `${line === undefined ? '' : `line ${line}, `}${at}: ${detail}`;
}
