/** detectFileKind: the extension decides unless the first bytes prove another format. */
import { describe, expect, it } from 'vitest';
import { detectFileKind } from '../../../src/core/intake/detectKind';
import { encodeUtf16, utf8 } from './support';

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
/** A minimal zip local file header naming `entry` (enough for a signature scan). */
const zipWith = (entry: string) =>
  Uint8Array.from([...ascii('PK\x03\x04'), 20, 0, 0, 0, 8, 0, ...new Array(18).fill(0), ...ascii(entry)]);

describe('detectFileKind by extension', () => {
  const plain = utf8('قتل ثلاثة مدنيين\n');
  it.each([
    ['article.txt', 'text'],
    ['ARTICLE.TXT', 'text'],
    ['notes.text', 'text'],
    ['page.html', 'html'],
    ['page.HTM', 'html'],
    ['page.xhtml', 'html'],
    ['readme.md', 'markdown'],
    ['readme.markdown', 'markdown'],
    ['batch.csv', 'csv'],
    ['batch.jsonl', 'jsonl'],
    ['batch.ndjson', 'jsonl'],
    ['batch/2024/مقال.txt', 'text'],
    ['C:\\corpus\\article.md', 'markdown'],
    ['archive.tar.csv', 'csv'],
  ])('%s → %s', (name, kind) => {
    expect(detectFileKind(name, plain)).toBe(kind);
  });

  it.each([['image.png'], ['noextension'], ['.txt'], ['data.json'], ['report.doc'], ['folder.txt/file']])(
    '%s → null (unknown)',
    (name) => {
      expect(detectFileKind(name, plain)).toBeNull();
    },
  );
});

describe('detectFileKind by signature', () => {
  it.each([
    ['a PDF named .txt', 'scan.txt', ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['a PDF with junk before its header', 'report.pdf', ascii(`${' '.repeat(100)}%PDF-1.4`)],
    ['a PDF without extension', 'download', ascii('%PDF-1.4\n')],
  ])('%s is pdf', (_name, fileName, bytes) => {
    expect(detectFileKind(fileName, bytes)).toBe('pdf');
  });

  it.each([
    ['a Word document named .zip', 'article.zip', zipWith('word/document.xml')],
    ['a Word document named .txt', 'article.txt', zipWith('word/document.xml')],
    ['a Word document', 'article.docx', zipWith('word/document.xml')],
  ])('%s is docx', (_name, fileName, bytes) => {
    expect(detectFileKind(fileName, bytes)).toBe('docx');
  });

  it.each([
    ['a doctype', 'page.txt', utf8('<!DOCTYPE html>\n<html lang="ar">')],
    ['BOM, blank lines, <html>', 'page.md', utf8('\uFEFF\n\n  <HTML>\n<body>')],
    [
      'a "saved from" comment first',
      'saved.txt',
      utf8('<!-- saved from url=(0022)http://x.org/ -->\n<html>'),
    ],
    ['an XML declaration (XHTML)', 'page.csv', utf8('<?xml version="1.0"?>\n<!doctype html>')],
    ['UTF-16 LE with BOM', 'page.txt', encodeUtf16('<!doctype html><html>', true, true)],
    ['UTF-16 BE with BOM', 'page', encodeUtf16('  <html dir="rtl">', false, true)],
    ['an error page named .pdf', 'report.pdf', utf8('<html><body>404</body></html>')],
  ])('%s is html', (_name, fileName, bytes) => {
    expect(detectFileKind(fileName, bytes)).toBe('html');
  });

  it.each([
    ['a .pdf without a PDF header', 'report.pdf', utf8('just text')],
    ['a .docx that is no zip', 'article.docx', utf8('just text')],
    ['a .docx zip without a Word part (a spreadsheet)', 'sheet.docx', zipWith('xl/workbook.xml')],
    ['an unknown zip', 'archive.zip', zipWith('word/other.xml')],
  ])('%s is unknown', (_name, fileName, bytes) => {
    expect(detectFileKind(fileName, bytes)).toBeNull();
  });

  it.each([
    [
      'Markdown starting with HTML that is not a document',
      'notes.md',
      utf8('<div align="center">Title</div>'),
      'markdown',
    ],
    ['Markdown starting with a comment', 'notes.md', utf8('<!-- draft -->\n# Title'), 'markdown'],
    ['text mentioning <html> later', 'notes.txt', utf8('About the <html> tag'), 'text'],
    ['a zip named .txt (the decoder refuses it as binary)', 'notes.txt', zipWith('xl/workbook.xml'), 'text'],
    ['"%PDF-" past the first 1024 bytes', 'notes.txt', ascii(`${'a'.repeat(1100)}%PDF-1.4`), 'text'],
    ['<htmlx> is not <html>', 'notes.txt', utf8('<htmlx>'), 'text'],
  ])('%s keeps its extension', (_name, fileName, bytes, kind) => {
    expect(detectFileKind(fileName, bytes)).toBe(kind);
  });
});
