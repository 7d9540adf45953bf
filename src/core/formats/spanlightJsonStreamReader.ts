/**
 * The import of a large Spanlight JSON file as a stream of text chunks: the file is never one string and never
 * one parsed object. Each document is parsed and checked as soon as it is complete, by the same checks as the
 * whole-file import (spanlightDocumentReader.ts), so the outcome is the one importSpanlightJson gives for the
 * same text (the property tests compare them); only the wording of a JSON syntax error differs.
 */

import { failure } from './importing';
import { describeJson, type JsonObject } from './json';
import { JsonObjectScanner, JsonScanError, type ScanEvent } from './jsonObjectScanner';
import { SpanlightDocumentReader, spanlightHeaderProblem } from './spanlightDocumentReader';
import { SPANLIGHT_JSON_SECTIONS } from './spanlightJsonWriter';
import type { ImportOutcome } from './types';

export class SpanlightJsonStreamReader {
  private readonly scanner = new JsonObjectScanner(new Set<string>(SPANLIGHT_JSON_SECTIONS));
  private readonly reader = new SpanlightDocumentReader();
  /** Top-level fields other than the streamed sections. */
  private readonly top: JsonObject = {};
  private documentsSeen = false;
  private documentsValue: unknown;
  /** Why the file is refused, once known: the rest of it is not read. */
  private refused: string | null = null;

  /** Documents read so far (for progress). */
  get documentCount(): number {
    return this.reader.documents.length;
  }

  get annotationCount(): number {
    return this.reader.annotationCount;
  }

  /** True once the file is known to be refused: the caller may stop reading. */
  get done(): boolean {
    return this.refused !== null;
  }

  push(chunk: string): void {
    if (this.refused) return;
    this.take(() => this.scanner.push(chunk));
  }

  finish(): ImportOutcome {
    if (!this.refused) this.take(() => this.scanner.end());
    // Reading stopped at the refusal, so a header after it is unknown: the refusal is the answer.
    if (this.refused) return failure(this.refused);
    const headerProblem = spanlightHeaderProblem(this.top);
    if (headerProblem) return failure(headerProblem);
    if (!this.documentsSeen || !Array.isArray(this.documentsValue)) {
      return failure(`"documents" is ${describeJson(this.documentsValue)}, not an array`);
    }
    return this.reader.finish(this.top);
  }

  private take(scan: () => ScanEvent[]): void {
    let events: ScanEvent[];
    try {
      events = scan();
    } catch (error) {
      if (!(error instanceof JsonScanError)) throw error;
      this.refused = `not valid JSON (${error.message})`;
      return;
    }
    for (const event of events) {
      if (this.refused) return;
      if (event.kind === 'field') {
        if (event.key === 'documents') {
          this.documentsSeen = true;
          this.documentsValue = event.value;
        } else this.top[event.key] = event.value;
        continue;
      }
      if (event.key !== 'documents') {
        // The other sections (actors…) are small: collected whole for finish(), like the header fields.
        const items = Array.isArray(this.top[event.key]) ? (this.top[event.key] as unknown[]) : [];
        items.push(event.value);
        this.top[event.key] = items;
        continue;
      }
      if (!this.documentsSeen) {
        this.documentsSeen = true;
        this.documentsValue = [];
        // A file that says it is something else is refused before its documents are read.
        if ('format' in this.top || 'version' in this.top) {
          const problem = spanlightHeaderProblem({ labels: [], exported_at: '', ...this.top });
          if (problem) {
            this.refused = problem;
            return;
          }
        }
      }
      this.refused = this.reader.read(event.value, event.index);
    }
  }
}

/** Reads chunks (from a file stream) into an import outcome; `onProgress` after each chunk. */
export async function readSpanlightJsonStream(
  chunks: AsyncIterable<string>,
  onProgress?: (reader: SpanlightJsonStreamReader) => void,
): Promise<ImportOutcome> {
  const reader = new SpanlightJsonStreamReader();
  for await (const chunk of chunks) {
    reader.push(chunk);
    onProgress?.(reader);
    if (reader.done) break;
  }
  return reader.finish();
}
