/**
 * The registry of dataset formats, so the interface and the command line can list them, guess one from a file and
 * call it the same way: importFiles(files, options) → ImportOutcome, exportDocuments(documents, options) →
 * ExportOutcome (files + warnings). Single-file formats import several files one after the other (a folder of
 * .jsonl files) and export one file; brat reads and writes a set of .txt/.ann pairs plus annotation.conf.
 *
 * `lossless` means: for documents in stored form, import(export(documents)) gives back every document's text and
 * every annotation's start, end and label (plus whatever else the format has a place for). CoNLL (text rebuilt from
 * tokens), W3C and CSV (no document texts in the file) are not lossless.
 */
import type { Actor } from '../coding/actor';
import type { Place } from '../coding/place';
import { exportBrat, importBrat } from './brat';
import { exportConll, importConll } from './conll';
import { exportCsvSpans, importCsvSpans } from './csvSpans';
import { exportDoccano, importDoccano } from './doccano';
import { isObject, parseJson } from './json';
import { exportLabelStudio, importLabelStudio } from './labelStudio';
import { exportProdigy, importProdigy } from './prodigy';
import { exportSpanlightJson, importSpanlightJson } from './spanlightJson';
import type {
  ExportOutcome,
  FormatDocument,
  FormatFile,
  ImportOutcome,
  OffsetUnit,
  TextExport,
} from './types';
import { exportW3c, importW3c } from './w3c';

export type FormatId =
  | 'spanlight-json'
  | 'doccano-jsonl'
  | 'label-studio'
  | 'prodigy-jsonl'
  | 'brat'
  | 'conll'
  | 'w3c'
  | 'csv-spans';

/** Every format's import options in one bag; a format reads the ones it knows. */
export interface ImportOptions {
  /** doccano, Label Studio, brat: read offsets in this unit instead of checking/judging it. */
  offsetUnit?: OffsetUnit;
  /** doccano, Label Studio: key of the text ("text"). doccano: key of the spans ("label"). */
  textField?: string;
  labelField?: string;
  /** CoNLL: every column after the token is a nested tag level ("nested"), or only the last one ("last"). */
  columns?: 'nested' | 'last';
  /** CSV, W3C: the documents the spans point at; without them the spans come back `detached`. */
  documents?: ReadonlyArray<
    Pick<FormatDocument, 'text'> & Partial<Omit<FormatDocument, 'text' | 'annotations'>>
  >;
  /** W3C: label for text annotations without a tag (default: they are listed as unsupported). */
  untaggedLabel?: string;
}

/** Every format's export options in one bag. */
export interface ExportOptions {
  /** File name (without extension) of a single-file export; default "spanlight-export". */
  baseName?: string;
  /** Spanlight JSON: the export time (default: kept from the import, else now); JSON indentation. */
  exportedAt?: Date;
  indent?: number;
  /** doccano: write UTF-16 offsets for doccano versions before 1.0. */
  doccanoOffsetUnit?: 'code-point' | 'utf16';
  /** Prodigy: write "tokens" and token indices (CoNLL tokenizer) for documents without Prodigy tokens. */
  tokens?: boolean;
  /** CoNLL: column separator, overlapping spans in extra columns or dropped (reported), misaligned spans. */
  separator?: ' ' | '\t';
  nested?: 'columns' | 'first-column';
  misaligned?: 'skip' | 'expand';
  /** Label Studio: names of the Labels and Text tags in new results. */
  fromName?: string;
  toName?: string;
  /** W3C: IRI and label of the collection. */
  collectionId?: string;
  label?: string;
  /** brat: folder prefix of the written paths. */
  folder?: string;
  /**
   * Spanlight JSON: the "actors" and "places" sections, as an import read them (exportSections); the "events"
   * travel with their documents. The other formats have no place for them.
   */
  actors?: readonly Actor[];
  places?: readonly Place[];
  /** Spanlight JSON: the label table and project name to write (default: those of the file the documents came from). */
  labels?: readonly unknown[];
  project?: string;
}

export interface FormatDescriptor {
  id: FormatId;
  /** The name on the command line (`--from jsonl`). */
  cliName: string;
  name: string;
  /** File extensions, with the dot, the first being the one written. */
  extensions: readonly string[];
  /** The unit of the offsets in the file ("token" for CoNLL, which has none). */
  offsetUnit: OffsetUnit | 'token';
  lossless: boolean;
  /** Several files per export (brat). */
  multiFile: boolean;
  /** What the format cannot carry, for the export dialog. */
  loses: string;
  importFiles(files: readonly FormatFile[], options?: ImportOptions): ImportOutcome;
  exportDocuments(documents: readonly FormatDocument[], options?: ExportOptions): ExportOutcome;
}

