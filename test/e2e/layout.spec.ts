import { expect, test } from '@playwright/test';

// A laptop's window (1280 × 800): the open document's title and actions fit without squeezing either.

test.use({ viewport: { width: 1280, height: 800 } });

test("on a laptop-width window the document's title keeps its line and its actions stay inside the header", async ({
  page,
}) => {
  await page.goto('/');
  // The sample article opens at the first start: "عينة: عمليات أمنية في شرق سوريا".
  const title = page.locator('.doc-header h1');
  await expect(title).toContainText('عينة');
  const { height, fontSize } = await title.evaluate((h1) => ({
    height: h1.getBoundingClientRect().height,
    fontSize: Number.parseFloat(getComputedStyle(h1).fontSize),
  }));
  // One line is about 1.4 × the font size; squeezed beside the actions the title took five lines, a word each.
  expect(height).toBeLessThan(fontSize * 2.2);
  const header = await page.locator('.doc-header').boundingBox();
  expect(header).not.toBeNull();
  for (const action of await page.locator('.doc-actions > *').all()) {
    const box = await action.boundingBox();
    expect(box, 'every action is shown').not.toBeNull();
    if (!box || !header) continue;
    expect(box.x).toBeGreaterThanOrEqual(header.x);
    expect(box.x + box.width).toBeLessThanOrEqual(header.x + header.width);
  }
});
