// Where the reader is: scrolling an article page and choosing a word in view to tag.

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/**
 * Scrolls `.article-scroll` to `fraction` of its height and returns the lines (paragraph indices, children of
 * `paragraphsOf`) in the middle half of the view.
 */
export async function scrollArticleTo(page, fraction, paragraphsOf) {
  await page.evaluate((fraction) => {
    const scroller = document.querySelector('.article-scroll');
    scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * fraction;
  }, fraction);
  // Let the app's IntersectionObserver register the newly visible paragraphs, as they would be for a reader.
  await page.waitForTimeout(300);
  return page.evaluate((selector) => {
    const scroller = document.querySelector('.article-scroll').getBoundingClientRect();
    const paragraphs = document.querySelector(selector).children;
    const top = scroller.top + scroller.height * 0.25;
    const bottom = scroller.top + scroller.height * 0.75;
    const lines = [];
    for (let i = 0; i < paragraphs.length; i++) {
      const box = paragraphs[i].getBoundingClientRect();
      if (box.bottom > top && box.top < bottom) lines.push(i);
    }
    return lines;
  }, paragraphsOf);
}

/** An Arabic word on one of `lines` that no span covers and that was not tagged before (`used`). */
export function pickWord(text, free, lines, used) {
  const wanted = new Set(lines);
  const word = free.find(
    (w) => wanted.has(w.line) && !used.has(w.start) && ARABIC_WORD.test(text.slice(w.start, w.end)),
  );
  if (!word) throw new Error(`no free word on lines ${lines.join(', ')}`);
  used.add(word.start);
  return word;
}
