// The app's article scenarios (browser mode): open a document, tag a word, scroll the article.
import { clearMarks, MARKS, waitForMark } from './marks.mjs';

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Loads the app (it opens its newest document, the small landing one) and waits until that is painted. */
export async function loadApp(page, origin) {
  await page.goto(`${origin}/`);
  await waitForMark(page, MARKS.articlePainted);
}

/** Clicks the document titled `title` in the list "Documents"; returns ms to `spanlight:article-painted`. */
export async function openDocument(page, title) {
  await clearMarks(page);
  const list = page.getByRole('list', { name: 'Documents' });
  await list.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) }).click();
  const painted = await waitForMark(page, MARKS.articlePainted);
  const opened = await page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime, MARKS.open);
  if (opened === undefined) throw new Error(`no ${MARKS.open} mark`);
  return { ms: painted.startTime - opened, registered: painted.detail?.registered };
}

/** Records the time of every key press in a capture listener, ahead of the app's own handlers. */
export async function listenForKeys(page) {
  await page.evaluate(() => {
    window.benchKeyTimes = [];
    window.addEventListener('keydown', () => window.benchKeyTimes.push(performance.now()), { capture: true });
  });
}

/** Screen boxes of [start, end) of the stored text, which lies on one line (one <p>) of the article. */
async function boxesOf(page, line, lineStart, start, end) {
  return page.evaluate(
    ({ line, from, to }) => {
      const paragraph = document.querySelector('[aria-label="Article text"]').children[line];
      const point = (offset) => {
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        let local = offset;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (local <= node.data.length) return [node, local];
          local -= node.data.length;
        }
        throw new Error(`offset ${offset} is not in line ${line}`);
      };
      const range = document.createRange();
      range.setStart(...point(from));
      range.setEnd(...point(to));
      return Array.from(range.getClientRects(), (r) => ({
        left: r.left,
        right: r.right,
        y: (r.top + r.bottom) / 2,
      }));
    },
    { line, from: start - lineStart, to: end - lineStart },
  );
}

/** Selects a right-to-left word with a real mouse drag: from inside its right edge to inside its left edge. */
export async function dragSelectWord(page, word, lineStart) {
  const boxes = await boxesOf(page, word.line, lineStart, word.start, word.end);
  const box = boxes[0];
  if (!box || boxes.length !== 1) throw new Error('the word to tag is not on one screen line');
  await page.mouse.move(box.right - 1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.left + 1, box.y, { steps: 4 });
  await page.mouse.up();
}

/**
 * Presses "1" on the open selection; returns ms from the key press to `spanlight:spans-painted` (the span
 * committed and painted as saved) and to `spanlight:tag-first-painted` (the new highlight first painted, saved or,
 * when the write takes longer than a frame, in its pending style), and whether that first paint was pending.
 */
export async function tagSelection(page) {
  await page.getByRole('toolbar', { name: 'Tag selection' }).waitFor({ state: 'visible' });
  const before = await page.evaluate(() => window.benchKeyTimes.length);
  await page.keyboard.press('1');
  await page.waitForFunction((n) => window.benchKeyTimes.length > n, before);
  const key = await page.evaluate(() => window.benchKeyTimes.at(-1));
  const painted = await waitForMark(page, MARKS.spansPainted, key, 30_000);
  const first = await waitForMark(page, MARKS.tagFirstPainted, key, 30_000);
  const pending = await page.evaluate(
    ({ name, key }) => performance.getEntriesByName(name).some((mark) => mark.startTime > key),
    { name: MARKS.pendingPainted, key },
  );
  await page.getByRole('toolbar', { name: 'Tag selection' }).waitFor({ state: 'hidden' });
  return {
    ms: painted.startTime - key,
    firstMs: first.startTime - key,
    pending,
    registered: painted.detail?.registered,
  };
}
