import { detectFormat, type FormatId, formatByName } from '../../../core/formats';
import type { FormatDocument, FormatFile, ImportOutcome } from '../../../core/formats/types';
import type { LabelDefinition } from '../../../core/labels';
import { keyForName, LABEL_KEY_PATTERN, labelsToAdd } from '../../../core/projects/labelSchema';
import { type LabelMapping, NEW_LABEL } from './labelMapping';

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

/**
 * The documents to write: labels mapped, skipped labels dropped, annotators filled in; and the labels the import
 * adds to the project (those mapped to NEW_LABEL), defined by the file's label table where it has one (a Spanlight
 * JSON file: name, colour, key, description), else named as in the file with the next free key and colour.
 */
export function applyMapping(
  documents: readonly FormatDocument[],
  mapping: LabelMapping,
  annotator: string,
  schema: readonly LabelDefinition[] = [],
): { documents: FormatDocument[]; dropped: number; newLabels: LabelDefinition[] } {
  let dropped = 0;
  // Each file label mapped to a new label gets a key: its own when it is a free valid key, else one from its name.
  const keys = new Set(schema.map((label) => label.key));
  const newKeys = new Map<string, string>();
  const table: unknown[] = [
    ...(((documents[0]?.meta?.spanlight as { labels?: unknown[] } | undefined)?.labels ?? []) as unknown[]),
  ];
  for (const [fileLabel, target] of Object.entries(mapping)) {
    if (target !== NEW_LABEL) continue;
    const key =
      LABEL_KEY_PATTERN.test(fileLabel) && !keys.has(fileLabel) ? fileLabel : keyForName(fileLabel, keys);
    keys.add(key);
    newKeys.set(fileLabel, key);
    if (key !== fileLabel) table.push({ key, name: fileLabel });
  }
  const mapped = documents.map((doc) => ({
    ...doc,
    annotations: doc.annotations.flatMap((annotation) => {
      const chosen = mapping[annotation.label];
      const label = chosen === NEW_LABEL ? newKeys.get(annotation.label) : chosen;
      if (!label) {
        dropped++;
        return [];
      }
      return [{ ...annotation, label, annotator: annotation.annotator ?? (annotator.trim() || undefined) }];
    }),
  }));
  return { documents: mapped, dropped, newLabels: labelsToAdd(schema, newKeys.values(), table) };
}