function singleFile(
  extension: string,
  write: (documents: readonly FormatDocument[], options: ExportOptions) => TextExport,
): FormatDescriptor['exportDocuments'] {
  return (documents, options = {}) => {
    const { content, warnings } = write(documents, options);
    return { files: [{ path: `${options.baseName ?? 'spanlight-export'}${extension}`, content }], warnings };
  };
}

/** Imports each file on its own and joins the results (all or nothing: the first failure names its file). */
function eachFile(
  read: (content: string, options: ImportOptions, path: string) => ImportOutcome,
): FormatDescriptor['importFiles'] {
  return (files, options = {}) => {
    if (files.length === 1)
      return read((files[0] as FormatFile).content, options, (files[0] as FormatFile).path);
    const joined: Extract<ImportOutcome, { ok: true }> = {
      ok: true,
      documents: [],
      labels: [],
      warnings: [],
      unsupported: [],
    };
    for (const file of files) {
      const outcome = read(file.content, options, file.path);
      if (!outcome.ok) return { ok: false, reason: `${file.path}: ${outcome.reason}` };
      joined.documents.push(...outcome.documents);
      for (const label of outcome.labels) if (!joined.labels.includes(label)) joined.labels.push(label);
      joined.warnings.push(...outcome.warnings.map((warning) => `${file.path}: ${warning}`));
      joined.unsupported.push(...outcome.unsupported.map((item) => `${file.path}: ${item}`));
      if (outcome.offsetUnit) {
        if (joined.offsetUnit && joined.offsetUnit !== outcome.offsetUnit) {
          joined.warnings.push(
            `${file.path}: offsets read as ${outcome.offsetUnit}, unlike the files before it`,
          );
        }
        joined.offsetUnit ??= outcome.offsetUnit;
      }
      if (outcome.detached) joined.detached = [...(joined.detached ?? []), ...outcome.detached];
      if (outcome.actors) joined.actors = [...(joined.actors ?? []), ...outcome.actors];
      if (outcome.places) joined.places = [...(joined.places ?? []), ...outcome.places];
    }
    return joined;
  };
}

function fileStem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export const FORMATS: readonly FormatDescriptor[] = [
  {
    id: 'spanlight-json',
    cliName: 'spanlight',
    name: 'Spanlight JSON',
    extensions: ['.json'],
    offsetUnit: 'code-point',
    lossless: true,
    multiFile: false,
    loses: 'span attributes (not in dataset version 1)',
    importFiles: eachFile((content) => importSpanlightJson(content)),
    exportDocuments: singleFile('.json', (documents, options) => exportSpanlightJson(documents, options)),
  },
  {
    id: 'doccano-jsonl',
    cliName: 'jsonl',
    name: 'doccano JSONL',
    extensions: ['.jsonl'],
    offsetUnit: 'code-point',
    lossless: true,
    multiFile: false,
    loses: 'annotators and span attributes',
    importFiles: eachFile((content, options) => importDoccano(content, options)),
    exportDocuments: singleFile('.jsonl', (documents, options) => {
      const unit = options.doccanoOffsetUnit;
      return exportDoccano(documents, unit ? { offsetUnit: unit } : {});
    }),
  },
  {
    id: 'label-studio',
    cliName: 'labelstudio',
    name: 'Label Studio JSON',
    extensions: ['.json'],
    offsetUnit: 'code-point',
    lossless: true,
    multiFile: false,
    loses: 'annotators of new annotations (Label Studio names them by user id) and span attributes',
    importFiles: eachFile((content, options) => importLabelStudio(content, options)),
    exportDocuments: singleFile('.json', (documents, options) => exportLabelStudio(documents, options)),
  },
  {
    id: 'prodigy-jsonl',
    cliName: 'prodigy',
    name: 'Prodigy JSONL',
    extensions: ['.jsonl'],
    offsetUnit: 'code-point',
    lossless: true,
    multiFile: false,
    loses: 'span attributes',
    importFiles: eachFile((content) => importProdigy(content)),
    exportDocuments: singleFile('.jsonl', (documents, options) => exportProdigy(documents, options)),
  },
  {
    id: 'brat',
    cliName: 'brat',
    name: 'brat standoff',
    extensions: ['.ann', '.txt'],
    offsetUnit: 'code-point',
    lossless: true,
    multiFile: true,
    loses: 'titles and other document metadata, annotators; labels with spaces are written with "_"',
    importFiles: (files, options = {}) =>
      importBrat(files, options.offsetUnit ? { offsetUnit: options.offsetUnit } : {}),
    exportDocuments: (documents, options = {}) => exportBrat(documents, options),
  },
  {
    id: 'conll',
    cliName: 'conll',
    name: 'CoNLL / IOB2',
    extensions: ['.conll', '.iob', '.txt'],
    offsetUnit: 'token',
    lossless: false,
    multiFile: false,
    loses:
      'the original spacing (the text is rebuilt from tokens), spans inside tokens, metadata, annotators',
    importFiles: eachFile((content, options, path) => {
      const conll: Parameters<typeof importConll>[1] = { name: fileStem(path) };
      if (options.columns) conll.columns = options.columns;
      return importConll(content, conll);
    }),
    exportDocuments: singleFile('.conll', (documents, options) => exportConll(documents, options)),
  },
  {
    id: 'w3c',
    cliName: 'w3c',
    name: 'W3C Web Annotation (JSON-LD)',
    extensions: ['.jsonld', '.json'],
    offsetUnit: 'code-point',
    lossless: false,
    multiFile: false,
    loses: 'the document texts (import needs them) and metadata, span attributes',
    importFiles: eachFile((content, options) => importW3c(content, options)),
    exportDocuments: singleFile('.jsonld', (documents, options) => exportW3c(documents, options)),
  },
  {
    id: 'csv-spans',
    cliName: 'csv',
    name: 'CSV of spans',
    extensions: ['.csv'],
    offsetUnit: 'code-point',
    lossless: false,
    multiFile: false,
    loses: 'the document texts (import needs them) and metadata other than the title',
    importFiles: eachFile((content, options) =>
      importCsvSpans(content, options.documents ? { documents: options.documents } : {}),
    ),
    exportDocuments: singleFile('.csv', (documents) => exportCsvSpans(documents)),
  },
];

