/**
 * The W3C Web Annotation export (see w3c.ts for the shape), written a batch of documents at a time: an
 * AnnotationCollection whose embedded first AnnotationPage holds one Annotation per span.
 *
 * Why the collection's `total` comes after its page: a streamed export only knows how many annotations it wrote
 * once the last document is written (spans that are not a range of their text are left out, so the stored span
 * counts cannot say it beforehand), and counting first would read the whole library twice. JSON-LD and the model
 * give keys no order, and the importer reads `total` wherever it is, so the file is written in one pass: header,
 * items, then `total`. Joined, the chunks are exactly `JSON.stringify(collection, null, 2)` of the collection with
 * its keys in that order (the one-shot `exportW3c` is this writer fed once; property-tested).
 */
import { documentName, withWritableAnnotations } from './exporting';
import { type JsonObject, jsonClone } from './json';
import { createUnitIndex } from './offsetUnits';
import { quoteContext } from './textQuote';
import type { FormatDocument, TextExport } from './types';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const DOCUMENT_IRI = 'urn:spanlight:document:';
export const ANNOTATION_IRI = 'urn:spanlight:annotation:';
/** Code points of context on each side of a TextQuoteSelector's exact text. */
export const QUOTE_CONTEXT = 32;

export interface W3cExportOptions {
  /** The collection's IRI; default "urn:spanlight:collection". */
  collectionId?: string;
  /** The collection's label; default "Spanlight export". */
  label?: string;
}

export function documentIri(id: string): string {
  return `${DOCUMENT_IRI}${encodeURIComponent(id)}`;
}

/** The Annotation objects of one document (its `index` in the export names it when it has no id). */
function annotationItems(original: FormatDocument, index: number, warnings: string[]): JsonObject[] {
  const doc = withWritableAnnotations(original, index, warnings);
  const docId = doc.id || `document-${index + 1}`;
  const units = createUnitIndex(doc.text);
  const items: JsonObject[] = [];
  for (const [a, annotation] of doc.annotations.entries()) {
    const rest = (annotation.extra?.w3c as { rest?: JsonObject } | undefined)?.rest;
    const { prefix, suffix } = quoteContext(doc.text, annotation.start, annotation.end, QUOTE_CONTEXT);
    const item: JsonObject = {
      ...(rest ? jsonClone(rest) : {}),
      id: `${ANNOTATION_IRI}${encodeURIComponent(docId)}:${encodeURIComponent(annotation.id || String(a + 1))}`,
      type: 'Annotation',
      motivation: 'tagging',
      body: { type: 'TextualBody', purpose: 'tagging', value: annotation.label },
      target: {
        source: documentIri(docId),
        selector: [
          {
            type: 'TextPositionSelector',
            start: units.fromUtf16(annotation.start, 'code-point'),
            end: units.fromUtf16(annotation.end, 'code-point'),
          },
          {
            type: 'TextQuoteSelector',
            exact: doc.text.slice(annotation.start, annotation.end),
            prefix,
            suffix,
          },
        ],
      },
    };
    if (annotation.annotator !== undefined) item.creator = { type: 'Person', name: annotation.annotator };
    items.push(item);
  }
  if (
    doc.annotations.some(
      (annotation) => annotation.attributes && Object.keys(annotation.attributes).length > 0,
    )
  ) {
    warnings.push(
      `${documentName(doc, index)}: span attributes are not written (the W3C export holds labels only)`,
    );
  }
  return items;
}

/** One W3C file, written `start()`, `documents(batch)` any number of times, `end()`. */
export class W3cExportStream {
  readonly warnings: string[] = [];
  private documentIndex = 0;
  private total = 0;
  private readonly collectionId: string;

  constructor(private readonly options: W3cExportOptions = {}) {
    this.collectionId = options.collectionId ?? 'urn:spanlight:collection';
  }

  /** The collection's keys before its items, up to the opening of the items array. */
  start(): string {
    const head = {
      '@context': W3C_CONTEXT,
      id: this.collectionId,
      type: 'AnnotationCollection',
      label: this.options.label ?? 'Spanlight export',
      first: { id: `${this.collectionId}/page1`, type: 'AnnotationPage', startIndex: 0, items: [] },
    };
    const text = JSON.stringify(head, null, 2);
    // Everything up to "items": [ — the empty array's "]" and the closing braces are written by end().
    return text.slice(0, text.length - ']\n  }\n}'.length);
  }

  documents(batch: readonly FormatDocument[]): string {
    const items = batch.flatMap((doc) => annotationItems(doc, this.documentIndex++, this.warnings));
    if (items.length === 0) return '';
    // Stringified two arrays deep, so JSON.stringify indents the items as deep as they are in the file (six
    // spaces) and joins them with the file's separator; the wrapping is then cut off.
    const text = JSON.stringify([[items]], null, 2);
    const body = text.slice('[\n  [\n    [\n      '.length, text.length - '\n    ]\n  ]\n]'.length);
    const chunk = `${this.total === 0 ? '\n      ' : ',\n      '}${body}`;
    this.total += items.length;
    return chunk;
  }

  end(): string {
    return `${this.total === 0 ? ']' : '\n    ]'}\n  },\n  "total": ${this.total}\n}\n`;
  }
}

/** The whole file at once: the stream fed every document. */
export function exportW3c(documents: readonly FormatDocument[], options: W3cExportOptions = {}): TextExport {
  const stream = new W3cExportStream(options);
  const content = stream.start() + stream.documents(documents) + stream.end();
  return { content, warnings: stream.warnings };
}
