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
  if (validator(value)) return [];
  const lines = jsonPointerLines(text);
  return (validator.errors ?? []).map((error) => errorSentence(error, lines));
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
