/**
 * "Search in document" with keys faster than the window: the query typed, Enter, Escape and a label's key in
 * one task, before React's deferred search has caught up (what a busy machine does to a fast typist; CI saw
 * the tag lost). The match of what was typed is selected and tagged.
 */
import '../../../../src/renderer/styles.css';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { AnnotationStore } from '../../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../../src/renderer/storage/database';
import { App } from '../../../../src/renderer/ui/App';
import { browserPlatform } from '../../support/browserPlatform';
import { type Rendered, render } from '../../support/render';

const TEXT = 'هاجم مقاتلو داعش قرية في ريف دير الزور.\nوقال مصدر محلي إن عناصر دَاعِشٍ انسحبوا لاحقاً.';

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;

beforeAll(async () => {
  await page.viewport(1300, 900);
});

beforeEach(async () => {
  localStorage.clear();
  localStorage.setItem('spanlight.sampleSeeded', '1');
  db = new SpanlightDatabase(`document-search-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
  await store.createDocument({ title: 'هجوم', text: TEXT });
  mounted = await render(<App store={store} platform={browserPlatform()} />, 1300);
  await expect.poll(() => document.querySelectorAll('[aria-label="Article text"] p').length).toBe(2);
  // Ready: the article answers a selection (its map of the text is built, under load a while after its
  // paragraphs); then it has none again.
  await expect
    .poll(() => {
      const node = document.querySelector('[aria-label="Article text"] [data-lexical-text]')
        ?.firstChild as Text;
      window.getSelection()?.setBaseAndExtent(node, 0, node, 4);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return document.querySelector('[role="toolbar"][aria-label="Tag selection"]') !== null;
    })
    .toBe(true);
  window.getSelection()?.removeAllRanges();
  await expect.element(page.getByRole('toolbar', { name: 'Tag selection' })).not.toBeInTheDocument();
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  await db.delete();
});

const box = () => document.querySelector('input[aria-label="Search in document"]') as HTMLInputElement;

/** Types `query` as one input event, the way React's controlled input hears it; then as `press`. */
async function type(query: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setValue?.call(box(), query);
  box().dispatchEvent(new Event('input', { bubbles: true }));
  await microtasks();
}

const microtasks = async () => {
  for (let hop = 0; hop < 10; hop++) await Promise.resolve();
};

/**
 * A key press as its own task would have it, on a machine too busy for React's scheduled work: microtasks
 * (React's discrete updates) run after it, no task does (its deferred search, its default-priority renders).
 */
async function press(target: Element, key: string, shiftKey = false) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));
  await microtasks();
}

const storedSpans = async () => {
  const [doc] = await store.listDocuments();
  return (await store.listSpans(doc?.id ?? '')).map(({ label, text }) => ({ label, text }));
};

describe('search in the open document, keys ahead of the window', () => {
  it('selects the first match of what was just typed at Enter', async () => {
    box().focus();
    await type('انسحبوا');
    await press(box(), 'Enter');
    expect(window.getSelection()?.toString()).toBe('انسحبوا');
    await expect.element(page.getByText('1 of 1')).toBeInTheDocument();
  });

  it('Shift+Enter right after typing selects the last match', async () => {
    box().focus();
    await type('داعش');
    await press(box(), 'Enter', true);
    expect(window.getSelection()?.toString()).toBe('دَاعِشٍ');
    await expect.element(page.getByText('2 of 2')).toBeInTheDocument();
  });

  it('typed, Enter, Escape and 1 in one go tag the match', async () => {
    box().focus();
    await type('انسحبوا');
    await press(box(), 'Enter');
    await press(box(), 'Escape');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Article text');
    await press(document.activeElement as Element, '1');
    await expect.poll(storedSpans).toEqual([{ label: 'actor', text: 'انسحبوا' }]);
  });

  it('a new query forgets the match chosen for the old one', async () => {
    box().focus();
    await type('داعش');
    await expect.element(page.getByText('2 matches')).toBeInTheDocument();
    await press(box(), 'Enter');
    await expect.element(page.getByText('1 of 2')).toBeInTheDocument();
    await type('انسحبوا');
    await expect.element(page.getByText('1 match')).toBeInTheDocument();
    // Escape with no match chosen for this query leaves the focus in the box.
    await press(box(), 'Escape');
    expect(document.activeElement).toBe(box());
  });
});
