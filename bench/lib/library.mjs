// The library scenarios: opening the app on a big library, scrolling and filtering its list (export and import:
// dataset-scenarios.mjs).
import { scrollEndToEnd } from './frames.mjs';

/** In every page of the context: marks `bench:list-painted` at the frame after the first list item appears. */
export async function watchListPaint(context) {
  await context.addInitScript(() => {
    const found = () => document.querySelector('[aria-label="Documents"] li');
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('bench:list-painted')));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** Reloads the app; returns ms from navigation start to the first painted list item. */
export async function firstListPaint(page, origin) {
  await page.goto(`${origin}/`);
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('bench:list-painted')[0]?.startTime,
    null,
    { polling: 20, timeout: 120_000 },
  );
  const ms = await handle.jsonValue();
  await page.waitForSelector('.app[data-loaded="true"]', { timeout: 120_000 });
  return ms;
}

/** Scrolls the list "Documents" end to end through its nearest scrollable ancestor (or itself). */
export async function scrollList(page) {
  const found = await page.evaluate(() => {
    for (let element = document.querySelector('[aria-label="Documents"]'); element; ) {
      const { overflowY } = getComputedStyle(element);
      if (/auto|scroll/.test(overflowY) && element.scrollHeight > element.clientHeight) {
        element.setAttribute('data-bench-scroller', '');
        return true;
      }
      element = element.parentElement;
    }
    return false;
  });
  if (!found) throw new Error('the list "Documents" has no scrollable container');
  return scrollEndToEnd(page, '[data-bench-scroller]', 300);
}

/** The app's filter box, when it has one. */
export async function filterBox(page) {
  const box = page.getByRole('searchbox', { name: 'Filter documents' });
  return (await box.count()) > 0 ? box : null;
}

/**
 * Types `query` (matching exactly one title) into the filter; returns ms from the input event to the frame
 * after the one in which the list shows that document alone. Then clears the filter.
 */
export async function filterOnce(page, box, query) {
  await page.evaluate(() => {
    window.benchInputTimes = [];
    document.addEventListener('input', () => window.benchInputTimes.push(performance.now()), {
      capture: true,
      once: true,
    });
  });
  const done = page.evaluate(
    (query) =>
      new Promise((resolve) => {
        const check = () => {
          const items = document.querySelectorAll('[aria-label="Documents"] li');
          if (window.benchInputTimes.length && items.length === 1 && items[0].textContent.includes(query)) {
            requestAnimationFrame(() => resolve(performance.now() - window.benchInputTimes[0]));
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    query,
  );
  await box.fill(query);
  const ms = await done;
  await box.fill('');
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="Documents"] li').length > 1);
  return ms;
}
