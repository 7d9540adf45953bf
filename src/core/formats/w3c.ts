/**
 * W3C Web Annotation (JSON-LD, https://www.w3.org/TR/annotation-model/).
 *
 * Export: an AnnotationCollection whose first AnnotationPage holds one Annotation per span:
 *   motivation "tagging"; body {type: TextualBody, purpose: tagging, value: label}; creator {type: Person, name}
 *   when the span has an annotator; target {source: urn:spanlight:document:<id>, selector: [TextPositionSelector
 *   {start, end} in Unicode CODE POINTS of the stored text, TextQuoteSelector {exact, prefix, suffix} with up to 32
 *   code points of context each side]}. The document texts are NOT in the file (the model points at resources, it
 *   does not embed them), so this format is not lossless on its own: import needs the texts. The collection's
 *   `total` follows its page, so the file streams (w3cWriter.ts, which writes it).
 *
 * Import: an Annotation, an array of them, an AnnotationPage or an AnnotationCollection with an embedded first
 * page. An annotation becomes a span when it has a tag (a TextualBody with purpose "tagging", or motivation
 * "tagging" with a TextualBody / bodyValue) and a target with a source and a top-level TextPositionSelector and/or
 * TextQuoteSelector. Everything else (whole-resource targets, images, CSS/XPath/Range/SVG selectors, positions
 * refined inside a FragmentSelector, Choice/Composite/List…) is listed in `unsupported` with the reason; nothing is
 * dropped silently. With `documents`, targets are matched to them (by urn:spanlight:document:<id>, id or url) and
 * anchored: the position when its slice equals the quote (or there is no quote), else the quote (see
 * textQuote.ts; ambiguous or missing quotes are warned about). Without them, the spans come back `detached`,
 * grouped by target source, offsets as the file gave them.
 */
import { anchorDetached } from './detached';
import { failure, ImportCollector } from './importing';
import {
  describeJson,
  isNonNegativeInteger,
  isObject,
  type JsonObject,
  jsonClone,
  omitKeys,
  parseJson,
} from './json';
import { createUnitIndex } from './offsetUnits';
import type {
  DetachedAnnotation,
  DetachedDocument,
  FormatAnnotation,
  FormatDocument,
  ImportOutcome,
} from './types';
import { ANNOTATION_IRI, DOCUMENT_IRI, documentIri } from './w3cWriter';

export {
  documentIri,
  exportW3c,
  QUOTE_CONTEXT,
  type W3cExportOptions,
  W3cExportStream,
} from './w3cWriter';

export interface W3cImportOptions {
  /** The texts the annotations point at; without them the spans are returned detached. */
  documents?: ReadonlyArray<
    Pick<FormatDocument, 'text'> & Partial<Pick<FormatDocument, 'id' | 'url' | 'title'>>
  >;
  /** Import text-selector annotations that have no tag with this label (e.g. "comment"); default: unsupported. */
  untaggedLabel?: string;
}

interface TextTarget {
  source: string;
  position?: { start: number; end: number };
  /** Why its TextPositionSelector is malformed (not whole numbers): the import is refused, not read by quote. */
  malformed?: string;
  quote?: { exact: string; prefix?: string; suffix?: string };
}

