import { Readability } from '@mozilla/readability';
import { type DocumentDraft, titleFromFileName } from '../../core/document';
import { type IntakeResult, intakeFailure, intakeSuccess } from '../../core/intake/types';
import { removeBoilerplate } from './boilerplate';
import { htmlParagraphs } from './htmlToText';
import { extractMetadata, type ReadabilityHints } from './metadata';
import { sanitizeArticleHtml } from './sanitize';

/**
 * HTML intake: a saved web page, or a fragment pasted from one, to one document draft.
 *
 * 1. The HTML is parsed with DOMParser (`text/html`): scripting is disabled and the document has no browsing
 *    context, so no script runs and nothing (images, styles, frames) loads. Nothing of it is ever inserted
 *    into the live page.
 * 2. Readability finds the article in a clone of that document (it mutates what it reads). Below its length
 *    threshold (lowered to 200 characters) it still returns its best attempt, so a pasted fragment of a few
 *    short paragraphs, a list or a table comes through whole; `isProbablyReaderable` is therefore not used as
 *    a gate. When it finds no text at all (or fails), the whole body is used instead, minus navigation,
 *    footers, asides, forms, hidden elements and cookie/share/related containers. Like reader views,
 *    Readability drops a headline that repeats the page title: that headline is the draft's title.
 * 3. The article HTML is sanitized to text structure (sanitize.ts), leftover share and related blocks are
 *    removed (boilerplate.ts), and the DOM is laid out as paragraphs (htmlToText.ts).
 * 4. Metadata comes from the page's own declarations (metadata.ts).
 */

export const NO_ARTICLE_REASON = 'no article text was found in the page';

export interface HtmlIntakeOptions {
  /** The file's name, for the title when the page declares none. */
  fileName?: string;
}

/** Containers dropped from the whole-body fallback (Readability drops them by itself). */
const FALLBACK_BOILERPLATE = [
  'nav',
  'footer',
  'aside',
  'form',
  'dialog',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '[role="dialog"]',
  '[hidden]',
  '[aria-hidden="true"]',
].join(',');
const FALLBACK_BOILERPLATE_NAMES = /cookie|consent|gdpr|share|sharing|social|related|newsletter|subscribe/i;
const DISPLAY_NONE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

interface Article {
  paragraphs: string[];
  hints: ReadabilityHints;
}

function paragraphsOf(html: string): string[] {
  const body = sanitizeArticleHtml(html);
  removeBoilerplate(body);
  return htmlParagraphs(body);
}

function readabilityArticle(doc: Document): Article | null {
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  } catch {
    return null;
  }
  if (!parsed) return null;
  const hints: ReadabilityHints = {
    title: parsed.title,
    byline: parsed.byline,
    siteName: parsed.siteName,
    publishedTime: parsed.publishedTime,
  };
  return { paragraphs: typeof parsed.content === 'string' ? paragraphsOf(parsed.content) : [], hints };
}

function wholeBodyArticle(doc: Document): string[] {
  const body = doc.body?.cloneNode(true) as HTMLElement | undefined;
  if (!body) return [];
  for (const element of Array.from(body.querySelectorAll('*'))) {
    if (!body.contains(element)) continue;
    const names = `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`;
    if (
      element.matches(FALLBACK_BOILERPLATE) ||
      FALLBACK_BOILERPLATE_NAMES.test(names) ||
      DISPLAY_NONE.test(element.getAttribute('style') ?? '')
    ) {
      element.remove();
    }
  }
  return paragraphsOf(body.innerHTML);
}

const letters = (paragraphs: string[]): number =>
  paragraphs.reduce((sum, paragraph) => sum + (paragraph.match(/\p{L}|\p{N}/gu)?.length ?? 0), 0);

function explainError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim().slice(0, 200) || 'unknown error';
}

/** Reads an HTML page or fragment into one draft, or says why it cannot. Never throws. */
export function htmlToDraft(html: string, options: HtmlIntakeOptions = {}): IntakeResult {
  try {
    if (typeof html !== 'string' || html.trim() === '') return intakeFailure(NO_ARTICLE_REASON);
    const doc = new DOMParser().parseFromString(html, 'text/html');

    const article = readabilityArticle(doc);
    let paragraphs = article?.paragraphs ?? [];
    if (letters(paragraphs) === 0) paragraphs = wholeBodyArticle(doc);
    if (letters(paragraphs) === 0) return intakeFailure(NO_ARTICLE_REASON);

    const metadata = extractMetadata(doc, article?.hints);
    const draft: DocumentDraft = {
      title: metadata.title ?? (options.fileName ? titleFromFileName(options.fileName) : ''),
      text: paragraphs.join('\n\n'),
    };
    if (metadata.source) draft.source = metadata.source;
    if (metadata.byline) draft.byline = metadata.byline;
    if (metadata.url) draft.url = metadata.url;
    if (metadata.publishedAt) draft.publishedAt = metadata.publishedAt;
    if (metadata.lang) draft.lang = metadata.lang;
    return intakeSuccess([draft]);
  } catch (error) {
    return intakeFailure(`it could not be read as a web page (${explainError(error)})`);
  }
}
