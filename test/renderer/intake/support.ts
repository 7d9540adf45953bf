import JSZip from 'jszip';
import { expect } from 'vitest';
import type { IntakeResult } from '../../../src/core/intake/types';

/** A fixture served by the test server, as bytes. */
export async function loadBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The words of a text: what survives any re-wrapping of its lines. */
export const words = (text: string): string[] => text.split(/\s+/u).filter((word) => word !== '');

/** Paragraphs of an expected-text fixture (blank-line separated; the file ends with one newline). */
export const expectedParagraphs = (text: string): string[] =>
  text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' '));

/**
 * Checks that `actual` paragraphs rebuild `expected` ones, where an expected paragraph may have been split
 * into consecutive pieces (at a page break) but never merged with another or altered. Returns the number of
 * splits.
 */
export function matchParagraphs(actual: string[], expected: string[]): number {
  let splits = 0;
  let i = 0;
  for (const paragraph of expected) {
    let built = '';
    while (built !== paragraph) {
      const piece = actual[i++];
      if (piece === undefined) throw new Error(`ran out of paragraphs before: ${paragraph}`);
      built = built === '' ? piece.replace(/\s+/g, ' ') : `${built} ${piece.replace(/\s+/g, ' ')}`;
      if (!paragraph.startsWith(built)) {
        throw new Error(`paragraph differs:\n  expected: ${paragraph}\n  actual:   ${built}`);
      }
      if (built !== paragraph) splits++;
    }
  }
  if (i !== actual.length) throw new Error(`extra paragraphs: ${actual.slice(i).join(' | ')}`);
  return splits;
}

/** Asserts a failed import whose reason completes "Cannot open “file”: <reason>." sensibly. */
export function expectRefusal(result: IntakeResult, reason?: string | RegExp): string {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.reason).toMatch(/^[a-z]/);
  expect(result.reason).not.toMatch(/[.\s]$/);
  if (typeof reason === 'string') expect(result.reason).toBe(reason);
  else if (reason) expect(result.reason).toMatch(reason);
  return result.reason;
}

/** Asserts a successful import of exactly one draft and returns it. */
export function expectOneDraft(result: IntakeResult) {
  if (!result.ok) throw new Error(`expected a draft, got: ${result.reason}`);
  expect(result.drafts).toHaveLength(1);
  const draft = result.drafts[0];
  if (!draft) throw new Error('unreachable');
  return draft;
}

/** Rejects after `ms`: a hang is a failure, not a stuck test. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Resource requests made so far whose URL contains `marker`. */
export const requestsTo = (marker: string): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes(marker));

/** Lets pending tasks (image error events, timers) run. */
export const settle = (ms = 50): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// ------------------------------------------------------------------------------------------ a tiny PDF writer

export interface PdfTextRun {
  x: number;
  y: number;
  size: number;
  /** ASCII text only (WinAnsi through a standard font); "(", ")" and "\" are escaped here. */
  text: string;
}

/**
 * A minimal, valid PDF: each page shows its runs in Helvetica (a standard font, not embedded: pdf.js reads
 * it without loading any font data). Page size 300 × 400.
 */
export function buildPdf(pages: PdfTextRun[][], info: { title?: string; lang?: string } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObject = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pageIds: number[] = [];
  for (const runs of pages) {
    const escapePdf = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
    const content = runs
      .map((run) => `BT /F1 ${run.size} Tf 1 0 0 1 ${run.x} ${run.y} Tm (${escapePdf(run.text)}) Tj ET`)
      .join('\n');
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pagesObject} 0 R /MediaBox [0 0 300 400] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] =
    `<< /Type /Catalog /Pages ${pagesObject} 0 R${info.lang ? ` /Lang (${info.lang})` : ''} >>`;
  objects[pagesObject - 1] =
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  const infoId = info.title ? add(`<< /Title (${info.title}) >>`) : 0;

  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${infoId ? ` /Info ${infoId} 0 R` : ''} >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

// ------------------------------------------------------------------------------------------ a tiny DOCX writer

export interface DocxBlock {
  text: string;
  style?: string;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal DOCX; `extra` adds or replaces parts (path → content). */
export async function buildDocx(
  blocks: DocxBlock[],
  options: { coreTitle?: string; bodyXml?: string; extra?: Record<string, string> } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`,
  );
  const body =
    options.bodyXml ??
    blocks
      .map(
        (block) =>
          `<w:p>${block.style ? `<w:pPr><w:pStyle w:val="${block.style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(block.text)}</w:t></w:r></w:p>`,
      )
      .join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}</w:body></w:document>`,
  );
  if (options.coreTitle !== undefined) {
    zip.file(
      'docProps/core.xml',
      `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(options.coreTitle)}</dc:title></cp:coreProperties>`,
    );
  }
  for (const [path, content] of Object.entries(options.extra ?? {})) zip.file(path, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

// ------------------------------------------------------------------------------------------ fuzz helpers

/** Number of fuzz cases: the default, or VITE_NIGHTLY_FUZZ_RUNS when set (e.g. 20000 in a nightly job). */
export function fuzzRuns(defaultRuns: number): number {
  const raw = (import.meta.env as Record<string, string | undefined>).VITE_NIGHTLY_FUZZ_RUNS;
  const runs = raw ? Number.parseInt(raw, 10) : Number.NaN;
  return Number.isFinite(runs) && runs > 0 ? runs : defaultRuns;
}
