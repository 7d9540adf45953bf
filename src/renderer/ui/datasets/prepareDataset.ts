import { detectFormat, type FormatId, formatByName } from '../../../core/formats';
import type { FormatDocument, FormatFile, ImportOutcome } from '../../../core/formats/types';
import type { LabelMapping } from './labelMapping';

export interface DatasetPreview {
  formatId: FormatId | null;
  outcome: ImportOutcome | null;
}

/**
 * Reads dataset files in a format (detected unless given). Formats whose files carry no texts (CSV of spans,
 * W3C) anchor their spans on the library's documents, matched by id or URL.
 */
export function readDataset(
  files: readonly FormatFile[],
  library: ReadonlyArray<Pick<FormatDocument, 'id' | 'title' | 'text' | 'url'>>,
  formatId?: FormatId,
  fields: { textField?: string; labelField?: string } = {},
): DatasetPreview {
  const format = formatId ? formatByName(formatId) : detectFormat(files);
  if (!format) return { formatId: null, outcome: null };
  const options = {
    documents: library,
    ...(fields.textField?.trim() ? { textField: fields.textField.trim() } : {}),
    ...(fields.labelField?.trim() ? { labelField: fields.labelField.trim() } : {}),
  };
  return { formatId: format.id, outcome: format.importFiles(files, options) };
}

/** The documents to write: labels mapped, skipped labels dropped, annotators filled in. */
export function applyMapping(
  documents: readonly FormatDocument[],
  mapping: LabelMapping,
  annotator: string,
): { documents: FormatDocument[]; dropped: number } {
  let dropped = 0;
  const mapped = documents.map((doc) => ({
    ...doc,
    annotations: doc.annotations.flatMap((annotation) => {
      const label = mapping[annotation.label];
      if (!label) {
        dropped++;
        return [];
      }
      return [{ ...annotation, label, annotator: annotation.annotator ?? (annotator.trim() || undefined) }];
    }),
  }));
  return { documents: mapped, dropped };
}
