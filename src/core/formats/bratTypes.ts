/** What brat.ts (import) and bratExport.ts (export) share: the shape of meta.brat and extra.brat, line breaks. */

/** brat's separator between the texts of a discontinuous span's fragments. */
export const DISCONT_SEP = ' ';

/** Characters a T line's text cannot hold (Python's str.splitlines boundaries). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are line boundaries
export const LINE_BREAK = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are line boundaries
export const LINE_BREAKS_ONLY = /^[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+$/;

export interface BratMeta {
  /** The document's path without extension, e.g. "000-introduction". */
  path: string;
  /** The .ann lines in order: verbatim strings, or {t} where T line `t` is rewritten from the annotations. */
  lines: Array<string | { t: string }>;
  finalNewline: boolean;
  /** The collection's annotation.conf, verbatim, when the import had one. */
  conf?: string;
}

export interface BratExtra {
  /** The T id this annotation came from. */
  id: string;
  /** Which fragment group of that T line, and how many there are (discontinuous spans). */
  part: number;
  parts: number;
  /** The fragments as the file gave them, code points in the raw .txt, to write the same numbers back. */
  raw: Array<[number, number]>;
  /** A lines that state this annotation's attributes (not rewritten). */
  attributeLines?: string[];
}
