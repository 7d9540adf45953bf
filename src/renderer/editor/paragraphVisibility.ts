/**
 * Which paragraphs of the article are near what the reader sees, i.e. worth registering highlights on
 * (highlightPainter.ts). Every registered range costs Chromium work on each highlight change, so the margin is
 * small.
 *
 * Measured, not observed: an IntersectionObserver on each of a long article's 1,500 paragraphs made Chromium
 * compute 1,500 intersections in every frame that changed anything, 2–4 ms here, and about 9 ms of a tag's
 * 30 ms from key press to painted (issue 4). The paragraphs stack in order down the page, so the ones in view
 * are one run of indices, found by a binary search over their boxes once per frame that scrolled or resized.
 */
export interface ParagraphVisibility {
  disconnect(): void;
}

/** Paragraphs this close to the visible area count as in view (a fraction of its height, above and below). */
const PAINT_MARGIN = 0.25;

/** A run of paragraph indices, `from` to `to` inclusive; empty when `to < from`. */
interface IndexRun {
  from: number;
  to: number;
}

const NONE: IndexRun = { from: 0, to: -1 };

/**
 * Calls `onChange` with the paragraph indices (children of `root`) that came into or went out of view: first
 * with the paragraphs in view, then whenever scrolling or a change of size moves the view over others.
 */
export function watchParagraphVisibility(
  root: HTMLElement,
  onChange: (shown: number[], hidden: number[]) => void,
): ParagraphVisibility {
  const paragraphs = Array.from(root.children);
  const scroller = scrollingAncestor(root);
  let current = NONE;
  let frame: number | null = null;
  const measure = () => {
    frame = null;
    const next = paragraphsInView(paragraphs, viewBounds(scroller));
    const shown: number[] = [];
    const hidden: number[] = [];
    for (let index = next.from; index <= next.to; index++) if (!inRun(current, index)) shown.push(index);
    for (let index = current.from; index <= current.to; index++) if (!inRun(next, index)) hidden.push(index);
    current = next;
    if (shown.length > 0 || hidden.length > 0) onChange(shown, hidden);
  };
  // Measured once per frame at most, before it is painted: by then the scroll position and layout are final.
  const schedule = () => {
    if (frame === null) frame = requestAnimationFrame(measure);
  };
  // Capture: "scroll" does not bubble, and any ancestor that scrolls moves the view.
  document.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule);
  // The article's height changes as its paragraphs are laid out, fonts load or the font size changes; the
  // scroller's as the window's panels move. Observing both also gives the first measure.
  const resizes = new ResizeObserver(schedule);
  resizes.observe(root);
  if (scroller) resizes.observe(scroller);
  return {
    disconnect: () => {
      document.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      resizes.disconnect();
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
    },
  };
}

const inRun = (run: IndexRun, index: number) => index >= run.from && index <= run.to;

/** The visible band, widened by the margin, in the viewport's coordinates (pixels). */
function viewBounds(scroller: Element | null): { top: number; bottom: number } {
  const box = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
  const margin = (box.bottom - box.top) * PAINT_MARGIN;
  return { top: box.top - margin, bottom: box.bottom + margin };
}

/**
 * The paragraphs whose boxes reach into [top, bottom]: a binary search for the first one that ends below
 * `top`, then a walk down while they start above `bottom`. Boxes only grow downwards with the index.
 */
export function paragraphsInView(
  paragraphs: readonly Element[],
  band: { top: number; bottom: number },
): IndexRun {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((paragraphs[middle] as Element).getBoundingClientRect().bottom <= band.top) low = middle + 1;
    else high = middle;
  }
  let to = low - 1;
  while (
    to + 1 < paragraphs.length &&
    (paragraphs[to + 1] as Element).getBoundingClientRect().top < band.bottom
  )
    to++;
  return to < low ? NONE : { from: low, to };
}

/** The element that scrolls the article (null: the window). */
function scrollingAncestor(element: HTMLElement): Element | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (parent === document.body || parent === document.documentElement) return null;
    if (/auto|scroll/.test(getComputedStyle(parent).overflowY)) return parent;
  }
  return null;
}
