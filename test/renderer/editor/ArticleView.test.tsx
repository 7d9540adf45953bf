import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-sans/400.css';
import '../../../src/renderer/styles.css';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { createDocument, type SpanlightDocument } from '../../../src/core/document';
import type { LabelKey } from '../../../src/core/labels';
import type { Span } from '../../../src/core/spans/span';
import type { TextDirection } from '../../../src/core/text/direction';
import { type ArticleSelection, ArticleView } from '../../../src/renderer/editor/ArticleView';
import { HIGHLIGHT_NAMES } from '../../../src/renderer/editor/highlightPainter';
import { screenshotPixels } from '../support/pixels';
import { type Rendered, render } from '../support/render';

const ARABIC = [
  'CENTCOM: أعلن التحالف الدولي مقتل خمسة عناصر بالحسكة، و34 معتقلاً في الرقة.',
  'The statement was published in English by the US Central Command on Tuesday.',
  '',
  'وقالت قوات سوريا الديمقراطية إن العملية استمرت يومين.',
].join('\n');

beforeAll(async () => {
  await page.viewport(1200, 900);
});

let mounted: Rendered | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

let nextId = 0;
function span(doc: SpanlightDocument, needle: string, label: LabelKey, from = 0): Span {
  const start = doc.text.indexOf(needle, from);
  if (start < 0) throw new Error(`${needle} not in text`);
  return {
    id: `s${++nextId}`,
    docId: doc.id,
    start,
    end: start + needle.length,
    label,
    text: needle,
    createdAt: 0,
    updatedAt: 0,
  };
}

async function mount(doc: SpanlightDocument, spans: Span[], direction: TextDirection = 'rtl', extra = {}) {
  const props = {
    document: doc,
    direction,
    spans,
    selectedSpanId: null,
    onSelectionChange: vi.fn<(selection: ArticleSelection | null) => void>(),
    onSpanClick: vi.fn<(id: string | null) => void>(),
    ...extra,
  };
  mounted = await render(<ArticleView {...props} />);
  await expect.poll(() => mounted?.container.querySelectorAll('p').length).toBe(doc.text.split('\n').length);
  await document.fonts.ready;
  return { props, root: mounted.container.querySelector('[aria-label="Article text"]') as HTMLElement };
}

function rangeOf(root: HTMLElement, paragraph: number, needle: string): Range {
  const text = root.children[paragraph]?.querySelector('[data-lexical-text]')?.firstChild as Text;
  const at = text.data.indexOf(needle);
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + needle.length);
  return range;
}

describe('ArticleView direction', () => {
  it('keeps an Arabic article right to left even where a paragraph starts with Latin letters', async () => {
    const doc = createDocument({ title: 't', text: ARABIC }, 'd1', 0);
    const { root } = await mount(doc, []);
    const direction = (el: Element) => getComputedStyle(el).direction;
    expect(direction(root)).toBe('rtl');
    expect(direction(root.children[0] as Element)).toBe('rtl'); // starts with "CENTCOM", mostly Arabic
    expect(direction(root.children[1] as Element)).toBe('ltr'); // an English paragraph gets its own
    expect(direction(root.children[3] as Element)).toBe('rtl');
    // The Latin-initial paragraph is laid out from the right edge: its first word sits on the right.
    const first = rangeOf(root, 0, 'CENTCOM').getBoundingClientRect();
    const arabicWord = rangeOf(root, 0, 'أعلن').getBoundingClientRect();
    expect(first.left).toBeGreaterThan(arabicWord.left);
  });

  it('flips every paragraph when the user chooses the direction, without re-rendering the text', async () => {
    const doc = createDocument({ title: 't', text: ARABIC }, 'd2', 0);
    const { props, root } = await mount(doc, []);
    const textNode = root.querySelector('[data-lexical-text]')?.firstChild;
    await mounted?.rerender(<ArticleView {...props} direction="ltr" uniformDirection />);
    await expect.poll(() => getComputedStyle(root.children[0] as Element).direction).toBe('ltr');
    expect(getComputedStyle(root.children[1] as Element).direction).toBe('ltr');
    expect(getComputedStyle(root.children[3] as Element).direction).toBe('ltr');
    expect(getComputedStyle(root).direction).toBe('ltr');
    expect(root.querySelector('[data-lexical-text]')?.firstChild).toBe(textNode);
  });
});

