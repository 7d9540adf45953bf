/**
 * Which paragraphs of the article are in the scroller's view, i.e. worth registering highlights on
 * (highlightPainter.ts): an IntersectionObserver whose root is the element that scrolls the article, so that
 * its margin is taken around what the reader sees (with the window as root, the scroller's clipping made any
 * margin moot). Every registered range costs Chromium work on each highlight change, so the margin is small.
 */
export interface ParagraphVisibility {
  disconnect(): void;
}

/** Paragraphs this close to the scroller's visible area count as in view, so scrolling seldom shows them bare. */
const PAINT_MARGIN = '25% 0px';

/**
 * Calls `onChange` with the paragraph indices (children of `root`) that came into or went out of view, the
 * first time with every paragraph.
 */
export function watchParagraphVisibility(
  root: HTMLElement,
  onChange: (shown: number[], hidden: number[]) => void,
): ParagraphVisibility {
  const paragraphs = Array.from(root.children);
  const indexOf = new Map(paragraphs.map((element, index) => [element, index]));
  const observer = new IntersectionObserver(
    (entries) => {
      const shown: number[] = [];
      const hidden: number[] = [];
      for (const entry of entries) {
        const index = indexOf.get(entry.target);
        if (index !== undefined) (entry.isIntersecting ? shown : hidden).push(index);
      }
      onChange(shown, hidden);
    },
    { root: scrollingAncestor(root), rootMargin: PAINT_MARGIN },
  );
  for (const element of paragraphs) observer.observe(element);
  return { disconnect: () => observer.disconnect() };
}

/** The element that scrolls the article (null: the window). */
function scrollingAncestor(element: HTMLElement): Element | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (parent === document.body || parent === document.documentElement) return null;
    if (/auto|scroll/.test(getComputedStyle(parent).overflowY)) return parent;
  }
  return null;
}
