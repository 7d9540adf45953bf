import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentStatus } from '../../../src/core/documentStatus';
import {
  compareDocuments,
  DOCUMENT_ORDERS,
  type DocumentOrder,
  type OrderableDocument,
  orderInput,
  sortDocuments,
} from '../../../src/core/library/documentOrder';

let nextId = 0;
const doc = (title: string, extra: Partial<OrderableDocument> = {}): OrderableDocument => {
  nextId++;
  return { id: `d${String(nextId).padStart(3, '0')}`, title, spanCount: 0, importedAt: nextId, ...extra };
};

const titles = (docs: OrderableDocument[]) => docs.map((d) => d.title);

describe('sortDocuments', () => {
  it('titles: Arabic-aware (diacritics, hamza seats, tatweel ignored), numbers by value, ties by import', () => {
    const docs = [
      doc('حلب'),
      doc('الرقّة 10'),
      doc('أحداث دير الزور'),
      doc('الرقة 9'),
      doc('احداث درعا'),
      doc('Raqqa'),
      doc('بـغداد'),
      doc('حلب'),
    ];
    const sorted = sortDocuments(docs, 'title');
    expect(titles(sorted)).toEqual([
      'احداث درعا',
      'أحداث دير الزور',
      'الرقة 9',
      'الرقّة 10',
      'بـغداد',
      'حلب',
      'حلب',
      'Raqqa',
    ]);
    const halab = sorted.filter((d) => d.title === 'حلب');
    expect(halab[0]?.importedAt).toBeLessThan(halab[1]?.importedAt as number);
  });

  it('dates: newest or oldest first, any readable form, unreadable and missing dates last either way', () => {
    const docs = [
      doc('none'),
      doc('march', { publishedAt: '5 آذار 2017' }),
      doc('odd', { publishedAt: 'last week' }),
      doc('jan', { publishedAt: '2017-01-09' }),
      doc('april', { publishedAt: 'April 5, 2017' }),
    ];
    expect(titles(sortDocuments(docs, 'date-newest'))).toEqual(['april', 'march', 'jan', 'none', 'odd']);
    expect(titles(sortDocuments(docs, 'date-oldest'))).toEqual(['jan', 'march', 'april', 'none', 'odd']);
  });

  it('source (then title), documents without a source last', () => {
    const docs = [
      doc('b', { source: 'SY24' }),
      doc('z'),
      doc('a', { source: 'عنب بلدي' }),
      doc('a', { source: 'sy24' }),
      doc('c', { source: '  ' }),
    ];
    expect(sortDocuments(docs, 'source').map((d) => `${d.title}:${d.source ?? ''}`)).toEqual([
      'a:عنب بلدي',
      'a:sy24',
      'b:SY24',
      'c:  ',
      'z:',
    ]);
  });

  it.each<[DocumentOrder, string[]]>([
    ['status', ['todo1', 'todo2', 'progress', 'done', 'review']],
    ['annotations-most', ['done', 'progress', 'review', 'todo1', 'todo2']],
    ['annotations-fewest', ['todo2', 'review', 'todo1', 'done', 'progress']],
    ['imported', ['review', 'todo1', 'done', 'progress', 'todo2']],
    ['imported-newest', ['todo2', 'progress', 'done', 'todo1', 'review']],
  ])('%s', (order, expected) => {
    const docs = [
      doc('review', { status: 'needs_review', spanCount: 2 }),
      doc('todo1', { spanCount: 2 }),
      doc('done', { status: 'done', spanCount: 5 }),
      doc('progress', { status: 'in_progress', spanCount: 5 }),
      doc('todo2', { status: 'todo', spanCount: 0 }),
    ];
    expect(titles(sortDocuments(docs, order))).toEqual(expected);
  });
});

const arbitraryDocs = fc.array(
  fc.record({
    id: fc.uuid(),
    title: fc.constantFrom('الرقة', 'الرقّة', 'أحداث', 'احداث', 'Raqqa', 'raqqa', 'حلب 2', 'حلب 10', ''),
    source: fc.option(fc.constantFrom('SY24', 'sy24', 'عنب بلدي', ''), { nil: undefined }),
    publishedAt: fc.option(fc.constantFrom('2017-01-02', '2017', 'May 3, 2017', '?', '5 آذار 2017'), {
      nil: undefined,
    }),
    status: fc.option(fc.constantFrom<DocumentStatus>('todo', 'in_progress', 'done', 'needs_review'), {
      nil: undefined,
    }),
    spanCount: fc.nat(5),
    importedAt: fc.nat(20),
  }),
  { maxLength: 30 },
);

describe('every order (property)', () => {
  it('is a total order independent of the input order: sorting a shuffle gives the same list', () => {
    fc.assert(
      fc.property(
        arbitraryDocs,
        fc.constantFrom(...DOCUMENT_ORDERS.map((o) => o.key)),
        fc.nat(),
        (docs, order, seed) => {
          const shuffled = [...docs].sort(
            (a, b) => ((a.id.charCodeAt(seed % 30) || 0) % 3) - ((b.id.charCodeAt(seed % 30) || 0) % 3),
          );
          expect(sortDocuments(shuffled, order).map((d) => d.id)).toEqual(
            sortDocuments(docs, order).map((d) => d.id),
          );
          const sorted = sortDocuments(docs, order);
          const compare = compareDocuments(order);
          for (let i = 1; i < sorted.length; i++) {
            expect(
              compare(sorted[i - 1] as OrderableDocument, sorted[i] as OrderableDocument),
            ).toBeLessThanOrEqual(0);
          }
        },
      ),
    );
  });

  it('two documents with the same order input compare the same against any third', () => {
    fc.assert(
      fc.property(arbitraryDocs, fc.constantFrom(...DOCUMENT_ORDERS.map((o) => o.key)), (docs, order) => {
        // The list can keep a previous order when no input changed: the input must carry all the order reads.
        const copies = docs.map((d) => ({
          ...d,
          spanCount: order.startsWith('annotations') ? d.spanCount : d.spanCount + 1,
        }));
        for (const [index, copy] of copies.entries()) {
          expect(orderInput(copy, order)).toBe(orderInput(docs[index] as OrderableDocument, order));
        }
        expect(sortDocuments(copies, order).map((d) => d.id)).toEqual(
          sortDocuments(docs, order).map((d) => d.id),
        );
      }),
    );
  });
});
