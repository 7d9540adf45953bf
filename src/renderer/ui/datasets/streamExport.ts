import { datasetFileName } from '../../../core/export/spanlightDataset';
import { toFormatDocuments } from '../../../core/export/toFormatDocuments';
import { type FormatId, formatByName } from '../../../core/formats';
import { type BatchedTextExport, createBatchedTextExport } from '../../../core/formats/batchedTextExport';
import { BratZipStream } from '../../../core/formats/bratZip';
import { SpanlightJsonStream } from '../../../core/formats/spanlightJsonWriter';
import { defaultLabelTable } from '../../../core/formats/spanlightRecord';
import type { FormatDocument } from '../../../core/formats/types';
import { type ExportSink, savingExportSink } from '../../platform/exportSink';
import type { Platform } from '../../platform/platform';
import type { AnnotationStore } from '../../storage/annotationStore';
import { StorageError } from '../../storage/storageError';
import { deflateRaw } from './deflateRaw';

/**
 * Exports that stream: the library is read a batch of documents at a time (store.batches), each batch is
 * serialized at once and handed to the platform's sink (a Blob part in browser mode, a chunk to a temp file in
 * Electron), so a library of 500,000 annotations never exists as one object graph or one string.
 *
 * Every format streams: Spanlight JSON (the one writer, spanlightJsonWriter.ts), the JSON Lines formats, whose
 * files are the lines of each batch one after the other, CSV of spans, Label Studio JSON, CoNLL and W3C JSON-LD
 * (batchedTextExport.ts), and brat, a zip whose entries are written a batch at a time (bratZip.ts; bytes, not text).
 */
export const STREAMED_FORMATS: ReadonlySet<FormatId> = new Set<FormatId>([
  'spanlight-json',
  'doccano-jsonl',
  'prodigy-jsonl',
  'csv-spans',
  'label-studio',
  'conll',
  'w3c',
  'brat',
]);

export interface StreamExportRequest {
  format: FormatId;
  /** Only these documents; default the whole library. */
  docIds?: readonly string[];
  /** Prodigy: tokens. */
  tokens?: boolean;
  /**
   * 'throw' refuses the export when a stored span is not a range of its text (Export JSON, as the library's
   * own copy); 'warn' leaves it out with a warning (Export…). Spanlight JSON only.
   */
  invalidAnnotations?: 'warn' | 'throw';
  now?: Date;
  signal?: AbortSignal;
  /** After each batch is written: documents done of total. */
  onProgress?(done: number, total: number): void;
}

export interface StreamExportResult {
  /** Where the file went; null when the user cancelled a Save dialog. */
  where: string | null;
  fileName: string;
  documentCount: number;
  warnings: string[];
}

export function exportFileName(format: FormatId, scope: 'library' | 'document', now: Date): string {
  const descriptor = formatByName(format);
  const fileName = datasetFileName(now, scope);
  // A format of several files (brat) comes as a zip of them.
  const extension = descriptor?.multiFile ? '.zip' : descriptor?.extensions[0];
  return extension ? fileName.replace(/\.json$/, extension) : fileName;
}

function cancelled(): StorageError {
  return new StorageError('The export was cancelled. Nothing was saved.', 'AbortError');
}

/** Streams the export of a streamed format (STREAMED_FORMATS) into the platform's sink. */
export async function streamExport(
  store: AnnotationStore,
  platform: Pick<Platform, 'openExportSink' | 'saveExport'>,
  request: StreamExportRequest,
): Promise<StreamExportResult> {
  const format = formatByName(request.format);
  if (!format || !STREAMED_FORMATS.has(format.id)) throw new Error(`${request.format} is not streamed`);
  const now = request.now ?? new Date();
  const fileName = exportFileName(format.id, request.docIds ? 'document' : 'library', now);
  const sink: ExportSink | null = platform.openExportSink
    ? await platform.openExportSink(fileName)
    : savingExportSink((name, content, encoding) => platform.saveExport(name, content, encoding), fileName);
  if (!sink) return { where: null, fileName, documentCount: 0, warnings: [] };

  const warnings: string[] = [];
  let documentCount = 0;
  // The current project's label schema and name travel in the file, so a re-import recreates its labels.
  const project = format.id === 'spanlight-json' ? await store.projects.get(store.projectId) : undefined;
  const json =
    format.id === 'spanlight-json'
      ? new SpanlightJsonStream(
          {
            exportedAt: now.toISOString(),
            labels: defaultLabelTable(project?.labels),
            ...(project ? { project: project.name } : {}),
          },
          {
            invalidAnnotations: request.invalidAnnotations ?? 'warn',
            // The actors the exported spans link to (the whole registry for the library).
            actors: await store.coding.actorsFor(request.docIds),
            // The places their spans and events link to, with coordinates (every place for the library).
            places: await store.places.placesFor(request.docIds),
          },
        )
      : null;
  // CSV, Label Studio, CoNLL and W3C: made at the first batch, which tells how many documents the export has.
  let batched: BatchedTextExport | null = null;
  const batchedFormat =
    format.id === 'csv-spans' || format.id === 'label-studio' || format.id === 'conll' || format.id === 'w3c'
      ? format.id
      : null;
  // brat: the files inside the zip are in a folder named as the zip.
  const zip =
    format.id === 'brat'
      ? new BratZipStream({ folder: fileName.replace(/\.zip$/, ''), deflate: deflateRaw, date: now })
      : null;
  const serialize = async (documents: FormatDocument[], total: number): Promise<string | Uint8Array> => {
    if (zip) return zip.documents(documents);
    if (json) return json.documents(documents);
    if (batchedFormat) {
      let start = '';
      if (!batched) {
        batched = createBatchedTextExport(batchedFormat, total);
        start = batched.start();
      }
      return start + batched.documents(documents);
    }
    const { files, warnings: found } = format.exportDocuments(documents, {
      exportedAt: now,
      tokens: request.tokens,
    });
    // Library documents always have an id, so the warnings name them the same in any batch.
    warnings.push(...found);
    return files.map((file) => file.content).join('');
  };

  try {
    if (json) await sink.write(json.start());
    for await (const batch of store.batches({
      ...(request.docIds ? { docIds: request.docIds } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
    })) {
      documentCount += batch.entries.length;
      const chunk = await serialize(toFormatDocuments(batch.entries), batch.total);
      if (request.signal?.aborted) throw cancelled();
      await sink.write(chunk);
      request.onProgress?.(batch.done, batch.total);
    }
    if (json) {
      await sink.write(json.end());
      warnings.push(...json.warnings);
    }
    if (zip) {
      await sink.write(await zip.end());
      warnings.push(...zip.warnings);
    }
    if (batchedFormat) {
      // No documents: the header (CSV) or an empty array, as the one-shot exporter writes.
      const writer = batched ?? createBatchedTextExport(batchedFormat, 0);
      await sink.write((batched ? '' : writer.start()) + writer.end());
      warnings.push(...writer.warnings);
    }
    if (request.signal?.aborted) throw cancelled();
    const where = await sink.finish();
    return { where, fileName, documentCount, warnings };
  } catch (error) {
    await sink.abort().catch(() => {});
    throw error;
  }
}
