import { afterEach, describe, expect, it } from 'vitest';
import { paragraphsInView, watchParagraphVisibility } from '../../../src/renderer/editor/paragraphVisibility';

/** Paragraph heights that vary, as an article's do: 20–110 px, some empty-line height. */
const heightOf = (index: number) => 20 + ((index * 37) % 91);

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanup.reverse()) step();
  cleanup = [];
});

/** A scroller `viewHeight` px tall holding `count` paragraphs, with `above` px of other content before them. */
function article(count: number, viewHeight: number, above = 0) {
  const scroller = document.createElement('div');
  scroller.style.cssText = `height: ${viewHeight}px; overflow-y: auto; position: relative`;
  const header = document.createElement('div');
  header.style.height = `${above}px`;
  const root = document.createElement('div');
  for (let index = 0; index < count; index++) {
    const paragraph = document.createElement('p');
    paragraph.style.cssText = `margin: 0; height: ${heightOf(index)}px`;
    root.append(paragraph);
  }
  scroller.append(header, root);
  document.body.append(scroller);
  cleanup.push(() => scroller.remove());
  return { scroller, root, paragraphs: Array.from(root.children) };
}

/** The oracle: every paragraph whose box reaches into the band, tested one by one. */
function expectedInView(paragraphs: Element[], band: { top: number; bottom: number }): number[] {
  const indices: number[] = [];
  paragraphs.forEach((paragraph, index) => {
    const box = paragraph.getBoundingClientRect();
    if (box.bottom > band.top && box.top < band.bottom) indices.push(index);
  });
  return indices;
}

const run = ({ from, to }: { from: number; to: number }) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** Follows the reports of a watcher: the set of paragraphs it says are in view. */
function follow(root: HTMLElement) {
  const inView = new Set<number>();
  let reports = 0;
  const watcher = watchParagraphVisibility(root, (shown, hidden) => {
    reports++;
    for (const index of shown) {
      expect(inView.has(index), `paragraph ${index} reported shown twice`).toBe(false);
      inView.add(index);
    }
    for (const index of hidden) {
      expect(inView.delete(index), `paragraph ${index} reported hidden while not shown`).toBe(true);
    }
  });
  cleanup.push(() => watcher.disconnect());
  return { inView, reports: () => reports, watcher };
}

const sorted = (indices: Iterable<number>) => [...indices].sort((a, b) => a - b);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('paragraphsInView', () => {
  it.each([
    ['the top of the article', 0],
    ['a little way down', 137],
    ['the middle', 3000],
    ['the very end', 1e9],
  ])('finds exactly the paragraphs whose boxes reach into the band at %s', (_, scrollTop) => {
    const { scroller, paragraphs } = article(200, 400, 50);
    scroller.scrollTop = scrollTop;
    const box = scroller.getBoundingClientRect();
    for (const band of [
      { top: box.top, bottom: box.bottom },
      { top: box.top - 100, bottom: box.bottom + 100 },
    ])
      expect(run(paragraphsInView(paragraphs, band))).toEqual(expectedInView(paragraphs, band));
  });

  it('finds none when the band is past every paragraph or there are none', () => {
    const { scroller, paragraphs } = article(10, 200);
    const below = scroller.getBoundingClientRect().bottom + 5000;
    expect(run(paragraphsInView(paragraphs, { top: below, bottom: below + 100 }))).toEqual([]);
    expect(run(paragraphsInView([], { top: 0, bottom: 100 }))).toEqual([]);
  });
});

describe('watchParagraphVisibility', () => {
  it('reports the paragraphs near the view first, then what scrolling brings in and takes out', async () => {
    const { scroller, root, paragraphs } = article(300, 400);
    const band = () => {
      const box = scroller.getBoundingClientRect();
      // The watcher's margin: a quarter of the view's height above and below.
      return { top: box.top - 100, bottom: box.bottom + 100 };
    };
    const { inView } = follow(root);
    await expect.poll(() => sorted(inView)).toEqual(expectedInView(paragraphs, band()));
    expect(inView.has(0)).toBe(true);
    expect(inView.size).toBeLessThan(40);
    for (const scrollTop of [5000, 5120, 12000, 0]) {
      scroller.scrollTop = scrollTop;
      await expect.poll(() => sorted(inView)).toEqual(expectedInView(paragraphs, band()));
    }
  });

  it('follows a change of size that moves other paragraphs into view', async () => {
    const { scroller, root, paragraphs } = article(300, 400);
    const { inView } = follow(root);
    await expect.poll(() => inView.size).toBeGreaterThan(0);
    const before = inView.size;
    scroller.style.height = '900px';
    await expect.poll(() => inView.size).toBeGreaterThan(before);
    const box = scroller.getBoundingClientRect();
    expect(sorted(inView)).toEqual(
      expectedInView(paragraphs, { top: box.top - 225, bottom: box.bottom + 225 }),
    );
  });

  it('measures against the window when nothing between the article and the page scrolls', async () => {
    const root = document.createElement('div');
    for (let index = 0; index < 400; index++) {
      const paragraph = document.createElement('p');
      paragraph.style.cssText = `margin: 0; height: ${heightOf(index)}px`;
      root.append(paragraph);
    }
    document.body.append(root);
    cleanup.push(() => {
      root.remove();
      window.scrollTo(0, 0);
    });
    const { inView } = follow(root);
    await expect.poll(() => inView.size).toBeGreaterThan(0);
    const last = root.children[399] as HTMLElement;
    expect(inView.has(399)).toBe(false);
    last.scrollIntoView({ block: 'center' });
    await expect.poll(() => inView.has(399)).toBe(true);
    expect(inView.has(0)).toBe(false);
  });

  it('reports nothing more once disconnected', async () => {
    const { scroller, root } = article(300, 400);
    const { reports, watcher } = follow(root);
    await expect.poll(reports).toBe(1);
    watcher.disconnect();
    scroller.scrollTop = 6000;
    await nextFrame();
    await nextFrame();
    expect(reports()).toBe(1);
  });
});