describe('ArticleView highlights', () => {
  it('paints part of a joined Arabic word without changing its shape or the DOM', async () => {
    const doc = createDocument({ title: 't', text: ARABIC }, 'd3', 0);
    const { props, root } = await mount(doc, []);
    const paragraphHtml = root.children[0]?.innerHTML;
    const word = rangeOf(root, 0, 'بالحسكة');
    const widthBefore = word.getBoundingClientRect().width;
    const place = span(doc, 'الحسكة', 'place');
    await mounted?.rerender(<ArticleView {...props} spans={[place]} />);
    await expect.poll(() => CSS.highlights.get(HIGHLIGHT_NAMES.label('place'))?.size).toBe(1);
    const [painted] = CSS.highlights.get(HIGHLIGHT_NAMES.label('place')) as Highlight;
    expect((painted as Range).toString()).toBe('الحسكة');
    // Joined letters keep their contextual forms: the word is exactly as wide as before.
    expect(
      Math.abs(rangeOf(root, 0, 'بالحسكة').getBoundingClientRect().width - widthBefore),
    ).toBeLessThanOrEqual(1);
    // No element was inserted into the word.
    expect(root.children[0]?.innerHTML).toBe(paragraphHtml);
    // And the highlight is really painted: the pixel under "الحسكة" is not the page background.
    const frame = root.closest('.article-frame') as HTMLElement;
    const pixels = await screenshotPixels(frame, '../../../test-results/screenshots/joined-highlight.png');
    const box = rangeOf(root, 0, 'الحسكة').getBoundingClientRect();
    const origin = frame.getBoundingClientRect();
    const [r, g, b] = pixels.at(box.left + box.width / 2 - origin.left, box.top + 3 - origin.top);
    expect(r + g + b).toBeLessThan(3 * 250);
  });

  it('shows overlapping annotations of different labels both, and marks the overlap', async () => {
    const doc = createDocument({ title: 't', text: ARABIC }, 'd4', 0);
    const actor = span(doc, 'قوات سوريا الديمقراطية', 'actor');
    const place = span(doc, 'سوريا الديمقراطية إن', 'place');
    const { root } = await mount(doc, [actor, place]);
    await expect.poll(() => CSS.highlights.get(HIGHLIGHT_NAMES.overlap)?.size).toBe(1);
    const [overlap] = CSS.highlights.get(HIGHLIGHT_NAMES.overlap) as Highlight;
    expect((overlap as Range).toString()).toBe('سوريا الديمقراطية');

    const frame = root.closest('.article-frame') as HTMLElement;
    const pixels = await screenshotPixels(frame, '../../../test-results/screenshots/overlap.png');
    const origin = frame.getBoundingClientRect();
    const colourOver = (needle: string) => {
      const box = rangeOf(root, 3, needle).getBoundingClientRect();
      return pixels.at(box.left + box.width / 2 - origin.left, box.top + 3 - origin.top).join(',');
    };
    const actorOnly = colourOver('قوات');
    const both = colourOver('سوريا');
    const placeOnly = colourOver('إن');
    const background = pixels.at(2, 2).join(',');
    // Four distinct colours: each label alone, the blend of both, and the unpainted page.
    expect(new Set([actorOnly, both, placeOnly, background]).size).toBe(4);
  });

  it('adds one span without re-rendering the article', async () => {
    const doc = createDocument({ title: 't', text: ARABIC }, 'd5', 0);
    const first = span(doc, 'التحالف الدولي', 'actor');
    const { props, root } = await mount(doc, [first]);
    const paragraphs = Array.from(root.children);
    const textNodes = paragraphs.map((p) => p.querySelector('[data-lexical-text]')?.firstChild);
    const count = span(doc, '34', 'casualty_count');
    await mounted?.rerender(<ArticleView {...props} spans={[first, count]} />);
    await expect.poll(() => CSS.highlights.get(HIGHLIGHT_NAMES.label('casualty_count'))?.size).toBe(1);
    expect(Array.from(root.children)).toEqual(paragraphs);
    expect(paragraphs.map((p) => p.querySelector('[data-lexical-text]')?.firstChild)).toEqual(textNodes);
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.label('actor'))?.size).toBe(1);
  });

  it('relabels and removes painted spans', async () => {
    const doc = createDocument({ title: 't', text: ARABIC }, 'd6', 0);
    const a = span(doc, 'الرقة', 'actor');
    const { props } = await mount(doc, [a]);
    await mounted?.rerender(<ArticleView {...props} spans={[{ ...a, label: 'place' }]} />);
    await expect.poll(() => CSS.highlights.get(HIGHLIGHT_NAMES.label('place'))?.size).toBe(1);
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.label('actor'))?.size).toBe(0);
    await mounted?.rerender(<ArticleView {...props} spans={[]} />);
    await expect.poll(() => CSS.highlights.get(HIGHLIGHT_NAMES.label('place'))?.size).toBe(0);
  });
});

