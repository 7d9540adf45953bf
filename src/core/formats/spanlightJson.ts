/**
 * Spanlight JSON ("spanlight.dataset", version 1; schema resources/spanlight-dataset.schema.json). The text is the
 * stored text already, so nothing is normalized: start/end are code points and start_utf16/end_utf16 UTF-16 code
 * units of that very text, and both must slice the annotation's `text`.
 *
 * Import: the checks live in spanlightDocumentReader.ts (shared with the streamed import of large files,
 * spanlightJsonStreamReader.ts). Export: the one writer, spanlightJsonWriter.ts.
 */
import { failure } from './importing';
import { describeJson, isObject, parseJson } from './json';
import { SpanlightDocumentReader, spanlightHeaderProblem } from './spanlightDocumentReader';
import { type SpanlightJsonOptions, spanlightJsonChunks } from './spanlightJsonWriter';
import type { FormatDocument, ImportOutcome, TextExport } from './types';

export type { SpanlightExtra, SpanlightMeta } from './spanlightRecord';

export function importSpanlightJson(content: string): ImportOutcome {
  const parsed = parseJson(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  if (!parsed.ok) return failure(parsed.reason);
  const top = parsed.value;
  if (!isObject(top)) return failure(`the file is ${describeJson(top)}, not a Spanlight dataset object`);
  // The header first, so a file that is not a dataset is named as such before its documents are looked at.
  const { documents, ...fields } = top;
  const problem = spanlightHeaderProblem(fields);
  if (problem) return failure(problem);
  if (!Array.isArray(documents)) return failure(`"documents" is ${describeJson(documents)}, not an array`);
  const reader = new SpanlightDocumentReader();
  for (const [d, value] of documents.entries()) {
    const refused = reader.read(value, d);
    if (refused) return failure(refused);
  }
  return reader.finish(fields);
}

export type SpanlightExportOptions = Pick<
  SpanlightJsonOptions,
  'exportedAt' | 'indent' | 'actors' | 'places' | 'labels' | 'project'
>;

/** The whole file as one string (the command line, "Export…" of a few documents); see spanlightJsonWriter.ts. */
export function exportSpanlightJson(
  documents: readonly FormatDocument[],
  options: SpanlightExportOptions = {},
): TextExport {
  const warnings: string[] = [];
  const content = [...spanlightJsonChunks(documents, options, warnings)].join('');
  return { content, warnings };
}
