/**
 * Article metadata from a parsed page (an inert DOMParser document), by the page's own declarations only:
 * Open Graph and article meta tags, <link rel=canonical>, <time datetime>, <html lang> and JSON-LD. JSON-LD
 * is read with JSON.parse, never evaluated. Every value is trimmed and length-limited; one that does not
 * look right (a URL that is not http(s), a date that is not ISO 8601, a malformed language tag) is dropped
 * rather than guessed.
 */

export interface PageMetadata {
  title?: string;
  source?: string;
  byline?: string;
  url?: string;
  publishedAt?: string;
  lang?: string;
}

/** What Readability found, where it found anything (each field optional). */
export interface ReadabilityHints {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

const MAX_FIELD = 300;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** Collapses white space and trims; undefined for blank or oversized values. */
export function cleanField(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  return Array.from(text).length > MAX_FIELD ? undefined : text;
}

/** The URL if it is an absolute http(s) URL (credentials removed), else undefined. */
export function httpUrl(value: unknown): string | undefined {
  const text = cleanField(value);
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.username = '';
  url.password = '';
  return url.href;
}

/** The date string as given, if it is ISO 8601 (date, or date and time) and a real date. */
export function isoDate(value: unknown): string | undefined {
  const text = cleanField(value);
  if (!text || !ISO_DATE.test(text)) return undefined;
  return Number.isNaN(Date.parse(text.replace(' ', 'T'))) ? undefined : text;
}

/**
 * A BCP 47-shaped language tag ("ar", "en-GB"), else undefined. Underscores ("en_US") become hyphens. With
 * `firstOfList`, the value may be a list ("ar, en", as Content-Language allows) and its first tag is taken.
 */
export function languageTag(value: unknown, firstOfList = false): string | undefined {
  let text = cleanField(value)?.replace(/_/g, '-');
  if (text && firstOfList) text = text.split(/\s*,\s*/)[0];
  return text && LANGUAGE_TAG.test(text) ? text : undefined;
}

function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const element of Array.from(doc.querySelectorAll('meta'))) {
      const name = (element.getAttribute('property') ?? element.getAttribute('name') ?? '').trim();
      if (name.toLowerCase() !== key.toLowerCase()) continue;
      const content = cleanField(element.getAttribute('content'));
      if (content) return content;
    }
  }
  return undefined;
}

function httpEquiv(doc: Document, key: string): string | undefined {
  for (const element of Array.from(doc.querySelectorAll('meta[http-equiv]'))) {
    if (element.getAttribute('http-equiv')?.trim().toLowerCase() !== key) continue;
    const content = cleanField(element.getAttribute('content'));
    if (content) return content;
  }
  return undefined;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ARTICLE_TYPES = /(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|BlogPosting|Report|WebPage)$/;

/** JSON-LD objects of an article type, depth-first through arrays and @graph. */
function jsonLdArticles(doc: Document): Record<string, Json>[] {
  const found: Record<string, Json>[] = [];
  const visit = (value: Json, depth: number): void => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const type = value['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(value);
    const graph = value['@graph'];
    if (graph) visit(graph, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      // CDATA wrappers and HTML comments occasionally wrap JSON-LD on real sites.
      const source = (script.textContent ?? '').replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '');
      visit(JSON.parse(source) as Json, 0);
    } catch {
      // Not JSON: ignored, like any other malformed declaration.
    }
  }
  // Articles before generic web pages.
  return found.sort((a, b) => Number(isWebPage(a)) - Number(isWebPage(b)));
}

function isWebPage(value: Record<string, Json>): boolean {
  const type = value['@type'];
  return (Array.isArray(type) ? type : [type]).every((t) => t === 'WebPage');
}

function jsonName(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return cleanField(value);
  if (Array.isArray(value)) {
    const names = value.map(jsonName).filter((name): name is string => name !== undefined);
    return cleanField(names.join(', '));
  }
  if (value && typeof value === 'object') return cleanField(value.name);
  return undefined;
}

function firstDefined<T>(...values: (T | undefined)[]): T | undefined {
  return values.find((value) => value !== undefined);
}

/** The page's metadata; Readability's findings fill in what the page does not declare itself. */
export function extractMetadata(doc: Document, hints: ReadabilityHints = {}): PageMetadata {
  const ld = jsonLdArticles(doc);
  const fromLd = (key: string): Json | undefined => ld.find((item) => item[key] !== undefined)?.[key];

  const canonical = Array.from(doc.querySelectorAll('link[rel][href]')).find((link) =>
    (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const url = firstDefined(
    httpUrl(canonical?.getAttribute('href')),
    httpUrl(meta(doc, 'og:url')),
    httpUrl(typeof fromLd('url') === 'string' ? fromLd('url') : undefined),
  );

  const title = firstDefined(
    cleanField(hints.title),
    meta(doc, 'og:title', 'twitter:title'),
    cleanField(jsonName(fromLd('headline'))),
    cleanField(doc.querySelector('title')?.textContent),
  );

  const source = firstDefined(
    meta(doc, 'og:site_name', 'application-name'),
    cleanField(hints.siteName),
    jsonName(fromLd('publisher')),
    url ? new URL(url).host.replace(/^www\./, '') : undefined,
  );

  const byline = firstDefined(
    cleanField(hints.byline),
    meta(doc, 'author', 'article:author', 'dc.creator', 'byl'),
    jsonName(fromLd('author')),
  );

  // A <time> of the article itself before any other (a page header often shows today's date).
  const timeElement = [
    ...Array.from(doc.querySelectorAll('[itemprop~="datePublished"][datetime], time[pubdate][datetime]')),
    ...Array.from(doc.querySelectorAll('article time[datetime]')),
    ...Array.from(doc.querySelectorAll('time[datetime]')),
  ]
    .map((time) => isoDate(time.getAttribute('datetime')))
    .find((date) => date !== undefined);
  const publishedAt = firstDefined(
    isoDate(meta(doc, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate')),
    timeElement,
    isoDate(fromLd('datePublished')),
    isoDate(hints.publishedTime),
  );

  const lang = firstDefined(
    languageTag(doc.documentElement.getAttribute('lang')),
    languageTag(doc.documentElement.getAttribute('xml:lang')),
    languageTag(httpEquiv(doc, 'content-language'), true),
  );

  const result: PageMetadata = {};
  if (title) result.title = title;
  if (source) result.source = source;
  if (byline) result.byline = byline;
  if (url) result.url = url;
  if (publishedAt) result.publishedAt = publishedAt;
  if (lang) result.lang = lang;
  return result;
}
