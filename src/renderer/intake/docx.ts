import JSZip from 'jszip';
import mammoth from 'mammoth';
import { type DocumentDraft, titleFromFileName } from '../../core/document';
import { type IntakeResult, intakeFailure, intakeSuccess } from '../../core/intake/types';
import { htmlParagraphs } from './htmlToText';
import { cleanField, languageTag } from './metadata';
import { sanitizeArticleHtml } from './sanitize';

/**
 * DOCX intake: a Word document to one draft.
 *
 * 1. The package is opened with JSZip and its XML parts are decompressed with CRC checks, so a damaged or
 *    truncated file is refused instead of being read in part.
 * 2. mammoth (its browser build, chosen by the package's "browser" field) converts the body to HTML: headings
 *    by style, lists, tables; images are left out (never decoded nor embedded), linked files never read.
 * 3. That HTML goes through the same sanitizer and layout as web pages (sanitize.ts, htmlToText.ts), so
 *    headings, paragraphs and list items become paragraphs. No boilerplate filter: the document is the
 *    researcher's own, not a web page.
 * 4. Title: the first heading, else the core properties' dc:title, else the file name. Language: the core
 *    properties' dc:language when well-formed.
 */

export interface DocxIntakeOptions {
  /** The file's name, for the title when the document has neither a heading nor a declared title. */
  fileName?: string;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const DC = 'http://purl.org/dc/elements/1.1/';
/** Parts whose integrity is checked up front (the text lives in them). */
const CHECKED_PART = /(?:\.xml|\.rels)$/i;
/** mammoth's footnote and endnote back-links ("↑"): navigation, not text. */
const NOTE_BACK_LINK = /<a href="#(?:footnote|endnote)-ref-[^"]*">↑<\/a>/g;

class IntakeStop extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

const notReadable = (detail: string): string => `it is not a readable Word document (${detail})`;

const DAMAGED = notReadable('the file is damaged or truncated');

function explainError(error: unknown): string {
  if (error instanceof IntakeStop) return error.reason;
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  if (/xmldom/i.test(message)) return notReadable('its XML is damaged');
  return notReadable(message.slice(0, 160) || 'unknown error');
}

interface CoreProperties {
  title?: string;
  lang?: string;
}

async function openPackage(bytes: Uint8Array): Promise<CoreProperties> {
  if (bytes.length === 0) throw new IntakeStop(notReadable('the file is empty'));
  if (!ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    throw new IntakeStop(notReadable('it is not a Word (.docx) package'));
  }
  let zip: JSZip;
  const texts = new Map<string, string>();
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const parts = Object.values(zip.files).filter((entry) => !entry.dir && CHECKED_PART.test(entry.name));
    for (const part of parts) texts.set(part.name, await part.async('string'));
  } catch {
    // JSZip's messages ("Corrupted zip: …", "Bug : uncompressed data size mismatch") say nothing more useful.
    throw new IntakeStop(DAMAGED);
  }
  if (!zip.file('word/document.xml') && !zip.file('_rels/.rels')) {
    throw new IntakeStop(notReadable('it has no document part'));
  }
  return coreProperties(texts.get('docProps/core.xml'));
}

function coreProperties(xml: string | undefined): CoreProperties {
  if (!xml) return {};
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return {};
  const value = (name: string): string | undefined =>
    cleanField(doc.getElementsByTagNameNS(DC, name)[0]?.textContent ?? undefined);
  const core: CoreProperties = {};
  const title = value('title');
  const lang = languageTag(value('language'));
  if (title) core.title = title;
  if (lang) core.lang = lang;
  return core;
}

/** Reads a DOCX file's text into one draft, or says why it cannot. Never throws. */
export async function docxToDraft(bytes: Uint8Array, options: DocxIntakeOptions = {}): Promise<IntakeResult> {
  try {
    if (!(bytes instanceof Uint8Array)) return intakeFailure(notReadable('no bytes were given'));
    const core = await openPackage(bytes);

    const arrayBuffer = bytes.slice().buffer;
    const converted = await mammoth.convertToHtml(
      { arrayBuffer },
      {
        // Word's Title and Subtitle styles are headings too (mammoth maps only "Heading n" by default).
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      },
    );
    const body = sanitizeArticleHtml(converted.value.replace(NOTE_BACK_LINK, ''));
    const paragraphs = htmlParagraphs(body);
    if (!paragraphs.some((paragraph) => /[\p{L}\p{N}]/u.test(paragraph))) {
      return intakeFailure('the document has no text');
    }

    const heading = body.querySelector('h1, h2, h3, h4, h5, h6');
    const title =
      cleanField(heading ? htmlParagraphs(heading).join(' ') : undefined) ??
      core.title ??
      (options.fileName ? titleFromFileName(options.fileName) : '');
    const draft: DocumentDraft = { title, text: paragraphs.join('\n\n') };
    if (core.lang) draft.lang = core.lang;
    return intakeSuccess([draft]);
  } catch (error) {
    return intakeFailure(explainError(error));
  }
}
