// Reading the app's user-timing marks (src/renderer/editor/highlightPainter.ts and App.tsx).

export const MARKS = {
  open: 'spanlight:open-document',
  articlePainted: 'spanlight:article-painted',
  spansPainted: 'spanlight:spans-painted',
  pendingPainted: 'spanlight:span-pending-painted',
  tagFirstPainted: 'spanlight:tag-first-painted',
};

/** Waits until a mark named `name` exists with a start time after `after` (ms); returns that mark. */
export async function waitForMark(page, name, after = 0, timeout = 120_000) {
  const handle = await page.waitForFunction(
    ({ name, after }) => {
      const mark = performance.getEntriesByName(name).find((entry) => entry.startTime > after);
      return mark ? { startTime: mark.startTime, detail: mark.detail } : null;
    },
    { name, after },
    { polling: 20, timeout },
  );
  return handle.jsonValue();
}

export async function clearMarks(page) {
  await page.evaluate(() => performance.clearMarks());
}
