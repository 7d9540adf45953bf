import { toFormatDocuments } from '../../../core/export/toFormatDocuments';
import { type FormatId, formatByName } from '../../../core/formats';
import { BratZipStream } from '../../../core/formats/bratZip';
import { defaultLabelTable } from '../../../core/formats/spanlightRecord';
import type { AnnotationStore } from '../../storage/annotationStore';
import { deflateRaw } from './deflateRaw';

export interface FormatExport {
  fileName: string;
  /** Text, or base64 of a zip when the format writes several files (brat). */
  content: string;
  encoding: 'utf8' | 'base64';
  documentCount: number;
  warnings: string[];
}

/**
 * Exports the library, or some documents, in any registered format, in one go. The app streams every format
 * (streamExport.ts); this is the reference its tests compare it with, byte for byte, and the app no longer calls it.
 * Multi-file formats (brat) come as a zip. Warnings (spans a format cannot hold exactly) are returned for the
 * interface to show: never dropped silently.
 */
export async function exportInFormat(
  store: AnnotationStore,
  formatId: FormatId,
  docIds?: readonly string[],
  options: { tokens?: boolean } = {},
  now = new Date(),
): Promise<FormatExport> {
  const format = formatByName(formatId);
  if (!format) throw new Error(`Unknown format ${formatId}`);
  const entries = await store.snapshot(docIds);
  const stamp = now.toISOString().replace(/[:]/g, '-').replace(/\..+$/, '');
  const baseName = `spanlight-${docIds ? 'document' : 'library'}-${stamp}`;
  const documents = toFormatDocuments(entries);
  if (format.multiFile) {
    // brat: the zip the streamed export writes (bratZip.ts), here in one go.
    const zip = new BratZipStream({ folder: baseName, deflate: deflateRaw, date: now });
    const bytes = [await zip.documents(documents), await zip.end()];
    return {
      fileName: `${baseName}.zip`,
      content: base64(bytes),
      encoding: 'base64',
      documentCount: entries.length,
      warnings: zip.warnings,
    };
  }
  // Spanlight JSON: what the streamed export writes with it — the current project's label schema and name, the
  // actors and places the documents link to — here through the format's own one-shot writer.
  const project = format.id === 'spanlight-json' ? await store.projects.get(store.projectId) : undefined;
  const sections =
    format.id === 'spanlight-json'
      ? {
          labels: defaultLabelTable(project?.labels),
          ...(project ? { project: project.name } : {}),
          actors: await store.coding.actorsFor(docIds),
          places: await store.places.placesFor(docIds),
        }
      : {};
  const { files, warnings } = format.exportDocuments(documents, {
    baseName,
    exportedAt: now,
    tokens: options.tokens,
    ...sections,
  });
  const single = files[0];
  if (!single) throw new Error(`${format.name} wrote no file`);
  return {
    fileName: single.path,
    content: single.content,
    encoding: 'utf8',
    documentCount: entries.length,
    warnings,
  };
}

function base64(parts: readonly Uint8Array[]): string {
  let binary = '';
  for (const part of parts) {
    for (let at = 0; at < part.length; at += 0x8000)
      binary += String.fromCharCode(...part.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}
