/**
 * What every exporter shares: which annotations of a document can be written at all. An annotation whose offsets
 * are not a non-empty range of the text on character boundaries (a caller's bug, or a hand-made document) is left
 * out with a warning naming it, so an exporter never throws and never writes offsets a reader would choke on.
 */
import { invalidRangeReason } from '../spans/span';
import type { FormatAnnotation, FormatDocument } from './types';

export function documentName(doc: FormatDocument, index: number): string {
  return doc.id || doc.title || `document ${index + 1}`;
}

export function writableAnnotations(
  doc: FormatDocument,
  index: number,
  warnings: string[],
): FormatAnnotation[] {
  const result: FormatAnnotation[] = [];
  for (const annotation of doc.annotations) {
    const reason = invalidRangeReason(doc.text, annotation.start, annotation.end);
    if (reason === null) result.push(annotation);
    else {
      warnings.push(
        `${documentName(doc, index)}: annotation ${annotation.id ?? ''} (${annotation.label}, ${annotation.start}..${annotation.end}) not exported: ${reason}`.replace(
          '  ',
          ' ',
        ),
      );
    }
  }
  return result;
}

/** The document with only its writable annotations (same object when all are). */
export function withWritableAnnotations(
  doc: FormatDocument,
  index: number,
  warnings: string[],
): FormatDocument {
  const annotations = writableAnnotations(doc, index, warnings);
  return annotations.length === doc.annotations.length ? doc : { ...doc, annotations };
}