/**
 * What an import read beside its documents that an export writes back: Spanlight JSON's actors and places, so a
 * conversion keeps every section of the file (SPANLIGHT_JSON_SECTIONS), not only the documents and their events.
 */
export function exportSections(
  outcome: Extract<ImportOutcome, { ok: true }>,
): Pick<ExportOptions, 'actors' | 'places'> {
  return {
    ...(outcome.actors?.length ? { actors: outcome.actors } : {}),
    ...(outcome.places?.length ? { places: outcome.places } : {}),
  };
}

/** A format by its id ("doccano-jsonl") or command-line name ("jsonl"). */
export function formatByName(name: string): FormatDescriptor | undefined {
  const key = name.trim().toLowerCase();
  return FORMATS.find((format) => format.id === key || format.cliName === key);
}

/**
 * Guesses the format of a set of files from their extensions and, where an extension is shared (.json, .jsonl,
 * .txt), from their content. Returns null when it cannot tell.
 */
export function detectFormat(files: readonly FormatFile[]): FormatDescriptor | null {
  const byId = (id: FormatId) => FORMATS.find((format) => format.id === id) ?? null;
  const paths = files.map((file) => file.path.toLowerCase());
  if (paths.some((path) => path.endsWith('.ann'))) return byId('brat');
  const first = files[0];
  if (!first) return null;
  const path = first.path.toLowerCase();
  const content = first.content.charCodeAt(0) === 0xfeff ? first.content.slice(1) : first.content;
  if (path.endsWith('.csv')) return byId('csv-spans');
  if (path.endsWith('.conll') || path.endsWith('.iob') || path.endsWith('.bio')) return byId('conll');
  if (path.endsWith('.jsonld')) return byId('w3c');
  if (path.endsWith('.jsonl')) {
    const line = content.split(/\r?\n/).find((candidate) => candidate.trim() !== '') ?? '';
    const parsed = parseJson(line);
    if (
      parsed.ok &&
      isObject(parsed.value) &&
      (parsed.value.spans !== undefined || parsed.value._input_hash !== undefined)
    ) {
      return byId('prodigy-jsonl');
    }
    return byId('doccano-jsonl');
  }
  if (path.endsWith('.json')) {
    const parsed = parseJson(content);
    if (!parsed.ok) return null;
    const value = parsed.value;
    if (isObject(value) && value.format === 'spanlight.dataset') return byId('spanlight-json');
    if (isObject(value) && (value['@context'] !== undefined || /Annotation/.test(String(value.type))))
      return byId('w3c');
    const task = Array.isArray(value) ? value[0] : value;
    if (isObject(task) && isObject(task.data)) return byId('label-studio');
    if (isObject(task) && (task.type === 'Annotation' || task.target !== undefined)) return byId('w3c');
    return null;
  }
  if (path.endsWith('.txt')) {
    const lines = content.split(/\r?\n/).filter((line) => line.trim() !== '');
    const tagged = lines.filter((line) => /^\S+(?:[ \t]+\S+)*[ \t]+(?:O|[BI]-\S+)\s*$/.test(line)).length;
    if (lines.length > 0 && tagged / lines.length >= 0.9) return byId('conll');
  }
  return null;
}

export * from './agreement';
export { attachAnnotations } from './detached';
export { type Token, tokenize } from './tokenize';
export type * from './types';
export {
  exportBrat,
  exportConll,
  exportCsvSpans,
  exportDoccano,
  exportLabelStudio,
  exportProdigy,
  exportSpanlightJson,
  exportW3c,
  importBrat,
  importConll,
  importCsvSpans,
  importDoccano,
  importLabelStudio,
  importProdigy,
  importSpanlightJson,
  importW3c,
};
