/**
 * The article's handle paints a new tag as saved once storage has committed it, before React passes the new
 * spans down, and in a lighter dashed "pending" style meanwhile when asked (a write slower than a frame; issue
 * 4's tag budget). Until then nothing is painted and the page's selection stays.
 */
import '@fontsource/noto-naskh-arabic/400.css';
import '../../../src/renderer/styles.css';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocument, type SpanlightDocument } from '../../../src/core/document';
import type { LabelKey } from '../../../src/core/labels';
import type { Span } from '../../../src/core/spans/span';
import { ArticleView, type ArticleViewHandle } from '../../../src/renderer/editor/ArticleView';
import { HIGHLIGHT_NAMES } from '../../../src/renderer/editor/highlightPainter';
import { pendingHighlightName } from '../../../src/renderer/editor/pendingHighlights';
import { type Rendered, render } from '../support/render';

const TEXT =
  'أعلن التحالف الدولي مقتل خمسة عناصر بالحسكة.\nوقالت قوات سوريا الديمقراطية إن العملية استمرت يومين.';

let mounted: Rendered | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

function spanOf(doc: SpanlightDocument, needle: string, label: LabelKey, id: string): Span {
  const start = doc.text.indexOf(needle);
  return {
    id,
    docId: doc.id,
    start,
    end: start + needle.length,
    label,
    text: needle,
    createdAt: 0,
    updatedAt: 0,
  };
}

const size = (name: string) => CSS.highlights.get(name)?.size ?? 0;
const paintedText = (name: string) =>
  [...((CSS.highlights.get(name) as Highlight | undefined) ?? [])].map((range) => range.toString());

async function mount(doc: SpanlightDocument, spans: Span[]) {
  const handle = createRef<ArticleViewHandle>();
  const props = {
    document: doc,
    direction: 'rtl' as const,
    spans,
    selectedSpanId: null,
    onSelectionChange: vi.fn(),
    onSpanClick: vi.fn(),
    handle,
  };
  const paintedBefore = performance.getEntriesByName('spanlight:article-painted').length;
  mounted = await render(<ArticleView {...props} />);
  // Saved highlights are registered only in paragraphs the visibility observer has reported (as in the app,
  // where a tag follows a selection made in view): wait for its first report, slow under load.
  await expect
    .poll(() => performance.getEntriesByName('spanlight:article-painted').length)
    .toBeGreaterThan(paintedBefore);
  // The painter exists once the paragraphs are in the DOM; a selection (hence a tag) cannot come earlier.
  await expect.poll(() => CSS.highlights.has(pendingHighlightName('actor'))).toBe(true);
  await expect.poll(() => size(HIGHLIGHT_NAMES.label('actor'))).toBe(spans.length);
  return { handle: handle.current as ArticleViewHandle, props };
}

