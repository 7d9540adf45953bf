import { toFormatDocuments } from '../../../core/export/toFormatDocuments';
import { type FormatId, formatByName } from '../../../core/formats';
import type { AnnotationStore } from '../../storage/annotationStore';

export interface FormatExport {
  fileName: string;
  /** Text, or base64 of a zip when the format writes several files (brat). */
  content: string;
  encoding: 'utf8' | 'base64';
  documentCount: number;
  warnings: string[];
}

/**
 * Exports the library, or some documents, in any registered format. Multi-file formats (brat) come as a zip.
 * Warnings (spans a format cannot hold exactly) are returned for the interface to show: never dropped silently.
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
  const { files, warnings } = format.exportDocuments(toFormatDocuments(entries), {
    baseName,
    exportedAt: now,
    tokens: options.tokens,
  });
  const [single] = files;
  if (files.length === 1 && single) {
    return {
      fileName: single.path,
      content: single.content,
      encoding: 'utf8',
      documentCount: entries.length,
      warnings,
    };
  }
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const file of files) zip.file(`${baseName}/${file.path}`, file.content);
  const content = await zip.generateAsync({ type: 'base64', compression: 'DEFLATE' });
  return {
    fileName: `${baseName}.zip`,
    content,
    encoding: 'base64',
    documentCount: entries.length,
    warnings,
  };
}
