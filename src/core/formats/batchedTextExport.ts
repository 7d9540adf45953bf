/**
 * Text exports written a batch of documents at a time, for the formats whose one-shot exporter is a header and
 * then something per document: CSV of spans (BOM and header row, then rows) and Label Studio JSON (an array of
 * tasks, which JSON.stringify indents the same whatever else the array holds). Each batch goes through the
 * one-shot exporter and is trimmed to its own part, so the chunks joined are exactly the one-shot output — the
 * property tests check it — and a library is never one string.
 *
 * CoNLL (one document at a time through conllDocumentWriter, told the total and the first document's way of
 * writing, on which its line ending, BOM and -DOCSTART- lines depend) is here too, and W3C JSON-LD (W3cExportStream,
 * which writes the collection's `total` after its items).
 */
import { type ConllExportOptions, conllDocumentWriter, conllMetaOf } from './conll';
import { exportCsvSpans } from './csvSpans';
import { exportLabelStudio, type LabelStudioExportOptions } from './labelStudio';
import type { FormatDocument } from './types';
import { type W3cExportOptions, W3cExportStream } from './w3cWriter';

export type BatchedTextFormat = 'csv-spans' | 'label-studio' | 'conll' | 'w3c';

export interface BatchedTextExport {
  /** The text before the first document. */
  start(): string;
  /** The text of the next documents, in export order. */
  documents(documents: readonly FormatDocument[]): string;
  /** The text after the last document. */
  end(): string;
  readonly warnings: string[];
}

export function createBatchedTextExport(
  format: BatchedTextFormat,
  /** How many documents the whole export has (Label Studio writes a lone task as an object, not an array). */
  total: number,
  options: LabelStudioExportOptions & ConllExportOptions & W3cExportOptions = {},
): BatchedTextExport {
  if (format === 'conll') return conllExport(total, options);
  if (format === 'w3c') return new W3cExportStream(options);
  return format === 'csv-spans' ? csvSpansExport() : labelStudioExport(total, options);
}

function conllExport(total: number, options: ConllExportOptions): BatchedTextExport {
  const warnings: string[] = [];
  let writer: ReturnType<typeof conllDocumentWriter> | null = null;
  let index = 0;
  // The BOM goes before the first text written (it depends on it), or alone at the end when nothing was.
  let started = false;
  let bomIfEmpty = '';
  return {
    warnings,
    start: () => '',
    documents(documents) {
      if (documents.length === 0) return '';
      writer ??= conllDocumentWriter(total, conllMetaOf(documents[0]), options);
      bomIfEmpty = writer.prefix('');
      const text = documents.map((doc) => writer?.document(doc, index++) ?? '').join('');
      if (started || text === '') return text;
      started = true;
      return writer.prefix(text) + text;
    },
    end() {
      if (writer) warnings.push(...writer.warnings);
      return started ? '' : bomIfEmpty;
    },
  };
}

function csvSpansExport(): BatchedTextExport {
  const warnings: string[] = [];
  // The BOM and header row: what the exporter writes for no documents.
  const header = exportCsvSpans([]).content;
  return {
    warnings,
    start: () => header,
    documents(documents) {
      const { content, warnings: found } = exportCsvSpans(documents);
      warnings.push(...found);
      return content.slice(header.length);
    },
    end: () => '',
  };
}

function labelStudioExport(total: number, options: LabelStudioExportOptions): BatchedTextExport {
  const warnings: string[] = [];
  if (total === 1) {
    // One document: the one-shot output at once (an object when the document came from a single-task file).
    return {
      warnings,
      start: () => '',
      documents(documents) {
        if (documents.length === 0) return '';
        const { content, warnings: found } = exportLabelStudio(documents, options);
        warnings.push(...found);
        return content;
      },
      end: () => '',
    };
  }
  let written = 0;
  return {
    warnings,
    start: () => '[',
    documents(documents) {
      if (documents.length === 0) return '';
      // A document read from a single-task file is one task among others here: always an array.
      const { content, warnings: found } = exportLabelStudio(documents.map(asArrayTask), options);
      warnings.push(...found);
      // "[\n  task,\n  task\n]\n": the tasks, indented as in the whole array.
      const tasks = content.slice('[\n'.length, -'\n]\n'.length);
      const chunk = `${written === 0 ? '\n' : ',\n'}${tasks}`;
      written += documents.length;
      return chunk;
    },
    end: () => (written === 0 ? ']\n' : '\n]\n'),
  };
}

function asArrayTask(doc: FormatDocument): FormatDocument {
  const meta = doc.meta?.labelstudio;
  if (!(meta && typeof meta === 'object' && (meta as { single?: unknown }).single === true)) return doc;
  return { ...doc, meta: { ...doc.meta, labelstudio: { ...meta, single: false } } };
}
