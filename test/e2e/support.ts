import { expect, type Page } from '@playwright/test';

export const LABEL_BUTTON = { actor: 'Actor', place: 'Place', casualty_count: 'Casualty count' } as const;
export type Label = keyof typeof LABEL_BUTTON;

/** UTF-16 offsets of the n-th occurrence of `needle` in `text`. */
export function occurrence(text: string, needle: string, n = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${n + 1} times`);
  }
  return { start: at, end: at + needle.length };
}

/** Screen boxes of the article text over [start, end) (UTF-16 offsets into the stored text). */
async function rectsOf(page: Page, text: string, start: number, end: number) {
  return page.evaluate(
    ({ text, start, end }) => {
      // By class, not by its name: the name is in the interface language.
      const root = document.querySelector('.article-text');
      if (!root) throw new Error('no article');
      const lineStarts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
      const point = (offset: number) => {
        let line = 0;
        while (line + 1 < lineStarts.length && (lineStarts[line + 1] as number) <= offset) line++;
        let local = offset - (lineStarts[line] as number);
        const walker = document.createTreeWalker(root.children[line] as Node, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (local <= node.data.length) return [node, local] as const;
          local -= node.data.length;
        }
        throw new Error(`offset ${offset} not found`);
      };
      const range = document.createRange();
      range.setStart(...point(start));
      range.setEnd(...point(end));
      (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      return Array.from(range.getClientRects(), (r) => ({
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
      }));
    },
    { text, start, end },
  );
}

/**
 * Selects [start, end) with a real mouse drag, as a user does: press 1 px inside the edge where the text
 * starts (the right edge in right-to-left text), release 1 px inside the edge where it ends.
 */
export async function dragSelect(page: Page, text: string, start: number, end: number, rtl: boolean) {
  const rects = await rectsOf(page, text, start, end);
  const first = rects[0];
  const last = rects[rects.length - 1];
  if (!first || !last) throw new Error('nothing to select');
  const from = { x: rtl ? first.right - 1 : first.left + 1, y: (first.top + first.bottom) / 2 };
  const to = { x: rtl ? last.left + 1 : last.right - 1, y: (last.top + last.bottom) / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
}

/** Clicks the middle of a stretch of article text. */
export async function clickText(page: Page, text: string, start: number, end: number) {
  const [box] = await rectsOf(page, text, start, end);
  if (!box) throw new Error('nothing to click');
  await page.mouse.click((box.left + box.right) / 2, (box.top + box.bottom) / 2);
}

/** Drags over a stretch of text and tags it, alternating between the toolbar button and the key. */
export async function tagByDrag(
  page: Page,
  text: string,
  range: { start: number; end: number },
  label: Label,
  rtl: boolean,
  via: 'key' | 'button',
) {
  // The article on screen must be this text (not the one open before it) before anything is measured.
  await expect
    .poll(() =>
      page.evaluate(() =>
        Array.from(document.querySelector('.article-text')?.children ?? [], (p) => p.textContent).join('\n'),
      ),
    )
    .toBe(text);
  const annotations = page.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
  const before = await annotations.count();
  await dragSelect(page, text, range.start, range.end, rtl);
  const toolbar = page.getByRole('toolbar', { name: 'Tag selection' });
  await expect(toolbar).toBeVisible();
  if (via === 'key') await page.keyboard.press({ actor: '1', place: '2', casualty_count: '3' }[label]);
  else await toolbar.getByRole('button', { name: LABEL_BUTTON[label] }).click();
  await expect(annotations).toHaveCount(before + 1);
  await expect(toolbar).toBeHidden();
}

export interface ExportedAnnotation {
  id: string;
  label: string;
  start: number;
  end: number;
  start_utf16: number;
  end_utf16: number;
  text: string;
}
export interface ExportedDocument {
  id: string;
  title: string;
  text: string;
  sha256: string;
  annotations: ExportedAnnotation[];
}

/** Clicks an export button and parses the downloaded JSON. */
export async function exportJson(page: Page, buttonName = 'Export JSON') {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: buttonName, exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.json$/);
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  return JSON.parse(readFileSync(path, 'utf8')) as {
    format: string;
    version: number;
    documents: ExportedDocument[];
  };
}

/** Every annotation's code point slice and UTF-16 slice equal its text. */
export function expectExactSlices(doc: ExportedDocument) {
  const codePoints = Array.from(doc.text);
  for (const a of doc.annotations) {
    expect(codePoints.slice(a.start, a.end).join(''), `code point slice of ${a.text}`).toBe(a.text);
    expect(doc.text.slice(a.start_utf16, a.end_utf16), `UTF-16 slice of ${a.text}`).toBe(a.text);
  }
}