describe('ArticleView on a long article', () => {
  it('registers only the highlights near the viewport, and paints the rest as they scroll in', async () => {
    const lines = Array.from(
      { length: 400 },
      (_, i) => `الفقرة ${i}: أعلنت قوات سوريا الديمقراطية اعتقال شخص في الرقة.`,
    );
    const doc = createDocument({ title: 't', text: lines.join('\n') }, 'd9', 0);
    const spans: Span[] = [];
    let from = 0;
    for (let i = 0; i < 400; i++) {
      const s = span(doc, 'الرقة', 'place', from);
      spans.push(s);
      from = s.end;
    }
    const { root } = await mount(doc, spans);
    const registered = () => CSS.highlights.get(HIGHLIGHT_NAMES.label('place'))?.size ?? 0;
    await expect.poll(registered).toBeGreaterThan(0);
    // The page shows a few dozen lines, never all 400.
    expect(registered()).toBeLessThan(200);
    const painted = () => [...(CSS.highlights.get(HIGHLIGHT_NAMES.label('place')) as Highlight)] as Range[];
    const lastParagraph = root.children[399] as HTMLElement;
    expect(painted().some((range) => lastParagraph.contains(range.startContainer))).toBe(false);
    lastParagraph.scrollIntoView({ block: 'center' });
    await expect
      .poll(() => painted().some((range) => lastParagraph.contains(range.startContainer)))
      .toBe(true);
    expect(registered()).toBeLessThan(200);
  });
});

describe('ArticleView selection', () => {
  it('reports a selection inside a word in UTF-16 offsets, widened to whole graphemes', async () => {
    const text = 'وقُتل خمسةُ عناصر بالحسكة 🇸🇾 اليوم';
    const doc = createDocument({ title: 't', text }, 'd7', 0);
    const { props, root } = await mount(doc, []);
    const node = root.querySelector('[data-lexical-text]')?.firstChild as Text;
    const selectFromTo = (start: number, end: number) => {
      const selection = window.getSelection();
      selection?.removeAllRanges();
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      selection?.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    };
    // From inside the cluster ةُ (between the letter and its damma) to the middle of "عناصر".
    const mark = text.indexOf('ُ', text.indexOf('خمسة'));
    selectFromTo(mark, text.indexOf('عناصر') + 2);
    const reported = props.onSelectionChange.mock.lastCall?.[0];
    expect(reported && text.slice(reported.start, reported.end)).toBe('ةُ عن');
    // Half of a flag emoji widens to the whole flag; the trailing space is dropped.
    const flag = text.indexOf('🇸🇾');
    selectFromTo(flag + 1, flag + 3);
    const flagSelection = props.onSelectionChange.mock.lastCall?.[0];
    expect(flagSelection && text.slice(flagSelection.start, flagSelection.end)).toBe('🇸🇾');
    // A sub-word selection stays sub-word: الحسكة without the clitic ب.
    selectFromTo(text.indexOf('الحسكة'), text.indexOf('الحسكة') + 6);
    const place = props.onSelectionChange.mock.lastCall?.[0];
    expect(place && text.slice(place.start, place.end)).toBe('الحسكة');
  });

  it('reports a click on a highlight as that span, the innermost when nested', async () => {
    const doc = createDocument({ title: 't', text: ARABIC }, 'd8', 0);
    const outer = span(doc, 'قوات سوريا الديمقراطية', 'actor');
    const inner = span(doc, 'سوريا', 'place', outer.start);
    const { props, root } = await mount(doc, [outer, inner]);
    const click = (needle: string) => {
      const box = rangeOf(root, 3, needle).getBoundingClientRect();
      root.dispatchEvent(
        new MouseEvent('click', {
          bubbles: true,
          clientX: box.left + box.width / 2,
          clientY: box.top + box.height / 2,
        }),
      );
      return props.onSpanClick.mock.lastCall?.[0];
    };
    expect(click('سوريا')).toBe(inner.id);
    expect(click('قوات')).toBe(outer.id);
    expect(click('العملية')).toBeNull();
  });
});
