/**
 * Tagging in the window (issue 4): a write slower than a frame paints the tag in its pending style meanwhile; it
 * is listed, counted and announced as saved only once its transaction has committed; a second tag pressed
 * meanwhile is queued, not ignored, and the same key pressed again on the same selection is not a second tag; a
 * failed write takes the pending highlight away and says so.
 */
import '../../../src/renderer/styles.css';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { HIGHLIGHT_NAMES } from '../../../src/renderer/editor/highlightPainter';
import { pendingHighlightName } from '../../../src/renderer/editor/pendingHighlights';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../src/renderer/storage/database';
import { App } from '../../../src/renderer/ui/App';
import { browserPlatform } from '../support/browserPlatform';
import { type Rendered, render } from '../support/render';

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;

const platform = browserPlatform();

beforeAll(async () => {
  await page.viewport(1300, 900);
});

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('spanlight.sampleSeeded', '1');
  db = new SpanlightDatabase(`tagging-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await mounted?.unmount();
  mounted = null;
  await db.delete();
});

/** Starts the app on a library holding one article, which it opens. */
async function openArticle(text: string) {
  await store.createDocument({ title: 'تقرير', text });
  mounted = await render(<App store={store} platform={platform} />, 1300);
  await expect.element(page.getByRole('heading', { name: 'تقرير' })).toBeInTheDocument();
  await expect.poll(() => document.querySelectorAll('[aria-label="Article text"] p').length).toBe(1);
}

/** Selects `needle` in the article as a mouse drag would, until the tag toolbar answers. */
async function select(needle: string) {
  await expect
    .poll(() => {
      const root = document.querySelector('[aria-label="Article text"]') as HTMLElement;
      const node = root.querySelector('[data-lexical-text]')?.firstChild as Text;
      const at = node.data.indexOf(needle);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return document.querySelector('[role="toolbar"][aria-label="Tag selection"]') !== null;
    })
    .toBe(true);
}

/** addSpan held back until `release()`: a commit that takes as long as the test wants. */
function holdCommits(fail = false) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const addSpan = store.addSpan.bind(store);
  const spy = vi.spyOn(store, 'addSpan').mockImplementation(async (...args) => {
    await gate;
    if (fail) throw new Error('Could not save the annotation: the disk is full. Nothing was saved.');
    return addSpan(...args);
  });
  return { release, spy };
}

const painted = (name: string) =>
  [...((CSS.highlights.get(name) as Highlight | undefined) ?? [])].map((range) => range.toString());
const listed = () =>
  page
    .getByRole('list', { name: 'Annotations' })
    .getByRole('listitem')
    .elements()
    .map((item) => item.textContent);

describe('tagging', () => {
  it('paints the tag pending while a slow write is under way, and saved only after the commit', async () => {
    await openArticle('أعلنت قسد اعتقال ٣٤ شخصاً بالحسكة.');
    const { release } = holdCommits();
    await select('قسد');
    await userEvent.keyboard('1');
    await expect.poll(() => painted(pendingHighlightName('actor'))).toEqual(['قسد']);
    await expect.element(page.getByRole('toolbar', { name: 'Tag selection' })).not.toBeInTheDocument();
    // Not saved yet: not painted as saved, not listed, not announced.
    expect(painted(HIGHLIGHT_NAMES.label('actor'))).toEqual([]);
    expect(listed()).toEqual([]);
    expect(document.querySelector('[role="status"]')?.textContent ?? '').not.toMatch(/Saved/);

    release();
    await expect.element(page.getByRole('status')).toHaveTextContent('Saved “قسد” as Actor.');
    expect(painted(HIGHLIGHT_NAMES.label('actor'))).toEqual(['قسد']);
    expect(painted(pendingHighlightName('actor'))).toEqual([]);
    await expect.poll(listed).toEqual(['Actor قسد']);
  });

  it('queues a tag pressed while the previous one is still being written', async () => {
    await openArticle('أعلنت قسد اعتقال ٣٤ شخصاً بالحسكة.');
    const { release, spy } = holdCommits();
    await select('قسد');
    await userEvent.keyboard('1');
    await select('الحسكة');
    await userEvent.keyboard('2');
    await expect.poll(() => painted(pendingHighlightName('place'))).toEqual(['الحسكة']);
    expect(painted(pendingHighlightName('actor'))).toEqual(['قسد']);
    expect(spy).toHaveBeenCalledTimes(2);

    release();
    await expect.poll(listed).toEqual(['Actor قسد', 'Place الحسكة']);
    // The list and the article are painted by separate updates: under load the saved highlight can follow a
    // frame after the list (it failed once in CI when asserted at once).
    await expect.poll(() => painted(HIGHLIGHT_NAMES.label('place'))).toEqual(['الحسكة']);
    expect(painted(pendingHighlightName('actor'))).toEqual([]);
    expect(painted(pendingHighlightName('place'))).toEqual([]);
    const [doc] = await store.listDocuments();
    expect((await store.listSpans(doc?.id ?? '')).map((span) => span.text)).toEqual(['قسد', 'الحسكة']);
    expect(doc?.spanCount).toBe(2);
  });

  it('tags what the page shows selected when the key comes before the window has re-rendered', async () => {
    await openArticle('أعلنت قسد اعتقال ٣٤ شخصاً بالحسكة.');
    // The article answers selections (its map of the text is ready), and then has none.
    await select('قسد');
    window.getSelection()?.removeAllRanges();
    await expect.element(page.getByRole('toolbar', { name: 'Tag selection' })).not.toBeInTheDocument();
    // The selection ends and the key is pressed in one task: React has not re-rendered the window with the
    // selection when the key arrives (CI saw this after Escape in the search box, then 2).
    const root = document.querySelector('[aria-label="Article text"]') as HTMLElement;
    const node = root.querySelector('[data-lexical-text]')?.firstChild as Text;
    const at = node.data.indexOf('الحسكة');
    window.getSelection()?.setBaseAndExtent(node, at, node, at + 'الحسكة'.length);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '2', bubbles: true }));

    await expect.poll(listed).toEqual(['Place الحسكة']);
    await expect.element(page.getByRole('status')).toHaveTextContent('Saved “الحسكة” as Place.');
    // The window's own copy of the selection, which arrived after the key, is forgotten with the tag.
    await expect.element(page.getByRole('toolbar', { name: 'Tag selection' })).not.toBeInTheDocument();
    // A second press finds the page's selection given way to the tag: nothing is tagged twice.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '2', bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [doc] = await store.listDocuments();
    expect((await store.listSpans(doc?.id ?? '')).map((span) => span.text)).toEqual(['الحسكة']);
  });

  it('tags a selection once however often its key is pressed while it is being written', async () => {
    await openArticle('أعلنت قسد اعتقال ٣٤ شخصاً بالحسكة.');
    const { release, spy } = holdCommits();
    await select('قسد');
    // Pressed again within the same frame: the selection is still on the page (nothing painted yet).
    for (const key of ['1', '1', '2'])
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    await expect.poll(() => painted(pendingHighlightName('actor'))).toEqual(['قسد']);
    await userEvent.keyboard('1');
    expect(spy).toHaveBeenCalledTimes(1);
    release();
    await expect.poll(listed).toEqual(['Actor قسد']);
  });

  it('takes the pending highlight away and says so when the write fails', async () => {
    await openArticle('The SDF detained 34 people in Raqqa.');
    const { release } = holdCommits(true);
    await select('Raqqa');
    await userEvent.keyboard('2');
    await expect.poll(() => painted(pendingHighlightName('place'))).toEqual(['Raqqa']);

    release();
    await expect.element(page.getByRole('alert')).toHaveTextContent(/disk is full.*Nothing was saved/);
    expect(painted(pendingHighlightName('place'))).toEqual([]);
    expect(painted(HIGHLIGHT_NAMES.label('place'))).toEqual([]);
    expect(listed()).toEqual([]);
  });
});
