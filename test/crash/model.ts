import type { StoredRows } from './inPage';

/**
 * What the library must hold: every acknowledged action applied, nothing else. Documents are keyed by title
 * (the test makes titles unique) because ids are the app's business; within a document an annotation is
 * keyed by its range, because the test never tags the same range twice in one document. That makes any
 * duplicate written by a replayed or doubled transaction visible, instead of blending into a multiset.
 */

export type Label = 'actor' | 'place' | 'casualty_count';
export const LABELS: readonly Label[] = ['actor', 'place', 'casualty_count'];

export interface ModelSpan {
  start: number;
  end: number;
  label: Label;
}

export interface ModelDocument {
  title: string;
  text: string;
  /** In the app's list order: by start, longer first (ranges are unique, so no tie is left to the id). */
  spans: readonly ModelSpan[];
}

/** Titles in creation order (the app's import order). */
export type Library = ReadonlyMap<string, ModelDocument>;

export type Action =
  | { kind: 'create'; title: string; text: string }
  | { kind: 'tag'; title: string; start: number; end: number; label: Label }
  | { kind: 'relabel'; title: string; start: number; end: number; from: Label; to: Label }
  | { kind: 'delete'; title: string; start: number; end: number; label: Label };

export function describeAction(action: Action): string {
  switch (action.kind) {
    case 'create':
      return `create “${action.title}”`;
    case 'tag':
      return `tag ${action.start}..${action.end} as ${action.label} in “${action.title}”`;
    case 'relabel':
      return `relabel ${action.start}..${action.end} ${action.from}→${action.to} in “${action.title}”`;
    case 'delete':
      return `delete ${action.start}..${action.end} (${action.label}) in “${action.title}”`;
  }
}

