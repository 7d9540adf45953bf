import '../../../src/renderer/styles.css';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { DocumentSummary } from '../../../src/renderer/storage/annotationStore';
import { DocumentList } from '../../../src/renderer/ui/DocumentList';
import { type Rendered, render } from '../support/render';

let mounted: Rendered | null = null;
beforeEach(() => localStorage.clear());
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

const summary = (index: number, title: string, extra: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id: `doc-${index}`,
  title,
  spanCount: 0,
  importedAt: 1_000 + index,
  ...extra,
});

const list = (documents: readonly DocumentSummary[]) => (
  <div style={{ height: '600px', display: 'flex', flexDirection: 'column' }}>
    <DocumentList documents={documents} openId={null} onOpen={() => {}} onDelete={() => {}} />
  </div>
);

/** The titles of the rows rendered, in order. */
const shownTitles = () =>
  [...document.querySelectorAll('[aria-label="Documents"] .document-title')].map(
    (title) => title.textContent,
  );

const sortBy = (name: string) => page.getByRole('combobox', { name: 'Sort documents' }).selectOptions(name);

describe('Sort documents', () => {
  const documents = [
    summary(1, 'حلب', { publishedAt: '2024-03-01', source: 'SY24', status: 'done', spanCount: 3 }),
    summary(2, 'الرقّة 10', { publishedAt: 'April 5, 2024', spanCount: 9 }),
    summary(3, 'أحداث دير الزور', { source: 'عنب بلدي', status: 'needs_review', spanCount: 1 }),
    summary(4, 'الرقة 9', { publishedAt: '5 آذار 2023', source: 'Enab Baladi', status: 'in_progress' }),
    summary(5, 'احداث درعا', { spanCount: 3 }),
  ];

  it.each([
    ['Import order', ['حلب', 'الرقّة 10', 'أحداث دير الزور', 'الرقة 9', 'احداث درعا']],
    ['Title', ['احداث درعا', 'أحداث دير الزور', 'الرقة 9', 'الرقّة 10', 'حلب']],
    ['Date, newest first', ['الرقّة 10', 'حلب', 'الرقة 9', 'أحداث دير الزور', 'احداث درعا']],
    ['Source', ['أحداث دير الزور', 'الرقة 9', 'حلب', 'احداث درعا', 'الرقّة 10']],
    ['Status', ['الرقّة 10', 'احداث درعا', 'الرقة 9', 'حلب', 'أحداث دير الزور']],
    ['Most annotations', ['الرقّة 10', 'حلب', 'احداث درعا', 'أحداث دير الزور', 'الرقة 9']],
  ])('%s', async (order, expected) => {
    mounted = await render(list(documents));
    await sortBy(order);
    await expect.poll(shownTitles).toEqual(expected);
  });

  it('keeps its order when a count changes, shows the new count, and applies the filter on top', async () => {
    mounted = await render(list(documents));
    await sortBy('Title');
    await expect.poll(shownTitles).toEqual(['احداث درعا', 'أحداث دير الزور', 'الرقة 9', 'الرقّة 10', 'حلب']);
    // A tag replaces one summary object, as the workspace does.
    const tagged = documents.map((doc) => (doc.id === 'doc-1' ? { ...doc, spanCount: 4 } : doc));
    await mounted.rerender(list(tagged));
    expect(shownTitles()).toEqual(['احداث درعا', 'أحداث دير الزور', 'الرقة 9', 'الرقّة 10', 'حلب']);
    await expect.element(page.getByRole('button', { name: /^حلب/ })).toHaveTextContent(/4/);
    await page.getByRole('searchbox', { name: 'Filter documents' }).fill('الرقه');
    await expect.poll(shownTitles).toEqual(['الرقة 9', 'الرقّة 10']);
  });

  it('is remembered', async () => {
    mounted = await render(list(documents));
    await sortBy('Most annotations');
    await mounted.unmount();
    mounted = await render(list(documents));
    await expect
      .element(page.getByRole('combobox', { name: 'Sort documents' }))
      .toHaveValue('annotations-most');
    expect(shownTitles()[0]).toBe('الرقّة 10');
  });

  it('10,000 documents: sorted whole, rendered a window at a time', async () => {
    const words = ['الرقة', 'دير الزور', 'الحسكة', 'حلب', 'إدلب', 'درعا', 'Raqqa', 'Homs'];
    const many = Array.from({ length: 10_000 }, (_, index) =>
      summary(index, `${words[(index * 7) % words.length]} ${index}`, { spanCount: index % 50 }),
    );
    mounted = await render(list(many));
    const started = performance.now();
    await sortBy('Title');
    await expect.poll(() => shownTitles()[0]).toBe('إدلب 4');
    const sortMs = performance.now() - started;
    expect(document.querySelectorAll('[aria-label="Documents"] li').length).toBeLessThan(100);
    const rows = document.querySelector('[aria-label="Documents"] li');
    expect(rows?.getAttribute('aria-setsize')).toBe('10000');
    // The end of the list: the last title in the collation, numbers by value.
    const scroller = document.querySelector('.document-scroll') as HTMLElement;
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event('scroll'));
    await expect.poll(() => shownTitles().at(-1)).toBe('Raqqa 9994');
    // Not a budget (the bench measures), but worth seeing in the log.
    console.info(`sorted 10,000 titles and painted in ${sortMs.toFixed(0)} ms`);
  });
});
