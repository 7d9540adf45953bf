/**
 * Which importer a file goes to. The extension decides, except where the bytes prove it wrong: a PDF signature,
 * a Word document inside a zip, or an HTML document start win over any extension (a ".pdf" saved from a
 * browser error page is HTML; a ".txt" attachment can be a PDF). A file whose extension promises a binary
 * format its bytes do not have is unknown, so it is refused instead of reaching the wrong parser.
 */
import type { FileKind } from './types';

const KIND_BY_EXTENSION: Record<string, FileKind> = {
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
  md: 'markdown',
  markdown: 'markdown',
  csv: 'csv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/** PDF readers accept the "%PDF-" header anywhere in the first 1024 bytes (junk before it is tolerated). */
const PDF_HEADER_WINDOW = 1024;
/** Bytes looked at for an HTML start: a BOM, some blank lines, then the tag. */
const HTML_SNIFF_BYTES = 512;

export function detectFileKind(name: string, bytes: Uint8Array): FileKind | null {
  const sniffed = sniffKind(bytes);
  if (sniffed !== null) return sniffed;
  const byExtension = KIND_BY_EXTENSION[extensionOf(name)] ?? null;
  // The extension names a binary format whose signature is missing: not that format, and no text format.
  if (byExtension === 'pdf' || byExtension === 'docx') return null;
  return byExtension;
}

/** Lowercased last extension of the file name (a folder path before it is ignored); "" when there is none. */
function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The kind the bytes prove, if any. A zip that is not a Word document is left to the extension check. */
function sniffKind(bytes: Uint8Array): FileKind | null {
  if (indexOfAscii(bytes, '%PDF-', 0, PDF_HEADER_WINDOW) !== -1) return 'pdf';
  if (startsWithAscii(bytes, 'PK\x03\x04')) {
    // File names are stored uncompressed in zip headers, so the Word part's name is findable without inflating.
    return indexOfAscii(bytes, 'word/document.xml', 0, bytes.length) !== -1 ? 'docx' : null;
  }
  if (looksLikeHtmlStart(bytes)) return 'html';
  return null;
}

function startsWithAscii(bytes: Uint8Array, ascii: string): boolean {
  if (bytes.length < ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** First index of the ASCII string's bytes in bytes[from, to), or -1. */
function indexOfAscii(bytes: Uint8Array, ascii: string, from: number, to: number): number {
  const first = ascii.charCodeAt(0);
  const end = Math.min(to, bytes.length) - ascii.length;
  outer: for (let i = from; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let k = 1; k < ascii.length; k++) if (bytes[i + k] !== ascii.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

/**
 * True when the file starts, after a BOM, whitespace, comments and an XML declaration, with "<!doctype html"
 * or "<html" (any case). UTF-16 files (with a BOM) are read through their ASCII characters.
 */
function looksLikeHtmlStart(bytes: Uint8Array): boolean {
  const head = asciiHead(bytes).toLowerCase();
  let rest = head;
  for (;;) {
    const trimmed = rest.replace(/^\s+/, '');
    if (trimmed.startsWith('<!--')) {
      const end = trimmed.indexOf('-->');
      if (end === -1) return false;
      rest = trimmed.slice(end + 3);
    } else if (trimmed.startsWith('<?xml')) {
      const end = trimmed.indexOf('?>');
      if (end === -1) return false;
      rest = trimmed.slice(end + 2);
    } else {
      return /^<!doctype\s+html/.test(trimmed) || /^<html[\s>]/.test(trimmed) || trimmed === '<html';
    }
  }
}

/** The first characters of the file as ASCII (other characters become U+FFFD), after a UTF-8 or UTF-16 BOM. */
function asciiHead(bytes: Uint8Array): string {
  const [b0, b1, b2] = bytes;
  let codes: number[];
  if (b0 === 0xff && b1 === 0xfe) codes = utf16Units(bytes.subarray(2, 2 + HTML_SNIFF_BYTES), true);
  else if (b0 === 0xfe && b1 === 0xff) codes = utf16Units(bytes.subarray(2, 2 + HTML_SNIFF_BYTES), false);
  else if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    codes = Array.from(bytes.subarray(3, 3 + HTML_SNIFF_BYTES));
  else codes = Array.from(bytes.subarray(0, HTML_SNIFF_BYTES));
  return String.fromCharCode(...codes.map((code) => (code < 0x80 ? code : 0xfffd)));
}

function utf16Units(bytes: Uint8Array, littleEndian: boolean): number[] {
  const units: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    units.push(littleEndian ? a | (b << 8) : (a << 8) | b);
  }
  return units;
}