export function importW3c(content: string, options: W3cImportOptions = {}): ImportOutcome {
  const parsed = parseJson(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  if (!parsed.ok) return failure(parsed.reason);
  const collector = new ImportCollector();
  const listed = annotationsOf(parsed.value, collector);
  if (typeof listed === 'string') return failure(listed);

  const byDocument = new Map<string, { items: DetachedAnnotation[] }>();
  for (const [n, annotation] of listed.entries()) {
    const where = `annotation ${n + 1}${typeof annotation.id === 'string' ? ` (${annotation.id})` : ''}`;
    const label = tagOf(annotation) ?? options.untaggedLabel;
    const targets = textTargets(annotation.target);
    if (typeof targets === 'string') {
      collector.unsupported.push(`${where}: ${targets}`);
      continue;
    }
    if (label === undefined) {
      collector.unsupported.push(
        `${where}: it has no tag (a TextualBody with purpose "tagging", or motivation "tagging"), so no label`,
      );
      continue;
    }
    // A position selector of the wrong type is an error in the file, not a reason to fall back on the quote.
    const wrongType = targets.find((target) => target.malformed);
    if (wrongType?.malformed) return failure(`${where}: ${wrongType.malformed}`);
    const malformed = targets.find(
      (target) => target.position && target.position.start > target.position.end,
    );
    if (malformed?.position) {
      return failure(
        `${where}: TextPositionSelector start ${malformed.position.start} is after its end ${malformed.position.end}`,
      );
    }
    if (targets.length > 1)
      collector.warnings.push(`${where}: ${targets.length} targets, imported as one span each`);
    for (const target of targets) {
      const item: DetachedAnnotation = { where, label, text: target.quote?.exact ?? '' };
      const id = annotationIdOf(annotation.id);
      if (id !== undefined) item.id = id;
      if (target.position) {
        item.start = target.position.start;
        item.end = target.position.end;
      }
      if (target.quote) item.quote = target.quote;
      const annotator = creatorName(annotation.creator);
      if (annotator !== undefined) item.annotator = annotator;
      const rest = omitKeys(annotation, [
        '@context',
        'id',
        'type',
        'motivation',
        'body',
        'bodyValue',
        'target',
        'creator',
      ]);
      if (Object.keys(rest).length > 0) item.extra = { w3c: { rest: jsonClone(rest) } };
      const entry = byDocument.get(target.source) ?? { items: [] };
      entry.items.push(item);
      byDocument.set(target.source, entry);
    }
  }

  if (!options.documents) {
    const detached: DetachedDocument[] = [...byDocument].map(([source, { items }]) => ({
      id: source.startsWith(DOCUMENT_IRI) ? decodeURIComponent(source.slice(DOCUMENT_IRI.length)) : source,
      annotations: items,
    }));
    for (const group of detached) for (const item of group.annotations) collector.label(item.label);
    if (detached.length > 0) {
      collector.warnings.push(
        'no document texts were given: the spans are returned detached, to be attached to their documents',
      );
    }
    return collector.success([], { offsetUnit: 'code-point', detached });
  }

  const documents: FormatDocument[] = [];
  for (const [source, { items }] of byDocument) {
    const match = options.documents.find(
      (doc) =>
        (doc.id !== undefined && (documentIri(doc.id) === source || doc.id === source)) ||
        (doc.url !== undefined && doc.url === source),
    );
    if (!match) {
      collector.warnings.push(
        `${items.length} span(s) target ${source}, which is not among the given documents; not imported`,
      );
      continue;
    }
    const annotations: FormatAnnotation[] = [];
    const units = createUnitIndex(match.text);
    for (const item of items) {
      const where = `${item.where} on ${source}`;
      const anchored = anchorDetached(match.text, units, item, where, collector);
      if (typeof anchored === 'string') return failure(anchored);
      if (anchored) collector.annotation(anchored, annotations);
    }
    const doc: FormatDocument = { title: match.title ?? '', text: match.text, annotations };
    if (match.id !== undefined) doc.id = match.id;
    if (match.url !== undefined) doc.url = match.url;
    documents.push(doc);
  }
  return collector.success(documents, { offsetUnit: 'code-point' });
}

/** The annotations of a parsed file, or a reason it holds none the model defines. */
function annotationsOf(value: unknown, collector: ImportCollector): JsonObject[] | string {
  if (Array.isArray(value)) {
    const bad = value.findIndex((item) => !isObject(item));
    if (bad !== -1) return `item ${bad + 1} is ${describeJson(value[bad])}, not an annotation object`;
    return value as JsonObject[];
  }
  if (!isObject(value)) return `the file is ${describeJson(value)}, not a Web Annotation`;
  const type = typeOf(value);
  if (type.includes('Annotation')) return [value];
  if (type.includes('AnnotationPage')) return pageItems(value, 'the page');
  if (type.includes('AnnotationCollection')) {
    if (value.first === undefined) return [];
    if (!isObject(value.first)) {
      return `the collection's first page is ${describeJson(value.first)}, not embedded; only embedded pages can be read`;
    }
    if (value.first.next !== undefined)
      collector.warnings.push('only the embedded first page is read; further pages are not fetched');
    const items = pageItems(value.first, 'the first page');
    if (
      Array.isArray(items) &&
      typeof value.total === 'number' &&
      value.total !== items.length &&
      value.first.next === undefined
    ) {
      collector.warnings.push(
        `the collection says it has ${value.total} annotations; its first page holds ${items.length}`,
      );
    }
    return items;
  }
  return `the file's "type" is ${describeJson(value.type)}, not Annotation, AnnotationPage or AnnotationCollection`;
}

function pageItems(page: JsonObject, name: string): JsonObject[] | string {
  if (!Array.isArray(page.items)) return `${name} has no "items" array`;
  const bad = page.items.findIndex((item) => !isObject(item));
  if (bad !== -1)
    return `${name}, item ${bad + 1} is ${describeJson(page.items[bad])}, not an annotation object`;
  return page.items as JsonObject[];
}

function typeOf(value: JsonObject): string[] {
  const type = value.type ?? value['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function asArray(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The label: a tagging TextualBody's value, or the TextualBody of a tagging annotation. */
function tagOf(annotation: JsonObject): string | undefined {
  const bodies = asArray(annotation.body).filter(isObject);
  const textual = bodies.filter(
    (body) =>
      (typeOf(body).includes('TextualBody') || (body.type === undefined && typeof body.value === 'string')) &&
      typeof body.value === 'string',
  );
  const tagging = textual.find((body) => asArray(body.purpose).includes('tagging'));
  if (tagging) return tagging.value as string;
  if (asArray(annotation.motivation).includes('tagging')) {
    const plain = textual.find((body) => body.purpose === undefined);
    if (plain) return plain.value as string;
    if (typeof annotation.bodyValue === 'string') return annotation.bodyValue;
  }
  return undefined;
}

/** The text targets of an annotation, or why it has none Spanlight can place. */
function textTargets(target: unknown): TextTarget[] | string {
  if (target === undefined) return 'it has no target';
  const targets: TextTarget[] = [];
  const reasons: string[] = [];
  for (const item of asArray(target)) {
    if (typeof item === 'string') {
      reasons.push(`its target ${item} is a whole resource, not a span of text`);
      continue;
    }
    if (!isObject(item)) {
      reasons.push(`its target is ${describeJson(item)}`);
      continue;
    }
    const kind = typeOf(item);
    if (kind.some((t) => ['Composite', 'List', 'Independents', 'Choice'].includes(t))) {
      reasons.push(`its target is a ${kind.join('/')} of resources, not a span of text`);
      continue;
    }
    const source =
      typeof item.source === 'string'
        ? item.source
        : isObject(item.source) && typeof item.source.id === 'string'
          ? item.source.id
          : undefined;
    if (source === undefined) {
      const what = kind.length > 0 ? `a whole ${kind.join('/')} resource` : 'a whole resource';
      reasons.push(
        `its target is ${what}${typeof item.id === 'string' ? ` (${item.id})` : ''}, not a span of text`,
      );
      continue;
    }
    const selectors = asArray(item.selector);
    if (selectors.length === 0) {
      reasons.push(`its target ${source} has no selector (the whole resource), not a span of text`);
      continue;
    }
    const found: TextTarget = { source };
    const others: string[] = [];
    for (const selector of selectors) {
      if (!isObject(selector)) {
        others.push(
          typeof selector === 'string' ? `an external selector (${selector})` : describeJson(selector),
        );
        continue;
      }
      const type = typeOf(selector)[0] ?? 'untyped';
      if (selector.refinedBy !== undefined) {
        others.push(
          `a ${type} refined by ${typeOf(isObject(selector.refinedBy) ? selector.refinedBy : {}).join('/') || 'another selector'} (a position inside a fragment Spanlight cannot resolve)`,
        );
      } else if (type === 'TextPositionSelector') {
        if (!isNonNegativeInteger(selector.start) || !isNonNegativeInteger(selector.end)) {
          found.malformed = `its TextPositionSelector's start and end must be whole numbers ≥ 0 (found ${describeJson(selector.start)} and ${describeJson(selector.end)})`;
        } else found.position = { start: selector.start, end: selector.end };
      } else if (type === 'TextQuoteSelector') {
        if (typeof selector.exact !== 'string') others.push('a TextQuoteSelector without "exact"');
        else {
          const quote: TextTarget['quote'] = { exact: selector.exact };
          if (typeof selector.prefix === 'string') quote.prefix = selector.prefix;
          if (typeof selector.suffix === 'string') quote.suffix = selector.suffix;
          found.quote = quote;
        }
      } else others.push(`a ${type}`);
    }
    if (found.position || found.quote || found.malformed) targets.push(found);
    else
      reasons.push(
        `its target ${source} is selected by ${others.join(' and ')}, not by a TextPositionSelector or TextQuoteSelector`,
      );
  }
  if (targets.length === 0) return reasons.join('; ');
  return targets;
}

function annotationIdOf(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  if (id.startsWith(ANNOTATION_IRI)) {
    const tail = id.slice(ANNOTATION_IRI.length);
    const colon = tail.lastIndexOf(':');
    return decodeURIComponent(colon === -1 ? tail : tail.slice(colon + 1));
  }
  return id;
}

function creatorName(creator: unknown): string | undefined {
  const first = asArray(creator)[0];
  if (typeof first === 'string') return first;
  if (isObject(first)) {
    for (const key of ['name', 'nickname', 'id'])
      if (typeof first[key] === 'string') return first[key] as string;
  }
  return undefined;
}
