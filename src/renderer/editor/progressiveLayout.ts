/**
 * The article's paragraphs start with `content-visibility: auto` (styles.css): a book-length article opens in
 * the time its first screens take to lay out, not all 1,500 paragraphs. Left that way, every frame would pay
 * for it afterwards: Chromium watches each such paragraph for nearness to the view (2–5 ms of intersection
 * computing per frame here, a third of the tag budget) and lays paragraphs out as they scroll in (long frames
 * while scrolling). So once the article is on screen, its paragraphs are laid out for good a few at a time, in
 * idle periods, top to bottom: the cost of laying out the whole article is spread thin instead of paid at once.
 *
 * Returns a function that stops it (the article closed).
 */
export function layOutProgressively(root: HTMLElement, perChunk = 40): () => void {
  const paragraphs = Array.from(root.children) as HTMLElement[];
  let next = 0;
  let handle: number | null = null;
  const step = (deadline: IdleDeadline) => {
    handle = null;
    // Style changes only: their layout happens in the next frame, so the chunk is kept small rather than timed.
    const end = Math.min(paragraphs.length, next + perChunk);
    for (; next < end && deadline.timeRemaining() > 1; next++) {
      (paragraphs[next] as HTMLElement).style.contentVisibility = 'visible';
    }
    if (next < paragraphs.length) handle = requestIdleCallback(step);
  };
  handle = requestIdleCallback(step);
  return () => {
    if (handle !== null) cancelIdleCallback(handle);
    handle = null;
  };
}
