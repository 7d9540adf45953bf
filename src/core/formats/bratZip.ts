/**
 * The brat export as a zip, streamed: each batch of documents becomes its .txt/.ann entries at once
 * (BratExportStream, then ZipWriter), annotation.conf and the zip's central directory come at the end. So a library
 * export never holds more than one batch of documents and their entries; the files inside are exactly what
 * `exportBrat` writes, in a folder named `folder`.
 */
import { type Deflate, ZipWriter } from '../zip/zipWriter';
import { BratExportStream } from './bratExport';
import type { FormatDocument } from './types';

export interface BratZipOptions {
  /** The folder the files are in inside the zip (the zip's name without ".zip"). */
  folder: string;
  deflate?: Deflate;
  /** The entries' modification time. */
  date?: Date;
}

export class BratZipStream {
  private readonly brat: BratExportStream;
  private readonly zip: ZipWriter;

  constructor(options: BratZipOptions) {
    this.brat = new BratExportStream({ folder: `${options.folder}/` });
    this.zip = new ZipWriter({
      ...(options.deflate ? { deflate: options.deflate } : {}),
      ...(options.date ? { date: options.date } : {}),
    });
  }

  /** The zip entries of these documents' .txt and .ann files. */
  async documents(batch: readonly FormatDocument[]): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for (const doc of batch) {
      for (const file of this.brat.document(doc)) parts.push(await this.zip.file(file.path, file.content));
    }
    return concat(parts);
  }

  /** annotation.conf and the end of the zip; the warnings are complete after it. */
  async end(): Promise<Uint8Array> {
    const conf = this.brat.end();
    return concat([await this.zip.file(conf.path, conf.content), this.zip.end()]);
  }

  get warnings(): string[] {
    return this.brat.warnings;
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