describe('pending tags', () => {
  it('paints a tag pending at once, then saved on commit before the spans prop has it', async () => {
    const doc = createDocument({ title: 't', text: TEXT }, 'p1', 0);
    const { handle, props } = await mount(doc, []);
    const place = spanOf(doc, 'الحسكة', 'place', 'saved-1');

    handle.startTag('k1', place.start, place.end, 'place');
    handle.showPending('k1');
    // Synchronously: nothing waits for React or for a frame.
    expect(paintedText(pendingHighlightName('place'))).toEqual(['الحسكة']);
    expect(size(HIGHLIGHT_NAMES.label('place'))).toBe(0);

    handle.showSaved('k1', place);
    expect(size(pendingHighlightName('place'))).toBe(0);
    expect(paintedText(HIGHLIGHT_NAMES.label('place'))).toEqual(['الحسكة']);

    // A render that still carries the old spans (only the selection changed) keeps it painted...
    await mounted?.rerender(<ArticleView {...props} selectedSpanId={null} />);
    expect(paintedText(HIGHLIGHT_NAMES.label('place'))).toEqual(['الحسكة']);
    // ...and the new spans, holding the same object, paint it once.
    await mounted?.rerender(<ArticleView {...props} spans={[place]} />);
    expect(paintedText(HIGHLIGHT_NAMES.label('place'))).toEqual(['الحسكة']);
    // Once the spans are the truth again, a span they no longer hold (undone) goes.
    await mounted?.rerender(<ArticleView {...props} spans={[]} />);
    expect(size(HIGHLIGHT_NAMES.label('place'))).toBe(0);
  });

  it('paints a quick tag saved directly: nothing at the start, no pending style, the selection kept until saved', async () => {
    const doc = createDocument({ title: 't', text: TEXT }, 'p6', 0);
    const { handle, props } = await mount(doc, []);
    const place = spanOf(doc, 'الحسكة', 'place', 'quick');
    const text = document.querySelector('[data-lexical-text]')?.firstChild as Text;
    window.getSelection()?.setBaseAndExtent(text, place.start, text, place.end);
    const pendingMarks = performance.getEntriesByName('spanlight:span-pending-painted').length;
    const firstMarks = performance.getEntriesByName('spanlight:tag-first-painted').length;

    handle.startTag('k1', place.start, place.end, 'place');
    expect(size(pendingHighlightName('place'))).toBe(0);
    expect(size(HIGHLIGHT_NAMES.label('place'))).toBe(0);
    expect(window.getSelection()?.toString()).toBe('الحسكة');

    handle.showSaved('k1', place);
    expect(paintedText(HIGHLIGHT_NAMES.label('place'))).toEqual(['الحسكة']);
    expect(size(pendingHighlightName('place'))).toBe(0);
    // The selection gave way to the saved tag, without a report (the window forgets its own copy).
    expect(window.getSelection()?.isCollapsed ?? true).toBe(true);
    await expect
      .poll(() => performance.getEntriesByName('spanlight:tag-first-painted').length)
      .toBe(firstMarks + 1);
    expect(performance.getEntriesByName('spanlight:span-pending-painted').length).toBe(pendingMarks);
    expect(props.onSelectionChange).not.toHaveBeenCalledWith(null);
    // A pending paint asked for too late (its timer raced the commit) paints nothing.
    handle.showPending('k1');
    expect(size(pendingHighlightName('place'))).toBe(0);
  });

  it('leaves alone a selection made while the tag was being written', async () => {
    const doc = createDocument({ title: 't', text: TEXT }, 'p7', 0);
    const { handle } = await mount(doc, []);
    const place = spanOf(doc, 'الحسكة', 'place', 'first');
    const actor = spanOf(doc, 'قوات سوريا الديمقراطية', 'actor', 'next');
    const text = (at: number) => document.querySelectorAll('[data-lexical-text]')[at]?.firstChild as Text;
    window.getSelection()?.setBaseAndExtent(text(0), place.start, text(0), place.end);
    handle.startTag('k1', place.start, place.end, 'place');
    // The researcher selects the next name before the first tag is saved.
    const line = doc.text.indexOf('\n') + 1;
    window.getSelection()?.setBaseAndExtent(text(1), actor.start - line, text(1), actor.end - line);
    handle.showPending('k1');
    handle.showSaved('k1', place);
    expect(paintedText(HIGHLIGHT_NAMES.label('place'))).toEqual(['الحسكة']);
    expect(window.getSelection()?.toString()).toBe('قوات سوريا الديمقراطية');
  });

  it('drops a pending tag whose write failed, leaving the others', async () => {
    const doc = createDocument({ title: 't', text: TEXT }, 'p2', 0);
    const { handle } = await mount(doc, []);
    const actor = spanOf(doc, 'قوات سوريا الديمقراطية', 'actor', 'a');
    const place = spanOf(doc, 'الحسكة', 'place', 'b');
    handle.startTag('k1', actor.start, actor.end, 'actor');
    handle.showPending('k1');
    handle.startTag('k2', place.start, place.end, 'place');
    handle.showPending('k2');
    expect(size(pendingHighlightName('actor')) + size(pendingHighlightName('place'))).toBe(2);
    handle.dropPending('k1');
    expect(size(pendingHighlightName('actor'))).toBe(0);
    expect(paintedText(pendingHighlightName('place'))).toEqual(['الحسكة']);
    expect(size(HIGHLIGHT_NAMES.label('actor'))).toBe(0);
  });

  it('ignores a commit that arrives after another document was opened', async () => {
    const doc = createDocument({ title: 't', text: TEXT }, 'p3', 0);
    const { handle, props } = await mount(doc, []);
    const place = spanOf(doc, 'الحسكة', 'place', 'c');
    handle.startTag('k1', place.start, place.end, 'place');
    handle.showPending('k1');
    const other = createDocument({ title: 'u', text: 'نص آخر تماماً.' }, 'p4', 0);
    await mounted?.rerender(<ArticleView {...props} document={other} />);
    await expect.poll(() => size(pendingHighlightName('place'))).toBe(0);
    handle.showSaved('k1', place);
    expect(size(HIGHLIGHT_NAMES.label('place'))).toBe(0);
  });

  it('clears the page selection for the pending tag without reporting it gone; a later collapse is reported', async () => {
    const doc = createDocument({ title: 't', text: TEXT }, 'p5', 0);
    const { handle, props } = await mount(doc, []);
    const place = spanOf(doc, 'الحسكة', 'place', 'd');
    const text = document.querySelector('[data-lexical-text]')?.firstChild as Text;
    const select = () => window.getSelection()?.setBaseAndExtent(text, place.start, text, place.end);
    const settle = () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

    select();
    await settle();
    props.onSelectionChange.mockClear();
    handle.startTag('k1', place.start, place.end, 'place');
    handle.showPending('k1');
    // The selection no longer covers the pending tag, and the window is not told: it forgets its own copy of the
    // selection once the write is over (useTagging).
    expect(window.getSelection()?.isCollapsed ?? true).toBe(true);
    await settle();
    expect(props.onSelectionChange).not.toHaveBeenCalled();

    // A selection the reader takes away afterwards is reported as before.
    select();
    await settle();
    window.getSelection()?.removeAllRanges();
    await expect.poll(() => props.onSelectionChange.mock.calls.at(-1)).toEqual([null]);
  });
});
