import { type DocumentDraft, titleFromFileName } from '../../core/document';
import { type CsvMapping, draftsFromCsv, guessCsvMapping, parseCsv } from '../../core/intake/csv';
import { decodeText, type TextEncodingChoice } from '../../core/intake/decodeText';
import { detectFileKind } from '../../core/intake/detectKind';
import { draftsFromJsonl } from '../../core/intake/jsonl';
import { draftFromMarkdown } from '../../core/intake/markdown';
import type { FileKind, IntakeFile, IntakeResult } from '../../core/intake/types';
import { detectLanguage } from '../../core/text/direction';
import { MAX_OPEN_FILE_BYTES } from '../../shared/ipc';
import { htmlToDraft } from './html';

/** One file of an import, parsed and waiting for the researcher's go-ahead. */
export interface PreparedFile {
  file: IntakeFile;
  kind: FileKind | null;
  /** What this file will add; empty when refused. */
  drafts: DocumentDraft[];
  warnings: string[];
  /** Set when the file cannot be imported: completes "Cannot open “name”: …". */
  refusal?: string;
  /** Text in a legacy encoding that was guessed: shown with a preview and a choice before committing. */
  encoding?: { value: TextEncodingChoice; guessed: boolean };
  /** A CSV: the researcher maps its columns before committing. */
  csv?: { header: string[]; rows: string[][]; mapping: CsvMapping };
}

const SUPPORTED = '.txt, .html, .pdf, .docx, .md, .csv or .jsonl';

/** True when the researcher has something to check before the import commits. */
export function needsReview(file: PreparedFile): boolean {
  return !!file.refusal || !!file.encoding?.guessed || !!file.csv;
}

/** Parses one file with whatever importer its kind calls for; never throws. */
export async function prepareFile(file: IntakeFile, signal?: AbortSignal): Promise<PreparedFile> {
  const kind = detectFileKind(file.name, file.bytes);
  const base: PreparedFile = { file, kind, drafts: [], warnings: [] };
  const size = file.size ?? file.bytes.length;
  if (size > MAX_OPEN_FILE_BYTES) {
    const megabytes = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MB`;
    return {
      ...base,
      refusal: `it is ${megabytes(size)}; Spanlight opens files up to ${megabytes(MAX_OPEN_FILE_BYTES)}`,
    };
  }
  if (!kind) return { ...base, refusal: `its format is not one Spanlight can open (${SUPPORTED})` };
  try {
    switch (kind) {
      // Loaded on first use: pdf.js and mammoth are most of the renderer's weight and opening the app
      // should not wait for them.
      case 'pdf': {
        const { pdfToDraft } = await import('./pdf');
        return withResult(base, await pdfToDraft(file.bytes, { fileName: file.name, signal }));
      }
      case 'docx': {
        const { docxToDraft } = await import('./docx');
        return withResult(base, await docxToDraft(file.bytes, { fileName: file.name }));
      }
      default:
        return decodeAndParse(base);
    }
  } catch (error) {
    // Importers report bad input themselves; reaching here is a bug, still shown as a refusal, never a crash.
    return {
      ...base,
      refusal: `it could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/** Re-reads a text-based file with another encoding the researcher chose. */
export function withEncoding(prepared: PreparedFile, encoding: TextEncodingChoice): PreparedFile {
  return decodeAndParse(
    { ...prepared, drafts: [], warnings: [], refusal: undefined, csv: undefined },
    encoding,
  );
}

/** Applies the researcher's CSV column mapping. */
export function withCsvMapping(prepared: PreparedFile, mapping: CsvMapping): PreparedFile {
  if (!prepared.csv) return prepared;
  const csv = { ...prepared.csv, mapping };
  const result = draftsFromCsv({ header: csv.header, rows: csv.rows }, mapping);
  return withResult({ ...prepared, csv, drafts: [], warnings: [], refusal: undefined }, result);
}

function decodeAndParse(base: PreparedFile, chosen?: TextEncodingChoice): PreparedFile {
  const decoded = decodeText(base.file.bytes, chosen);
  if (!decoded.ok) return { ...base, refusal: decoded.reason };
  const encoding = { value: decoded.encoding, guessed: decoded.certainty === 'guessed' };
  const prepared: PreparedFile = { ...base, encoding };
  const text = decoded.text;
  switch (base.kind) {
    case 'html':
      return withResult(prepared, htmlToDraft(text, { fileName: base.file.name }));
    case 'markdown':
      return withResult(prepared, draftFromMarkdown(text, base.file.name));
    case 'jsonl':
      return withResult(prepared, draftsFromJsonl(text));
    case 'csv': {
      const table = parseCsv(text);
      if (!table.ok) return { ...prepared, refusal: table.reason };
      const mapping = base.csv?.mapping ?? guessCsvMapping(table.header);
      const csv = { header: table.header, rows: table.rows, mapping };
      return withResult(
        { ...prepared, csv },
        draftsFromCsv({ header: table.header, rows: table.rows }, mapping),
      );
    }
    default: {
      if (text.replace(/^\uFEFF/, '').trim() === '') return { ...prepared, refusal: 'the file has no text' };
      return withResult(prepared, {
        ok: true,
        drafts: [{ title: titleFromFileName(base.file.name), text }],
        warnings: [],
      });
    }
  }
}

function withResult(prepared: PreparedFile, result: IntakeResult): PreparedFile {
  if (!result.ok) return { ...prepared, drafts: [], refusal: result.reason };
  if (result.drafts.length === 0)
    return { ...prepared, drafts: [], refusal: 'no article text was found in it' };
  // A page or file that does not say its language gets one where the script leaves no doubt (Arabic).
  const drafts = result.drafts.map((draft) => {
    if (draft.lang) return draft;
    const lang = detectLanguage(draft.text);
    return lang ? { ...draft, lang } : draft;
  });
  return { ...prepared, drafts, warnings: result.warnings };
}

/** The sentence for a refused file. */
export function refusalMessage(prepared: PreparedFile): string {
  const name = prepared.file.relativePath ?? prepared.file.name;
  return `Cannot open “${name}”: ${prepared.refusal}.`;
}
