/**
 * Annotations that name their document instead of containing it (CSV of spans; W3C annotations imported without
 * the texts) and how they are put back on a text: by offsets when those slice the span's own text, else by its
 * text as a quote (textQuote.ts). Offsets that fall outside the text refuse the import; a span that cannot be
 * placed is listed in the warnings, never moved silently.
 */
import { ImportCollector } from './importing';
import { createUnitIndex, type UnitIndex } from './offsetUnits';
import { anchorQuote } from './textQuote';
import type {
  DetachedAnnotation,
  DetachedDocument,
  FormatAnnotation,
  FormatDocument,
  ImportOutcome,
} from './types';

/**
 * A detached span on its text: by position (code points, or UTF-16 when only those are given) when it matches
 * the quote, else by quote. Returns the annotation, null when it cannot be placed (warned), or a fatal reason.
 */
export function anchorDetached(
  text: string,
  units: UnitIndex,
  item: DetachedAnnotation,
  where: string,
  collector: ImportCollector,
): FormatAnnotation | null | string {
  let start: number | null = null;
  let end: number | null = null;
  let unitName = '';
  if (item.start !== undefined && item.end !== undefined) {
    start = units.toUtf16(item.start, 'code-point');
    end = units.toUtf16(item.end, 'code-point');
    unitName = 'code points';
    if (start === null || end === null) {
      return `${where}: offsets ${item.start}..${item.end} are outside the text (${units.length('code-point')} code points)`;
    }
  } else if (item.startUtf16 !== undefined && item.endUtf16 !== undefined) {
    start = units.toUtf16(item.startUtf16, 'utf16');
    end = units.toUtf16(item.endUtf16, 'utf16');
    unitName = 'UTF-16 units';
    if (start === null || end === null) {
      return `${where}: UTF-16 offsets ${item.startUtf16}..${item.endUtf16} are outside the text (${text.length}) or inside a character`;
    }
  }
  const expected = item.quote?.exact ?? (item.text !== '' ? item.text : undefined);
  if (start !== null && end !== null && (expected === undefined || text.slice(start, end) === expected)) {
    if (start >= end) {
      collector.warnings.push(`${where}: the span is empty; not imported`);
      return null;
    }
    return annotationFrom(item, start, end, text);
  }
  if (expected === undefined) {
    collector.warnings.push(`${where}: no offsets and no quote; not imported`);
    return null;
  }
  const quote = item.quote ?? { exact: expected };
  const anchored = anchorQuote(text, quote, start ?? undefined);
  if (!anchored.ok) {
    const mismatch =
      start !== null && end !== null
        ? ` (the offsets, in ${unitName}, slice ${JSON.stringify(text.slice(start, end))})`
        : '';
    collector.warnings.push(`${where}: ${anchored.reason}${mismatch}; not imported`);
    return null;
  }
  if (start !== null) {
    collector.warnings.push(
      `${where}: its offsets do not slice its text ${JSON.stringify(expected)}; anchored by the quote instead`,
    );
  }
  if (anchored.ambiguous) {
    collector.warnings.push(
      `${where}: the quote ${JSON.stringify(expected)} fits ${anchored.candidates} places equally well; the first was taken`,
    );
  }
  return annotationFrom(item, anchored.start, anchored.end, text);
}

function annotationFrom(
  item: DetachedAnnotation,
  start: number,
  end: number,
  text: string,
): FormatAnnotation {
  const annotation: FormatAnnotation = { start, end, label: item.label, text: text.slice(start, end) };
  if (item.id !== undefined) annotation.id = item.id;
  if (item.annotator !== undefined) annotation.annotator = item.annotator;
  if (item.attributes !== undefined) annotation.attributes = item.attributes;
  if (item.extra !== undefined) annotation.extra = item.extra;
  return annotation;
}

/**
 * Puts detached spans on their documents, matched by id (or url). All or nothing: a span with offsets outside its
 * text refuses the whole attachment; a span that does not fit (text not found) is listed in the warnings.
 */
export function attachAnnotations(
  detached: readonly DetachedDocument[],
  documents: ReadonlyArray<
    Pick<FormatDocument, 'text'> & Partial<Omit<FormatDocument, 'text' | 'annotations'>>
  >,
): ImportOutcome {
  const collector = new ImportCollector();
  const result: FormatDocument[] = [];
  // The first document of each id and of each url, as a search from the start would find it: looking each
  // group up in the whole list was groups × documents comparisons (10⁸ for a library of 10,000).
  const byId = new Map<string, (typeof documents)[number]>();
  const byUrl = new Map<string, (typeof documents)[number]>();
  for (const doc of documents) {
    if (doc.id !== undefined && !byId.has(doc.id)) byId.set(doc.id, doc);
    if (doc.url !== undefined && !byUrl.has(doc.url)) byUrl.set(doc.url, doc);
  }
  for (const group of detached) {
    const match = byId.get(group.id) ?? byUrl.get(group.id);
    if (!match) {
      collector.warnings.push(
        `${group.annotations.length} span(s) of document ${JSON.stringify(group.id)}: no such document given; not imported`,
      );
      continue;
    }
    const units = createUnitIndex(match.text);
    const annotations: FormatAnnotation[] = [];
    for (const [n, item] of group.annotations.entries()) {
      // The record in the file first (the row of a CSV), then the span's place among its document's spans.
      const where = `${item.where ? `${item.where}, ` : ''}document ${JSON.stringify(group.id)}, span ${n + 1}${item.id !== undefined ? ` (${item.id})` : ''}`;
      const anchored = anchorDetached(match.text, units, item, where, collector);
      if (typeof anchored === 'string') return { ok: false, reason: anchored };
      if (anchored) collector.annotation(anchored, annotations);
    }
    const doc: FormatDocument = { ...match, title: match.title ?? group.title ?? '', annotations };
    // Like the title: the given document's own status first, else the one the file gives.
    const status = match.status ?? group.status;
    if (status) doc.status = status;
    result.push(doc);
  }
  return collector.success(result);
}