export function sortSpans(spans: readonly ModelSpan[]): ModelSpan[] {
  return [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The library after `action`; throws when the action makes no sense there (a bug in the test). */
export function apply(library: Library, action: Action): Library {
  const next = new Map(library);
  if (action.kind === 'create') {
    if (next.has(action.title)) throw new Error(`model: “${action.title}” exists already`);
    next.set(action.title, { title: action.title, text: action.text, spans: [] });
    return next;
  }
  const doc = library.get(action.title);
  if (!doc) throw new Error(`model: no document “${action.title}”`);
  const at = doc.spans.findIndex((span) => span.start === action.start && span.end === action.end);
  let spans: ModelSpan[];
  if (action.kind === 'tag') {
    if (at >= 0) throw new Error(`model: ${action.start}..${action.end} is tagged already`);
    spans = sortSpans([...doc.spans, { start: action.start, end: action.end, label: action.label }]);
  } else {
    const span = doc.spans[at];
    if (!span) throw new Error(`model: no annotation ${action.start}..${action.end}`);
    if (action.kind === 'relabel' && span.label !== action.from)
      throw new Error(`model: ${action.start}..${action.end} is ${span.label}, not ${action.from}`);
    if (action.kind === 'relabel')
      spans = doc.spans.map((s) => (s === span ? { ...s, label: action.to } : s));
    else spans = doc.spans.filter((s) => s !== span);
  }
  next.set(action.title, { ...doc, spans });
  return next;
}

/**
 * The library as stored, and every way the rows contradict each other: a span of no document, a text of no
 * document (or a document without one), a span whose text is not its slice, a span count out of step, two
 * annotations over the same range.
 */
export function fromStoredRows(rows: StoredRows): { library: Library; problems: string[] } {
  const problems: string[] = [];
  const texts = new Map(rows.texts.map((row) => [row.id, row.text]));
  const byId = new Map(rows.documents.map((row) => [row.id, row]));
  const spansOf = new Map<string, ModelSpan[]>();
  for (const span of rows.spans) {
    const doc = byId.get(span.docId);
    if (!doc) {
      problems.push(`annotation ${span.id} (“${span.text}”) belongs to no document (${span.docId})`);
      continue;
    }
    const text = texts.get(span.docId) ?? '';
    if (text.slice(span.start, span.end) !== span.text)
      problems.push(
        `annotation “${span.text}” in “${doc.title}” is not the text at ${span.start}..${span.end}`,
      );
    if (!LABELS.includes(span.label as Label))
      problems.push(`annotation “${span.text}” in “${doc.title}” has label ${span.label}`);
    const list = spansOf.get(span.docId) ?? [];
    if (list.some((other) => other.start === span.start && other.end === span.end))
      problems.push(`“${doc.title}” has two annotations over ${span.start}..${span.end} (“${span.text}”)`);
    list.push({ start: span.start, end: span.end, label: span.label as Label });
    spansOf.set(span.docId, list);
  }
  for (const id of texts.keys()) if (!byId.has(id)) problems.push(`a text is stored for no document (${id})`);
  const library = new Map<string, ModelDocument>();
  // In the app's order (by import time), so the library lists documents as the app does.
  const ordered = [...rows.documents].sort((a, b) => a.importedAt - b.importedAt || (a.id < b.id ? -1 : 1));
  for (const row of ordered) {
    const text = texts.get(row.id);
    if (typeof text !== 'string') problems.push(`“${row.title}” has no stored text`);
    if (row.text !== undefined) problems.push(`“${row.title}” still carries a version-1 text`);
    const spans = sortSpans(spansOf.get(row.id) ?? []);
    if (row.spanCount !== spans.length)
      problems.push(`“${row.title}” says spanCount ${row.spanCount} but has ${spans.length} annotations`);
    if (library.has(row.title)) problems.push(`two documents are titled “${row.title}”`);
    library.set(row.title, { title: row.title, text: text ?? '', spans });
  }
  return { library, problems };
}

/** Every difference between what the model expects and what is stored, one readable line each. */
export function differences(expected: Library, actual: Library): string[] {
  const lines: string[] = [];
  const key = (span: ModelSpan) => `${span.start}..${span.end}`;
  for (const [title, doc] of expected) {
    const stored = actual.get(title);
    if (!stored) {
      lines.push(`lost the document “${title}” (${doc.spans.length} annotations)`);
      continue;
    }
    if (stored.text !== doc.text) lines.push(`the text of “${title}” changed`);
    const storedSpans = new Map(stored.spans.map((span) => [key(span), span]));
    for (const span of doc.spans) {
      const found = storedSpans.get(key(span));
      if (!found) lines.push(`lost the annotation ${key(span)} (${span.label}) in “${title}”`);
      else if (found.label !== span.label)
        lines.push(`${key(span)} in “${title}” is ${found.label}, expected ${span.label}`);
      storedSpans.delete(key(span));
    }
    for (const span of storedSpans.values())
      lines.push(`unexpected annotation ${key(span)} (${span.label}) in “${title}”`);
  }
  for (const title of actual.keys()) if (!expected.has(title)) lines.push(`unexpected document “${title}”`);
  return lines;
}

export type InFlightOutcome = 'landed' | 'vanished';

/**
 * Compares the stored library with the model. With no action in flight it must equal the model; with one,
 * it may equal the model with or without that action, and nothing else. Returns the library from now on and
 * what became of the action in flight; throws with every difference otherwise.
 */
export function reconcile(
  model: Library,
  inFlight: Action | null,
  stored: { library: Library; problems: string[] },
): { library: Library; outcome: InFlightOutcome | null } {
  if (stored.problems.length > 0)
    throw new Error(`the stored rows are inconsistent:\n  ${stored.problems.join('\n  ')}`);
  const without = differences(model, stored.library);
  if (without.length === 0) return { library: model, outcome: inFlight ? 'vanished' : null };
  if (inFlight) {
    const withAction = apply(model, inFlight);
    if (differences(withAction, stored.library).length === 0)
      return { library: withAction, outcome: 'landed' };
  }
  const note = inFlight ? `, with or without the action in flight (${describeAction(inFlight)})` : '';
  throw new Error(
    `the stored library differs from the acknowledged actions${note}:\n  ${without.join('\n  ')}`,
  );
}
