/**
 * The orders the library can be sorted in. Every order is total and stable: ties fall back to import order
 * (then id), so rows never swap places between two renders or two machines.
 *
 * Titles and sources compare with an Arabic-aware collation (Intl.Collator for Arabic then English, numeric,
 * base sensitivity) over their search folds (text/searchFold: diacritics, tatweel and hamza seats dropped), so
 * "الرقّة" sorts with "الرقة" and "أحداث" with "احداث", and "10" after "9". Documents without the sorted value
 * (no source, no readable date) go last, whatever the direction.
 */
import { DOCUMENT_STATUSES, type DocumentStatus } from '../documentStatus';
import { publicationSortKey } from '../stats/publicationDate';
import { searchFold } from '../text/searchFold';

export type DocumentOrder =
  | 'imported'
  | 'imported-newest'
  | 'title'
  | 'date-newest'
  | 'date-oldest'
  | 'source'
  | 'status'
  | 'annotations-most'
  | 'annotations-fewest';

export const DOCUMENT_ORDERS: ReadonlyArray<{ key: DocumentOrder; name: string }> = [
  { key: 'imported', name: 'Import order' },
  { key: 'imported-newest', name: 'Newest import first' },
  { key: 'title', name: 'Title' },
  { key: 'date-newest', name: 'Date, newest first' },
  { key: 'date-oldest', name: 'Date, oldest first' },
  { key: 'source', name: 'Source' },
  { key: 'status', name: 'Status' },
  { key: 'annotations-most', name: 'Most annotations' },
  { key: 'annotations-fewest', name: 'Fewest annotations' },
];

export function isDocumentOrder(value: unknown): value is DocumentOrder {
  return DOCUMENT_ORDERS.some((order) => order.key === value);
}

/** What an order reads of a document (the library's summaries have these fields). */
export interface OrderableDocument {
  id: string;
  title: string;
  source?: string;
  publishedAt?: string;
  status?: DocumentStatus;
  spanCount: number;
  /** Milliseconds since the epoch. */
  importedAt: number;
}

const COLLATOR = new Intl.Collator(['ar', 'en'], { sensitivity: 'base', numeric: true });
const STATUS_RANK = new Map(DOCUMENT_STATUSES.map((status, index) => [status.key, index]));

/** Sort keys per document object: a tag replaces one summary, so only that one's keys are computed again. */
const keyCache = new WeakMap<
  OrderableDocument,
  { title?: string; source?: string | null; date?: string | null }
>();

function keysOf(doc: OrderableDocument) {
  let keys = keyCache.get(doc);
  if (!keys) {
    keys = {};
    keyCache.set(doc, keys);
  }
  return keys;
}

function titleKey(doc: OrderableDocument): string {
  const keys = keysOf(doc);
  keys.title ??= searchFold(doc.title.trim());
  return keys.title;
}

function sourceKey(doc: OrderableDocument): string | null {
  const keys = keysOf(doc);
  if (keys.source === undefined) keys.source = doc.source?.trim() ? searchFold(doc.source.trim()) : null;
  return keys.source;
}

function dateKey(doc: OrderableDocument): string | null {
  const keys = keysOf(doc);
  if (keys.date === undefined) keys.date = publicationSortKey(doc.publishedAt);
  return keys.date;
}

function byImport(a: OrderableDocument, b: OrderableDocument): number {
  return a.importedAt - b.importedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Missing values last in both directions; `direction` -1 reverses only the present values. */
function presentFirst<T>(
  a: T | null,
  b: T | null,
  compare: (x: T, y: T) => number,
  direction: 1 | -1 = 1,
): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return direction * compare(a, b);
}

const plain = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export function compareDocuments(
  order: DocumentOrder,
): (a: OrderableDocument, b: OrderableDocument) => number {
  switch (order) {
    case 'imported':
      return byImport;
    case 'imported-newest':
      return (a, b) => byImport(b, a);
    case 'title':
      return (a, b) =>
        COLLATOR.compare(titleKey(a), titleKey(b)) || COLLATOR.compare(a.title, b.title) || byImport(a, b);
    case 'date-newest':
      return (a, b) => presentFirst(dateKey(a), dateKey(b), plain, -1) || byImport(a, b);
    case 'date-oldest':
      return (a, b) => presentFirst(dateKey(a), dateKey(b), plain) || byImport(a, b);
    case 'source':
      return (a, b) =>
        presentFirst(sourceKey(a), sourceKey(b), COLLATOR.compare) ||
        COLLATOR.compare(titleKey(a), titleKey(b)) ||
        byImport(a, b);
    case 'status':
      return (a, b) =>
        (STATUS_RANK.get(a.status ?? 'todo') ?? 0) - (STATUS_RANK.get(b.status ?? 'todo') ?? 0) ||
        byImport(a, b);
    case 'annotations-most':
      return (a, b) => b.spanCount - a.spanCount || byImport(a, b);
    case 'annotations-fewest':
      return (a, b) => a.spanCount - b.spanCount || byImport(a, b);
  }
}

/** A sorted copy of the documents. */
export function sortDocuments<T extends OrderableDocument>(
  documents: readonly T[],
  order: DocumentOrder,
): T[] {
  return [...documents].sort(compareDocuments(order));
}

/**
 * What `order` reads of a document besides its id and import time. When no document's input changed (a tag
 * changed a count while the library is sorted by title), the previous order still holds and sorting 10,000
 * documents again can be skipped.
 */
export function orderInput(doc: OrderableDocument, order: DocumentOrder): string | number {
  switch (order) {
    case 'imported':
    case 'imported-newest':
      return doc.importedAt;
    case 'title':
      return `${doc.importedAt}\u0000${doc.title}`;
    case 'date-newest':
    case 'date-oldest':
      return `${doc.importedAt}\u0000${doc.publishedAt ?? ''}`;
    case 'source':
      return `${doc.importedAt}\u0000${doc.source ?? ''}\u0000${doc.title}`;
    case 'status':
      return `${doc.importedAt}\u0000${doc.status ?? 'todo'}`;
    case 'annotations-most':
    case 'annotations-fewest':
      return `${doc.importedAt}\u0000${doc.spanCount}`;
  }
}
